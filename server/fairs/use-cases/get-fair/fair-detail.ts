import type { FairDetail, MyStallBooking, StallView } from '@contracts/fairs';
import { shanghaiDateTime } from '@contracts/time';
import type { Caller } from '../../../users/caller';
import { isLive, placeInQueue } from '../../domain/booking';
import type { Fair } from '../../domain/fair';
import { eligibilityProblem, type Stall } from '../../domain/stall';
import type { FairsDeps } from '../../deps';
import { personOf } from '../../people';
import { toFairSummary, toSlotView } from '../../views';

/** Why the caller cannot book this stall now, if they cannot. */
const closedReason = (fair: Fair, stall: Stall, caller: Caller, myActive: number, now: Date): string | undefined => {
  if (fair.status !== 'published') return fair.status === 'cancelled' ? '这次大集已取消' : '大集还没有发布';
  if (stall.mode === 'walkin') return '无需预约，直接到摊位';
  if (fair.closesAt <= now) return '大集已结束';
  if (stall.bookingOpensAt && now < stall.bookingOpensAt) return `${shanghaiDateTime(stall.bookingOpensAt)} 开始预约`;
  const problem = eligibilityProblem(stall, personOf(caller.user), now);
  if (problem) return problem;
  if (myActive >= fair.bookingCap) return `每人最多预约${fair.bookingCap}个摊位`;
  return undefined;
};

/** A fair with its stalls, each slot's free seats and waitlist, and the caller's own bookings. */
export const fairDetail = async (fair: Fair, caller: Caller, deps: FairsDeps): Promise<FairDetail> => {
  const now = deps.clock.now();
  const [stalls, slots, mine] = await Promise.all([
    deps.stalls.byFair(fair.id),
    deps.slots.byFair(fair.id),
    deps.bookings.ofPersonAtFair(caller.user.id, fair.id),
  ]);
  const live = mine.filter((b) => isLive(b.status));
  const myBookings = new Map<string, MyStallBooking>();
  for (const b of live) {
    let waitPosition: number | undefined;
    if (b.status === 'waiting') {
      const slot = await deps.slots.withQueue(b.slotId);
      waitPosition = slot ? placeInQueue(slot.queue, slot.capacity, b.id)?.waitPosition : undefined;
    }
    myBookings.set(b.stallId, { id: b.id, slotId: b.slotId, status: b.status, ...(waitPosition ? { waitPosition } : {}) });
  }
  const views: StallView[] = stalls.map((stall) => {
    const reason = closedReason(fair, stall, caller, live.length, now);
    const own = myBookings.get(stall.id);
    return {
      id: stall.id,
      service: stall.service,
      serviceType: stall.serviceType,
      team: stall.team,
      location: stall.location,
      mode: stall.mode,
      ...(stall.mode === 'slots' ? { slotMinutes: stall.slotMinutes, capacity: stall.capacity } : {}),
      audience: stall.audience,
      buildingIds: [...stall.buildingIds],
      ...(stall.bookingOpensAt ? { bookingOpensAt: stall.bookingOpensAt.toISOString() } : {}),
      bookingOpen: !reason && !own,
      ...(reason ? { closedReason: reason } : {}),
      slots: slots.filter((s) => s.stallId === stall.id).map((s) => toSlotView(s, Math.max(0, s.queued - s.capacity), now)),
      ...(own ? { myBooking: own } : {}),
    };
  });
  return { ...toFairSummary(fair), description: fair.description, bookingCap: fair.bookingCap, myActive: live.length, stalls: views };
};
