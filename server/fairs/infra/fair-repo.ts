import type { FairStatus } from '@contracts/fairs';
import { DAY } from '../../kernel/clock';
import type { Database } from '../../platform/cloudbase';
import { decodeCursor, encodeCursor, newestFirstPage } from '../../platform/paging';
import type { Fair } from '../domain/fair';
import { C, fromDoc, insertOnce, toDoc, type WithId } from './docs';

export type FairPatch = Partial<
  Pick<Fair, 'title' | 'date' | 'opensAt' | 'closesAt' | 'place' | 'description' | 'coverFileId' | 'bookingCap'>
>;

export interface FairRepo {
  /** Creates the fair, or returns the one already created under the same key (a retry). */
  create(fair: Fair): Promise<Fair>;
  byId(id: string): Promise<Fair | undefined>;
  byCreateKey(createKey: string): Promise<Fair | undefined>;
  byIds(ids: readonly string[]): Promise<Fair[]>;
  update(id: string, patch: FairPatch, now: Date): Promise<void>;
  /** Moves the fair from one status to another; false when it was no longer in `from`. */
  transition(id: string, from: FairStatus, to: FairStatus, extra: Partial<Fair>): Promise<boolean>;
  setStallCount(id: string, n: number): Promise<void>;
  /** Published fairs not over yet, soonest first. */
  upcoming(now: Date, limit: number, cursor?: string): Promise<{ items: Fair[]; nextCursor?: string }>;
  /** All fairs, newest first, for staff. */
  list(status: FairStatus | undefined, limit: number, cursor?: string): Promise<{ items: Fair[]; nextCursor?: string }>;
  latest(seriesId?: string): Promise<Fair | undefined>;
  between(from: Date, to: Date): Promise<Fair[]>;
}

type FairDoc = WithId<Fair>;

export const cloudbaseFairRepo = (db: Database): FairRepo => {
  const col = db.collection(C.fairs);
  const _ = db.command;
  const byKey = async (createKey: string) => (await col.where({ createKey }).limit(1).get()).data[0] as FairDoc | undefined;
  return {
    async create(fair) {
      if (await insertOnce(() => col.add(toDoc(fair)))) return fair;
      const existing = await byKey(fair.createKey);
      if (!existing) throw new Error('fair create key clashed but no fair holds it');
      return fromDoc<Fair>(existing);
    },
    async byId(id) {
      const doc = (await col.where({ _id: id }).limit(1).get()).data[0] as FairDoc | undefined;
      return doc ? fromDoc<Fair>(doc) : undefined;
    },
    async byCreateKey(createKey) {
      const doc = await byKey(createKey);
      return doc ? fromDoc<Fair>(doc) : undefined;
    },
    async byIds(ids) {
      if (!ids.length) return [];
      return (
        (
          await col
            .where({ _id: _.in([...new Set(ids)]) })
            .limit(1000)
            .get()
        ).data as FairDoc[]
      ).map(fromDoc<Fair>);
    },
    async update(id, patch, now) {
      const set: Record<string, unknown> = { updatedAt: now };
      for (const [k, v] of Object.entries(patch)) set[k] = v === undefined ? _.remove() : v;
      await col.doc(id).update(set);
    },
    async transition(id, from, to, extra) {
      const res = await col.where({ _id: id, status: from }).update({ ...extra, status: to });
      return Number(res.updated ?? 0) === 1;
    },
    async setStallCount(id, n) {
      await col.doc(id).update({ stallCount: n });
    },
    async upcoming(now, limit, cursor) {
      // Soonest first by (opensAt, _id), strictly after the cursor: one indexed range read at any depth.
      const after = decodeCursor(cursor);
      // A fair lasts less than a day: bounding opensAt lets the (status, opensAt) index skip the past.
      const base = { status: 'published', opensAt: _.gt(new Date(now.getTime() - DAY)), closesAt: _.gt(now) };
      const where = after
        ? _.and([base, _.or([{ opensAt: _.gt(new Date(after.at)) }, { opensAt: new Date(after.at), _id: _.gt(after.id) }])])
        : base;
      const docs = (
        await col
          .where(where)
          .orderBy('opensAt', 'asc')
          .orderBy('_id', 'asc')
          .limit(limit + 1)
          .get()
      ).data as FairDoc[];
      const items = docs.slice(0, limit).map(fromDoc<Fair>);
      const last = items[items.length - 1];
      return { items, nextCursor: docs.length > limit && last ? encodeCursor({ at: last.opensAt.getTime(), id: last.id }) : undefined };
    },
    async list(status, limit, cursor) {
      const page = await newestFirstPage<FairDoc>(col, _, status ? { status } : {}, 'opensAt', limit, cursor, (d) => d.opensAt);
      return { items: page.docs.map(fromDoc<Fair>), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
    },
    async latest(seriesId) {
      const where = seriesId ? { seriesId, status: _.neq('cancelled') } : { status: _.neq('cancelled') };
      const doc = (await col.where(where).orderBy('opensAt', 'desc').limit(1).get()).data[0] as FairDoc | undefined;
      return doc ? fromDoc<Fair>(doc) : undefined;
    },
    async between(from, to) {
      return (
        (
          await col
            .where({ opensAt: _.and(_.gte(from), _.lt(to)) })
            .orderBy('opensAt', 'asc')
            .limit(1000)
            .get()
        ).data as FairDoc[]
      ).map(fromDoc<Fair>);
    },
  };
};
