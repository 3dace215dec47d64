import type { ParsedInput } from '@contracts/action';
import type { fairs } from '@contracts/fairs';
import { newId } from '../../../kernel/ids';
import { fail, notFound, ok, type Result } from '../../../kernel/result';
import type { Caller } from '../../../users/caller';
import { mayServeStall } from '../../access';
import type { FairsDeps } from '../../deps';

/** One tap at the stall: someone served without a booking. A double tap or a retry counts once. */
export const recordWalkIn = async (
  command: ParsedInput<typeof fairs.recordWalkIn>,
  caller: Caller,
  deps: FairsDeps,
): Promise<Result<{ walkIns: number }>> => {
  const stall = await deps.stalls.byId(command.stallId);
  if (!stall) return notFound('找不到这个摊位');
  const now = deps.clock.now();
  if (!(await mayServeStall(caller, stall, now, deps))) return fail('FAIR_NOT_ON_SHIFT');
  await deps.walkIns.record({
    id: newId(),
    fairId: stall.fairId,
    stallId: stall.id,
    at: now,
    by: caller.user.id,
    elder: command.elder,
    requestKey: `${caller.user.id}:${command.requestId}`,
  });
  return ok({ walkIns: await deps.walkIns.countAtStall(stall.id) });
};
