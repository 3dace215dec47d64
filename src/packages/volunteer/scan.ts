import Taro from '@tarojs/taro';

/** In WeChat the camera scans; in the browser the code is typed instead (no camera API there). */
export const canScan = process.env.TARO_ENV === 'weapp';

/**
 * What a scan gives: a QR's text, or for a mini-program code the `scene` in its path
 * (e.g. `packages/volunteer/shift/index?scene=st%3DABCD2345`).
 */
export const scanText = async (): Promise<string | undefined> => {
  try {
    // 'wxCode' (mini-program codes, as printed at stalls) is WeChat's; Taro's typings lack it.
    const scanType = ['qrCode', 'wxCode'] as unknown as (keyof Taro.scanCode.ScanType)[];
    const res = await Taro.scanCode({ onlyFromCamera: true, scanType });
    const scene = /[?&]scene=([^&]+)/.exec(res.path ?? '')?.[1];
    return scene ? decodeURIComponent(scene) : res.result;
  } catch {
    return undefined; // cancelled
  }
};

/** A stall code from a scene `st=ABCD2345`, a scanned path, or what was typed. */
export const stallCodeFrom = (text: string): string => {
  const scene = /[?&]scene=([^&]+)/.exec(text)?.[1];
  const raw = scene ? decodeURIComponent(scene) : text;
  return raw.trim().replace(/^st=/i, '').toUpperCase();
};
