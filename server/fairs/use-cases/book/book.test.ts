import { fairs } from '@contracts/fairs';
import { startTestCloud, type TestCloud } from '../../../../test/support/cloud';
import { dataOf, errorOf } from '../../../../test/support/envelope';
import { makeCaller } from '../../../../test/support/personas';
import { fairsDeps, type FairsDeps } from '../../deps';
import { manyResidents, parsed, publishedFair, resident, rid } from '../../testing/fixtures';
import { cancelBooking } from '../cancel-booking/cancel-booking';
import { book } from './book';

let t: TestCloud;
let deps: FairsDeps;
beforeAll(async () => {
  t = await startTestCloud();
  deps = fairsDeps(t.platform);
});
afterAll(() => t.close());

const bookings = () => t.platform.db.collection('fair_bookings');

describe('booking a slot', () => {
  it('500 concurrent requests for a 20-seat slot: exactly 20 confirmed, 480 waitlisted in arrival order; 5 cancellations promote exactly 5', async () => {
    const staff = await makeCaller(t.platform, ['staff'], '张丽');
    const fair = await publishedFair(deps, staff, [{ service: '理发', capacity: 20 }]);
    const slotId = fair.stalls[0]!.slots[0]!.id;
    const people = await manyResidents(t.platform, 500, 'storm');

    const results = await Promise.all(people.map((p) => book(parsed(fairs.book, { slotId, requestId: rid() }), p, deps)));
    const views = results.map(dataOf);
    const confirmed = views.filter((v) => v.status === 'confirmed');
    const waiting = views.filter((v) => v.status === 'waiting');
    expect(confirmed).toHaveLength(20);
    expect(waiting).toHaveLength(480);

    // The queue is the arrival order: its first 20 hold the seats, the rest wait by their place in it.
    const slot = (await t.platform.db.collection('fair_slots').doc(slotId).get()).data[0] as { queue: string[]; queued: number };
    expect(slot.queue).toHaveLength(500);
    expect(slot.queued).toBe(500);
    expect(new Set(slot.queue.slice(0, 20))).toEqual(new Set(confirmed.map((v) => v.id)));
    const positionOf = new Map(waiting.map((v) => [v.id, v.waitPosition]));
    expect(slot.queue.slice(20).map((id) => positionOf.get(id))).toEqual(Array.from({ length: 480 }, (_, i) => i + 1));
    // No one twice.
    const stored = (await bookings().where({ slotId }).limit(1000).get()).data as { userId: string; status: string }[];
    expect(stored).toHaveLength(500);
    expect(new Set(stored.map((b) => b.userId)).size).toBe(500);

    // Five confirmed people cancel at once: the first five waiting move up, each exactly once.
    const leavers = confirmed.slice(0, 5);
    const owner = new Map(views.map((v, i) => [v.id, people[i]!]));
    await Promise.all(
      leavers
        .map((v) => cancelBooking(parsed(fairs.cancelBooking, { bookingId: v.id }), owner.get(v.id)!, deps))
        .map(async (p) => dataOf(await p)),
    );
    const after = (await bookings().where({ slotId }).limit(1000).get()).data as { _id: string; status: string; promotedAt?: Date }[];
    const promoted = after.filter((b) => b.promotedAt);
    expect(promoted.map((b) => b._id).sort()).toEqual(slot.queue.slice(20, 25).sort());
    expect(after.filter((b) => b.status === 'confirmed')).toHaveLength(20);
    expect(after.filter((b) => b.status === 'waiting')).toHaveLength(475);
    expect(after.filter((b) => b.status === 'cancelled')).toHaveLength(5);
    // Each promoted person has it in their inbox, once.
    const promotedUsers = promoted.map((b) => owner.get(b._id)!.user.id);
    const inbox = (
      await t.platform.db
        .collection('inbox')
        .where({ userId: t.platform.db.command.in(promotedUsers), kind: 'fair' })
        .limit(100)
        .get()
    ).data as { title: string }[];
    expect(inbox.filter((m) => m.title === '候补成功，已为您预约')).toHaveLength(5);
  }, 120_000);

  it('a retried request makes one booking, however often and however concurrently it is sent', async () => {
    const staff = await makeCaller(t.platform, ['staff']);
    const fair = await publishedFair(deps, staff, [{ capacity: 2 }]);
    const me = await resident(t.platform);
    const input = parsed(fairs.book, { slotId: fair.stalls[0]!.slots[0]!.id, requestId: rid() });
    const results = (await Promise.all([1, 2, 3, 4].map(() => book(input, me, deps)))).map(dataOf);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(dataOf(await book(input, me, deps)).id).toBe(results[0]!.id);
    expect((await bookings().where({ userId: me.user.id }).count()).total).toBe(1);
  });

  it('allows one live booking per stall per person, and the fair’s cap across stalls', async () => {
    const staff = await makeCaller(t.platform, ['staff']);
    const fair = await publishedFair(deps, staff, [{ service: '理发' }, { service: '磨刀' }, { service: '量血压' }], { bookingCap: 2 });
    const me = await resident(t.platform);
    const [haircut, knives, pressure] = fair.stalls as [(typeof fair.stalls)[0], (typeof fair.stalls)[0], (typeof fair.stalls)[0]];
    const first = dataOf(await book(parsed(fairs.book, { slotId: haircut.slots[0]!.id, requestId: rid() }), me, deps));
    expect(errorOf(await book(parsed(fairs.book, { slotId: haircut.slots[1]!.id, requestId: rid() }), me, deps)).code).toBe(
      'FAIR_ALREADY_BOOKED',
    );
    dataOf(await book(parsed(fairs.book, { slotId: knives.slots[0]!.id, requestId: rid() }), me, deps));
    expect(errorOf(await book(parsed(fairs.book, { slotId: pressure.slots[0]!.id, requestId: rid() }), me, deps)).code).toBe(
      'FAIR_CAP_REACHED',
    );
    // Concurrent attempts at the same stall with different requests: one wins.
    const other = await resident(t.platform);
    const race = await Promise.all(
      [0, 1, 2].map((i) => book(parsed(fairs.book, { slotId: pressure.slots[i]!.id, requestId: rid() }), other, deps)),
    );
    expect(race.filter((r) => r.ok)).toHaveLength(1);
    // Cancelling frees both the stall and a place under the cap.
    dataOf(await cancelBooking(parsed(fairs.cancelBooking, { bookingId: first.id }), me, deps));
    dataOf(await book(parsed(fairs.book, { slotId: pressure.slots[0]!.id, requestId: rid() }), me, deps));
    expect(errorOf(await book(parsed(fairs.book, { slotId: haircut.slots[1]!.id, requestId: rid() }), me, deps)).code).toBe(
      'FAIR_CAP_REACHED',
    );
  });

  it('refuses with a stable code and writes nothing: not open yet, slot over, not eligible, no verified household', async () => {
    const staff = await makeCaller(t.platform, ['staff']);
    const fair = await publishedFair(deps, staff, [
      { service: '理发', bookingOpensAt: '2026-11-20T00:00:00.000Z' },
      { service: '眼科', audience: 'elders' },
      { service: '磨刀', audience: 'building', buildingIds: ['b7'] },
    ]);
    const young = await resident(t.platform, { birthYear: 1990, building: 1 });
    const before = (await bookings().count()).total;
    const [haircut, eyes, knives] = fair.stalls as [(typeof fair.stalls)[0], (typeof fair.stalls)[0], (typeof fair.stalls)[0]];
    const tryBook = async (slotId: string, who = young) => errorOf(await book(parsed(fairs.book, { slotId, requestId: rid() }), who, deps));
    expect(await tryBook(haircut.slots[0]!.id)).toMatchObject({ code: 'FAIR_BOOKING_NOT_OPEN', message: '2026-11-20 08:00 开始预约' });
    expect((await tryBook(eyes.slots[0]!.id)).code).toBe('FAIR_NOT_ELIGIBLE');
    expect((await tryBook(knives.slots[0]!.id)).code).toBe('FAIR_NOT_ELIGIBLE');
    const newcomer = await makeCaller(t.platform, []);
    expect((await tryBook(eyes.slots[0]!.id, newcomer)).code).toBe('HOUSEHOLD_REQUIRED');
    t.clock.set('2026-11-22T01:40:00.000Z'); // 09:40 on the day: the first slot (09:00–09:30) is over
    expect((await tryBook(knives.slots[0]!.id)).code).toBe('FAIR_SLOT_ENDED');
    t.clock.set('2026-11-19T02:00:00.000Z');
    expect((await bookings().count()).total).toBe(before);
  });

  it('lets a resident cancel until the slot starts; staff may cancel later; the waitlist moves up', async () => {
    const staff = await makeCaller(t.platform, ['staff']);
    const fair = await publishedFair(deps, staff, [{ capacity: 1 }]);
    const slotId = fair.stalls[0]!.slots[0]!.id;
    const a = await resident(t.platform, { name: '甲' });
    const b = await resident(t.platform, { name: '乙' });
    const first = dataOf(await book(parsed(fairs.book, { slotId, requestId: rid() }), a, deps));
    const second = dataOf(await book(parsed(fairs.book, { slotId, requestId: rid() }), b, deps));
    expect([first.status, second.status, second.waitPosition]).toEqual(['confirmed', 'waiting', 1]);
    t.clock.set('2026-11-22T01:05:00.000Z'); // 09:05, the slot has started
    expect(errorOf(await cancelBooking(parsed(fairs.cancelBooking, { bookingId: first.id }), a, deps)).code).toBe('FAIR_CANCEL_TOO_LATE');
    // Nobody else may cancel it (and nobody learns it exists).
    expect(errorOf(await cancelBooking(parsed(fairs.cancelBooking, { bookingId: first.id }), b, deps)).code).toBe('NOT_FOUND');
    const cancelled = dataOf(await cancelBooking(parsed(fairs.cancelBooking, { bookingId: first.id }), staff, deps));
    expect(cancelled.status).toBe('cancelled');
    const promoted = (await bookings().doc(second.id).get()).data[0] as { status: string };
    expect(promoted.status).toBe('confirmed');
    // Cancelling again is the same as once.
    expect(dataOf(await cancelBooking(parsed(fairs.cancelBooking, { bookingId: first.id }), staff, deps)).status).toBe('cancelled');
    t.clock.set('2026-11-19T02:00:00.000Z');
  });
});
