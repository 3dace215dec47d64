import type { ParsedInput } from '@contracts/action';
import type { BookingView, fairs } from '@contracts/fairs';
import { conflict, fail, notFound, ok, type Result } from '../../../kernel/result';
import { auditActor, type Caller } from '../../../users/caller';
import { isStaff, mayActFor } from '../../access';
import { deadKeys } from '../../domain/booking';
import type { FairsDeps } from '../../deps';
import { notifyBooking } from '../../notify';
import { toBookingView } from '../../views';
import { reconcileSlot } from '../reconcile-slot/reconcile-slot';

/**
 * Cancels a booking until its slot starts (staff: until it ends). The seat goes back to the
 * queue, whose head moves in and is told so. Cancelling twice is the same as once.
 */
export const cancelBooking = async (
  command: ParsedInput<typeof fairs.cancelBooking>,
  caller: Caller,
  deps: FairsDeps,
): Promise<Result<BookingView>> => {
  const booking = await deps.bookings.byId(command.bookingId);
  if (!booking || !(await mayActFor(caller, booking, deps))) return notFound('找不到这个预约');
  const now = deps.clock.now();
  const view = async () => {
    const [current, fair, stall] = await Promise.all([
      deps.bookings.byId(booking.id),
      deps.fairs.byId(booking.fairId),
      deps.stalls.byId(booking.stallId),
    ]);
    return ok(toBookingView(current ?? booking, { fair, stall, viewerId: caller.user.id, now }));
  };
  if (booking.status === 'cancelled') return view();
  if (booking.status !== 'confirmed' && booking.status !== 'waiting')
    return conflict(booking.status === 'checked_in' ? '已经签到，不能取消了' : '这个预约不能取消');
  const staff = isStaff(caller);
  if (now >= booking.endsAt) return fail('FAIR_SLOT_ENDED');
  if (now >= booking.startsAt && !staff) return fail('FAIR_CANCEL_TOO_LATE');

  const changed = await deps.bookings.transition(booking.id, ['confirmed', 'waiting'], {
    status: 'cancelled',
    cancelledAt: now,
    cancelledBy: caller.user.id,
    ...deadKeys(booking.id),
  });
  if (!changed) {
    const current = await deps.bookings.byId(booking.id);
    return current?.status === 'cancelled' ? view() : conflict();
  }
  await deps.slots.leave(booking.slotId, booking.id);
  await reconcileSlot(booking.slotId, deps);

  const byOther = booking.userId !== caller.user.id && booking.bookedBy !== caller.user.id;
  if (staff && byOther) {
    const stall = await deps.stalls.byId(booking.stallId);
    await deps.audit.record({
      at: now,
      ...auditActor(caller),
      action: 'cancelFairBooking',
      targetType: 'fairBooking',
      targetId: booking.id,
      targetName: booking.personName,
      detail: `取消预约：${stall?.service ?? ''}`,
    });
    await notifyBooking(
      booking,
      { key: 'cancelled', title: '您的大集预约已被取消', status: '已取消', service: stall?.service ?? '大集服务' },
      deps,
    );
  }
  return view();
};
