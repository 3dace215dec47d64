import type { ParsedInput } from '@contracts/action';
import type { FairDetail, fairs } from '@contracts/fairs';
import { conflict, notFound, ok, type Result } from '../../../kernel/result';
import { auditActor, type Caller } from '../../../users/caller';
import { deadKeys, isLive } from '../../domain/booking';
import type { FairsDeps } from '../../deps';
import { notifyBooking } from '../../notify';
import { fairDetail } from '../get-fair/fair-detail';

/** Calls a fair off: its live bookings end and each person booked is told, once. */
export const cancelFair = async (
  command: ParsedInput<typeof fairs.cancelFair>,
  caller: Caller,
  deps: FairsDeps,
): Promise<Result<FairDetail>> => {
  const fair = await deps.fairs.byId(command.fairId);
  if (!fair) return notFound('找不到这次大集');
  const now = deps.clock.now();
  if (fair.status !== 'cancelled') {
    if (fair.closesAt <= now) return conflict('这次大集已经结束，不能取消');
    const moved = await deps.fairs.transition(fair.id, fair.status, 'cancelled', {
      cancelledAt: now,
      cancelReason: command.reason,
      updatedAt: now,
    });
    if (!moved) return conflict();
    await deps.audit.record({
      at: now,
      ...auditActor(caller),
      action: 'cancelFair',
      targetType: 'fair',
      targetId: fair.id,
      targetName: fair.title,
      detail: `取消大集：${command.reason}`,
    });
  }
  const [stalls, bookings] = await Promise.all([deps.stalls.byFair(fair.id), deps.bookings.ofFairs([fair.id])]);
  const service = new Map(stalls.map((s) => [s.id, s.service]));
  for (const row of bookings.filter((b) => isLive(b.status) && b.status !== 'checked_in')) {
    const booking = await deps.bookings.byId(row.id);
    if (!booking) continue;
    await deps.bookings.transition(booking.id, ['pending', 'confirmed', 'waiting'], {
      status: 'cancelled',
      cancelledAt: now,
      cancelledBy: caller.user.id,
      ...deadKeys(booking.id),
    });
    await notifyBooking(
      booking,
      { key: 'fair-cancelled', title: `大集取消：${fair.title}`, status: '已取消', service: service.get(booking.stallId) ?? '大集服务' },
      deps,
    );
  }
  return ok(await fairDetail((await deps.fairs.byId(fair.id)) ?? fair, caller, deps));
};
