import type { ParsedInput } from '@contracts/action';
import type { FairDetail, fairs } from '@contracts/fairs';
import { conflict, notFound, ok, type Result } from '../../../kernel/result';
import { auditActor, type Caller } from '../../../users/caller';
import { isLive } from '../../domain/booking';
import type { FairsDeps } from '../../deps';
import { recountStalls } from '../add-stall/create-stall';
import { fairDetail } from '../get-fair/fair-detail';

/** Only a stall nobody has booked and no volunteer has signed up for can go. */
export const removeStall = async (
  command: ParsedInput<typeof fairs.removeStall>,
  caller: Caller,
  deps: FairsDeps,
): Promise<Result<FairDetail>> => {
  const stall = await deps.stalls.byId(command.stallId);
  const fair = stall ? await deps.fairs.byId(stall.fairId) : undefined;
  if (!stall || !fair) return notFound('找不到这个摊位');
  const [bookings, shifts] = await Promise.all([deps.bookings.ofStall(stall.id), deps.shifts.byStall(stall.id)]);
  if (bookings.some((b) => isLive(b.status))) return conflict('已有居民预约这个摊位，不能删除');
  if (shifts.some((s) => s.volunteers.length > 0)) return conflict('已有志愿者报名这个摊位的班次，不能删除');
  await deps.slots.removeByStall(stall.id);
  await deps.shifts.removeByStall(stall.id);
  await deps.stalls.remove(stall.id);
  await recountStalls(fair.id, deps);
  await deps.audit.record({
    at: deps.clock.now(),
    ...auditActor(caller),
    action: 'removeFairStall',
    targetType: 'fair',
    targetId: fair.id,
    targetName: fair.title,
    detail: `删除摊位：${stall.service}`,
  });
  return ok(await fairDetail((await deps.fairs.byId(fair.id)) ?? fair, caller, deps));
};
