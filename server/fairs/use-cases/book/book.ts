import { createHash, randomInt } from 'node:crypto';
import type { ParsedInput } from '@contracts/action';
import type { BookingView, fairs } from '@contracts/fairs';
import { shanghaiDateTime } from '@contracts/time';
import { fail, forbidden, notFound, ok, type Result } from '../../../kernel/result';
import type { Caller } from '../../../users/caller';
import type { User } from '../../../users/domain/user';
import { isStaff } from '../../access';
import { activeKeyOf, capKeyOf, deadKeys, placeInQueue, type Booking } from '../../domain/booking';
import type { Fair } from '../../domain/fair';
import { eligibilityProblem, type Stall } from '../../domain/stall';
import type { FairsDeps } from '../../deps';
import { homeOf, isElder, nameOf, personOf } from '../../people';
import { toBookingView } from '../../views';
import { reconcileSlot } from '../reconcile-slot/reconcile-slot';

export type BookCommand = ParsedInput<typeof fairs.book>;

/** The same actor and request id always name the same booking: a retry finds it instead of making another. */
export const bookingIdFor = (actorId: string, requestId: string): string =>
  createHash('sha256').update(`${actorId}|${requestId}`).digest('base64url').slice(0, 22);

const claimShortCode = async (fairId: string, bookingId: string, deps: Pick<FairsDeps, 'bookings'>): Promise<string> => {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    if (await deps.bookings.claimCode(fairId, code, bookingId)) return code;
  }
  throw new Error('no free short code after 20 tries');
};

/** Who the booking is for: the caller, or — for staff, volunteers and linked relatives — someone else. */
const targetOf = async (command: BookCommand, caller: Caller, deps: FairsDeps): Promise<Result<User>> => {
  if (!command.forUserId || command.forUserId === caller.user.id) return ok(caller.user);
  const helper =
    isStaff(caller) || caller.roles.includes('volunteer') || (await deps.relatives.isLinked(caller.user.id, command.forUserId));
  if (!helper) return forbidden('只能为已关联的家人代预约');
  const target = await deps.users.byId(command.forUserId);
  return target ? ok(target) : notFound('找不到这位居民');
};

/**
 * Books a slot: claims the person's place (one live booking per stall, at most the fair's cap,
 * both by unique keys), then joins the slot's queue — its arrival order decides seat or waitlist.
 */
export const book = async (command: BookCommand, caller: Caller, deps: FairsDeps): Promise<Result<BookingView>> => {
  const now = deps.clock.now();
  const bookingId = bookingIdFor(caller.user.id, command.requestId);
  const [earlier, slot] = await Promise.all([deps.bookings.byId(bookingId), deps.slots.byId(command.slotId)]);
  if (earlier) {
    if (earlier.slotId !== command.slotId) return fail('CONFLICT', '这个请求已用于另一个预约，请刷新后再试');
    return settle(earlier, caller.user.id, deps);
  }

  const [stall, fair] = slot ? await Promise.all([deps.stalls.byId(slot.stallId), deps.fairs.byId(slot.fairId)]) : [];
  if (!slot || !stall || !fair || fair.status !== 'published') return notFound('找不到这个时段');
  if (stall.mode !== 'slots') return fail('FAIR_BOOKING_NOT_OPEN', '这个摊位无需预约，直接去就可以');
  if (slot.endsAt <= now) return fail('FAIR_SLOT_ENDED');
  if (stall.bookingOpensAt && now < stall.bookingOpensAt)
    return fail('FAIR_BOOKING_NOT_OPEN', `${shanghaiDateTime(stall.bookingOpensAt)} 开始预约`);

  const target = await targetOf(command, caller, deps);
  if (!target.ok) return target;
  const person = target.data;
  const problem = eligibilityProblem(stall, personOf(person), now);
  if (problem) return person.household?.status === 'verified' ? fail('FAIR_NOT_ELIGIBLE', problem) : fail('HOUSEHOLD_REQUIRED', problem);

  const shortCode = await claimShortCode(fair.id, bookingId, deps);
  const proxy = person.id !== caller.user.id;
  const base: Omit<Booking, 'capKey'> = {
    id: bookingId,
    fairId: fair.id,
    stallId: stall.id,
    slotId: slot.id,
    userId: person.id,
    personName: nameOf(person),
    home: homeOf(person.household),
    room: person.household?.room ?? '',
    elder: isElder(person, now),
    bookedBy: caller.user.id,
    bookedByName: nameOf(caller.user),
    proxy,
    requestId: command.requestId,
    status: 'pending',
    shortCode,
    activeKey: activeKeyOf(stall.id, person.id),
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    createdAt: now,
  };
  for (let n = 1; n <= fair.bookingCap; n += 1) {
    const booking: Booking = { ...base, capKey: capKeyOf(fair.id, person.id, n) };
    if (await deps.bookings.insert(booking)) return settle(booking, caller.user.id, deps, { fair, stall });
    // Which unique key was taken? The same request (a concurrent retry), this stall, or cap place n.
    const same = await deps.bookings.byId(bookingId);
    if (same) return settle(same, caller.user.id, deps);
    if (await deps.bookings.byActiveKey(base.activeKey)) return fail('FAIR_ALREADY_BOOKED');
  }
  return fail('FAIR_CAP_REACHED', `本次大集每人最多预约${fair.bookingCap}个摊位`);
};

/**
 * Finishes a booking from wherever it stopped (also after a crash: the timer resumes pending
 * ones): joins the queue once, takes the status its place gives, and answers the result.
 */
export const settle = async (
  booking: Booking,
  viewerId: string,
  deps: FairsDeps,
  known: { fair?: Fair; stall?: Stall } = {},
): Promise<Result<BookingView>> => {
  let current = booking;
  let waitPosition: number | undefined;
  if (current.status === 'pending') {
    const queued = await deps.slots.join(current.slotId, current.id);
    const now = deps.clock.now();
    if (!queued) {
      await deps.bookings.transition(current.id, ['pending'], { status: 'failed', failReason: 'waitlist_full', ...deadKeys(current.id) });
      return fail('FAIR_WAITLIST_FULL');
    }
    const place = placeInQueue(queued.queue, queued.capacity, current.id);
    const change = place?.inWindow ? { status: 'confirmed' as const, confirmedAt: now } : { status: 'waiting' as const };
    const moved = await deps.bookings.transition(current.id, ['pending'], change);
    waitPosition = place?.waitPosition;
    let reread = !moved;
    if (change.status === 'waiting') {
      // Someone may have left while this one was on its way: let the queue decide again.
      const fresh = await deps.slots.byId(current.slotId);
      if (fresh?.syncNeeded) {
        await reconcileSlot(current.slotId, deps);
        waitPosition = undefined;
        reread = true;
      }
    }
    current = reread ? ((await deps.bookings.byId(current.id)) ?? current) : { ...current, ...change };
  }
  if (current.status === 'waiting' && waitPosition === undefined) {
    const slot = await deps.slots.withQueue(current.slotId);
    waitPosition = slot ? placeInQueue(slot.queue, slot.capacity, current.id)?.waitPosition : undefined;
  }
  const [fair, stall] = await Promise.all([
    known.fair ?? deps.fairs.byId(current.fairId),
    known.stall ?? deps.stalls.byId(current.stallId),
  ]);
  return ok(toBookingView(current, { fair, stall, waitPosition, viewerId, now: deps.clock.now() }));
};
