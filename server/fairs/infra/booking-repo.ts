import type { BookingStatus } from '@contracts/fairs';
import type { Database } from '../../platform/cloudbase';
import { decodeCursor, encodeCursor } from '../../platform/paging';
import type { Booking } from '../domain/booking';
import { C, fromDoc, insertOnce, toDoc, updatedCount, type WithId } from './docs';

export interface BookingRepo {
  /** false when the id or a unique key (activeKey, capKey) is already held. */
  insert(booking: Booking): Promise<boolean>;
  byId(id: string): Promise<Booking | undefined>;
  byIds(ids: readonly string[]): Promise<Booking[]>;
  byActiveKey(activeKey: string): Promise<Booking | undefined>;
  /** Changes the status only if it is still one of `from`; false when someone else changed it first. */
  transition(id: string, from: readonly BookingStatus[], set: Partial<Booking>): Promise<boolean>;
  /** The person's bookings, and those they made for others, by slot time. */
  ofPerson(userId: string, past: boolean, now: Date, limit: number, cursor?: string): Promise<{ items: Booking[]; nextCursor?: string }>;
  ofPersonAtFair(userId: string, fairId: string): Promise<Booking[]>;
  ofStall(stallId: string): Promise<Booking[]>;
  ofFairs(fairIds: readonly string[]): Promise<BookingRow[]>;
  byStallAndName(stallId: string, personName: string): Promise<Booking[]>;
  stalePending(before: Date, limit: number): Promise<Booking[]>;
  /** Claims a 6-digit code within a fair; false when another booking holds it. */
  claimCode(fairId: string, code: string, bookingId: string): Promise<boolean>;
  byCode(fairId: string, code: string): Promise<string | undefined>;
}

type BookingDoc = WithId<Booking>;

/** What statistics and the board need of a booking. */
export type BookingRow = Pick<Booking, 'id' | 'stallId' | 'userId' | 'elder' | 'status' | 'endsAt' | 'fairId' | 'slotId'>;

/** The most bookings one page of statistics reads at once (the database's own cap). */
const PAGE = 1000;

export const cloudbaseBookingRepo = (db: Database): BookingRepo => {
  const col = db.collection(C.bookings);
  const codes = db.collection(C.codes);
  const _ = db.command;
  const many = (docs: unknown[]) => (docs as BookingDoc[]).map(fromDoc<Booking>);
  return {
    insert: (booking) => insertOnce(() => col.add(toDoc(booking))),
    async byId(id) {
      const doc = (await col.where({ _id: id }).limit(1).get()).data[0] as BookingDoc | undefined;
      return doc ? fromDoc<Booking>(doc) : undefined;
    },
    async byIds(ids) {
      if (!ids.length) return [];
      return many(
        (
          await col
            .where({ _id: _.in([...ids]) })
            .limit(1000)
            .get()
        ).data,
      );
    },
    async byActiveKey(activeKey) {
      const doc = (await col.where({ activeKey }).limit(1).get()).data[0] as BookingDoc | undefined;
      return doc ? fromDoc<Booking>(doc) : undefined;
    },
    async transition(id, from, set) {
      const res = await col.where({ _id: id, status: _.in([...from]) }).update(set);
      return updatedCount(res) === 1;
    },
    async ofPerson(userId, past, now, limit, cursor) {
      // Upcoming soonest first; past most recent first. The person's own bookings and those they
      // made for others: two indexed reads merged, since an $or would not use the indexes.
      const after = decodeCursor(cursor);
      const range = past ? { endsAt: _.lte(now) } : { endsAt: _.gt(now) };
      const dir = past ? 'desc' : 'asc';
      const cmp = past ? _.lt : _.gt;
      const page = after ? _.or([{ startsAt: cmp(new Date(after.at)) }, { startsAt: new Date(after.at), _id: cmp(after.id) }]) : {};
      const read = async (who: Record<string, unknown>) =>
        many(
          (
            await col
              .where(_.and([who, range, page]))
              .orderBy('startsAt', dir)
              .orderBy('_id', dir)
              .limit(limit + 1)
              .get()
          ).data,
        );
      const [own, forOthers] = await Promise.all([read({ userId }), read({ bookedBy: userId, proxy: true })]);
      const sign = past ? -1 : 1;
      const merged = [...new Map([...own, ...forOthers].map((b) => [b.id, b])).values()].sort(
        (a, b) => sign * (a.startsAt.getTime() - b.startsAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      );
      const items = merged.slice(0, limit);
      const last = items[items.length - 1];
      return { items, nextCursor: merged.length > limit && last ? encodeCursor({ at: last.startsAt.getTime(), id: last.id }) : undefined };
    },
    async ofPersonAtFair(userId, fairId) {
      return many((await col.where({ fairId, userId }).limit(200).get()).data);
    },
    async ofStall(stallId) {
      const out: Booking[] = [];
      let after = '';
      for (;;) {
        const docs = many(
          (
            await col
              .where(after ? { stallId, _id: _.gt(after) } : { stallId })
              .orderBy('_id', 'asc')
              .limit(PAGE)
              .get()
          ).data,
        );
        out.push(...docs);
        if (docs.length < PAGE) return out;
        after = docs[docs.length - 1]!.id;
      }
    },
    async ofFairs(fairIds) {
      if (!fairIds.length) return [];
      const fields = { stallId: true, userId: true, elder: true, status: true, endsAt: true, fairId: true, slotId: true };
      const out: BookingRow[] = [];
      // Paged by _id (no skip): each page one indexed range read.
      let after = '';
      for (;;) {
        const where = after ? { fairId: _.in([...fairIds]), _id: _.gt(after) } : { fairId: _.in([...fairIds]) };
        const docs = (await col.where(where).field(fields).orderBy('_id', 'asc').limit(PAGE).get()).data as WithId<BookingRow>[];
        out.push(...docs.map(fromDoc<BookingRow>));
        if (docs.length < PAGE) return out;
        after = docs[docs.length - 1]!._id;
      }
    },
    async byStallAndName(stallId, personName) {
      return many((await col.where({ stallId, personName }).limit(50).get()).data);
    },
    async stalePending(before, limit) {
      return many(
        (
          await col
            .where({ status: 'pending', createdAt: _.lt(before) })
            .limit(limit)
            .get()
        ).data,
      );
    },
    claimCode: (fairId, code, bookingId) => insertOnce(() => codes.add({ _id: `${fairId}_${code}`, fairId, bookingId })),
    async byCode(fairId, code) {
      const doc = (
        await codes
          .where({ _id: `${fairId}_${code}` })
          .limit(1)
          .get()
      ).data[0] as { bookingId?: string } | undefined;
      return doc?.bookingId;
    },
  };
};
