import type { BinaryOpenApi } from '../../platform/open-api-binary';

/** The page a stall's mini-program code opens: the volunteer's shift check-in. */
export const STALL_CODE_PAGE = 'packages/volunteer/shift/index';

/** Renders a stall's printed code; undefined when WeChat cannot make one now (the typed code still works). */
export type StallCodeImage = (scene: string) => Promise<Buffer | undefined>;

export const wechatStallCodeImage =
  (openApi: BinaryOpenApi, log: (line: Record<string, unknown>) => void = (l) => console.log(JSON.stringify(l))): StallCodeImage =>
  async (scene) => {
    try {
      const { buffer } = await openApi('wxacode.getUnlimited', { scene, page: STALL_CODE_PAGE, check_path: false, width: 430 });
      return buffer;
    } catch (error) {
      log({ level: 'warn', msg: 'stall code image not made', error: String(error) });
      return undefined;
    }
  };
