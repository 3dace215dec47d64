import type { Booking } from '../../domain/booking';
import type { FairsDeps } from '../../deps';
import { notifyBooking } from '../../notify';

type Deps = Pick<FairsDeps, 'slots' | 'bookings' | 'stalls' | 'users' | 'notifier' | 'clock'>;

/**
 * Makes the bookings agree with the slot's queue, which alone decides who has a seat: the
 * first `capacity` entries. Waiting bookings that moved into the seats are promoted (each
 * exactly once: a conditional waiting → confirmed) and told so; cancelled ones still in the
 * queue (a cancel that stopped half way) are taken out. Safe to run any number of times.
 */
export const reconcileSlot = async (slotId: string, deps: Deps): Promise<Booking[]> => {
  const promoted: Booking[] = [];
  for (let round = 0; round < 5; round += 1) {
    const slot = await deps.slots.withQueue(slotId);
    if (!slot) return promoted;
    const now = deps.clock.now();
    const seated = await deps.bookings.byIds(slot.queue.slice(0, slot.capacity));
    let inFlight = false;
    let removed = false;
    for (const b of seated) {
      if (b.status === 'waiting') {
        if (await deps.bookings.transition(b.id, ['waiting'], { status: 'confirmed', confirmedAt: now, promotedAt: now })) {
          promoted.push({ ...b, status: 'confirmed', confirmedAt: now, promotedAt: now });
        }
      } else if (b.status === 'pending') inFlight = true;
      else if (b.status === 'cancelled' || b.status === 'failed') {
        await deps.slots.leave(slotId, b.id);
        removed = true;
      }
    }
    if (promoted.length) {
      const stall = await deps.stalls.byId(slot.stallId);
      for (const b of promoted) {
        await notifyBooking(
          b,
          { key: 'promoted', title: '候补成功，已为您预约', status: '预约成功', service: stall?.service ?? '大集服务' },
          deps,
        );
      }
    }
    if (removed) continue;
    // A booking still on its way will settle itself; until then the flag stays for the timer.
    if (!inFlight) await deps.slots.markSynced(slotId, slot.version);
    return promoted;
  }
  return promoted;
};
