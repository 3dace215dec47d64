import type { ParsedInput } from '@contracts/action';
import type { fairs, StallCodeView } from '@contracts/fairs';
import { forbidden, notFound, ok, type Result } from '../../../kernel/result';
import type { Caller } from '../../../users/caller';
import { isStaff } from '../../access';
import type { FairsDeps } from '../../deps';

/**
 * The stall's code, printed at the stall: volunteers scan it (a mini-program code whose scene
 * carries it) to start and end their shift, or type its 8 characters in the browser.
 */
export const stallCode = async (
  command: ParsedInput<typeof fairs.stallCode>,
  caller: Caller,
  deps: FairsDeps,
): Promise<Result<StallCodeView>> => {
  const stall = await deps.stalls.byId(command.stallId);
  if (!stall) return notFound('找不到这个摊位');
  if (!isStaff(caller)) {
    const shifts = await deps.shifts.byStall(stall.id);
    if (!shifts.some((s) => s.volunteers.includes(caller.user.id))) return forbidden('只有这个摊位的志愿者可以查看摊位码');
  }
  const image = await deps.stallCodeImage(`st=${stall.checkinToken}`);
  return ok({
    stallId: stall.id,
    code: stall.checkinToken,
    ...(image ? { image: `data:image/png;base64,${image.toString('base64')}` } : {}),
  });
};
