import type { NoticeCategory, NoticeStatus } from '@contracts/announcements';
import type { Database } from '../../platform/cloudbase';
import { isDuplicateKeyError } from '../../platform/db-errors';
import { decodeCursor, encodeCursor } from '../../platform/paging';
import type { Notice, NoticeRevision } from '../domain/notice';
import { inTransaction } from './transaction';

export const NOTICES_COLLECTION = 'notices';
export const REVISIONS_COLLECTION = 'notice_revisions';

export interface FeedQuery {
  keys: readonly string[];
  categories: readonly NoticeCategory[];
  pinned: boolean;
  now: Date;
  limit: number;
  cursor?: string;
}

export interface NoticePage {
  items: Notice[];
  nextCursor?: string;
}

/** Fields a transition sets; `undefined` removes a field. */
export type NoticePatch = { [K in keyof Notice]?: Notice[K] | undefined };

export type EditOutcome = 'edited' | 'conflict';

export interface NoticeRepo {
  /** Creates the notice, or returns the one an earlier try of the same request created. */
  create(notice: Omit<Notice, 'id'> & { id: string }): Promise<Notice>;
  byId(id: string): Promise<Notice | undefined>;
  byIds(ids: readonly string[]): Promise<Notice[]>;
  /** One page of a reader's feed: published notices sharing a key with the reader, newest first. */
  feed(query: FeedQuery): Promise<NoticePage>;
  listForStaff(status: NoticeStatus | undefined, limit: number, cursor?: string): Promise<NoticePage>;
  /** Moves the notice from one of `from` to the patch's state; false when it was not in `from` (someone else moved it). */
  transition(id: string, from: readonly NoticeStatus[], patch: NoticePatch): Promise<boolean>;
  /** Publishes a scheduled notice whose time has come (and was not moved or withdrawn meanwhile). */
  publishScheduled(id: string, now: Date, leaseUntil: Date): Promise<boolean>;
  /** Saves an edit made from `revision` while the notice is in one of `statuses`. */
  edit(id: string, revision: number, statuses: readonly NoticeStatus[], patch: NoticePatch): Promise<EditOutcome>;
  /** Saves an edit of a published notice together with the record of what it said before. */
  editPublished(id: string, revision: number, patch: NoticePatch, record: NoticeRevision): Promise<EditOutcome>;
  revisions(noticeId: string): Promise<NoticeRevision[]>;
  dueForPublish(now: Date, limit: number): Promise<Notice[]>;
  dueForExpiry(now: Date, limit: number): Promise<Notice[]>;
  pendingDelivery(now: Date, limit: number): Promise<Notice[]>;
  /** Takes over an unfinished delivery whose lease ran out; false if someone else holds it. */
  claimDelivery(id: string, now: Date, until: Date): Promise<boolean>;
  finishDelivery(id: string, audienceSize: number, now: Date): Promise<void>;
}

type NoticeDoc = Omit<Notice, 'id'> & { _id: string };
type RevisionDoc = NoticeRevision & { _id: string };

const toNotice = ({ _id, ...rest }: NoticeDoc): Notice => ({ id: _id, ...rest });
const toDoc = ({ id, ...rest }: Notice): NoticeDoc => {
  const doc: Record<string, unknown> = { _id: id };
  for (const [key, value] of Object.entries(rest)) if (value !== undefined) doc[key] = value;
  return doc as NoticeDoc;
};

export const revisionId = (noticeId: string, revision: number) => `${noticeId}_r${revision}`;

/** Thrown inside a transaction to abandon it when the notice changed under the editor. */
class EditConflict extends Error {}

export const cloudbaseNoticeRepo = (db: Database): NoticeRepo => {
  const collection = db.collection(NOTICES_COLLECTION);
  const revisions = db.collection(REVISIONS_COLLECTION);
  const _ = db.command;

  const toSet = (patch: NoticePatch): Record<string, unknown> => {
    const set: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(patch)) set[key] = value === undefined ? _.remove() : value;
    return set;
  };

  const page = (docs: NoticeDoc[], limit: number, at: (n: Notice) => Date | undefined): NoticePage => {
    const items = docs.slice(0, limit).map(toNotice);
    const last = items[items.length - 1];
    const lastAt = last ? at(last) : undefined;
    return { items, ...(docs.length > limit && last && lastAt ? { nextCursor: encodeCursor({ at: lastAt.getTime(), id: last.id }) } : {}) };
  };

  /** Strictly after (at, id) in (field desc, _id desc) order; the range on `field` lets the index seek. */
  const after = (field: string, cursor: string | undefined): object[] => {
    const position = decodeCursor(cursor);
    if (!position) return [];
    const at = new Date(position.at);
    return [{ [field]: _.lte(at) }, _.or([{ [field]: _.lt(at) }, { _id: _.lt(position.id) }])];
  };

  return {
    async create(notice) {
      try {
        await collection.add(toDoc(notice));
        return notice;
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
        const res = await collection.where({ requestKey: notice.requestKey }).limit(1).get();
        const existing = (res.data as NoticeDoc[])[0];
        if (!existing) throw error;
        return toNotice(existing);
      }
    },
    async byId(id) {
      const res = await collection.where({ _id: id }).limit(1).get();
      const doc = (res.data as NoticeDoc[])[0];
      return doc ? toNotice(doc) : undefined;
    },
    async byIds(ids) {
      if (ids.length === 0) return [];
      const res = await collection
        .where({ _id: _.in([...ids]) })
        .limit(ids.length)
        .get();
      return (res.data as NoticeDoc[]).map(toNotice);
    },
    async feed(query) {
      const where = _.and([
        { status: 'published', pinned: query.pinned, category: _.in([...query.categories]), audienceKeys: _.in([...query.keys]) },
        ...after('publishedAt', query.cursor),
        // The timer job ends notices within a minute; until it has, the feed hides them itself.
        _.or([{ expiresAt: _.exists(false) }, { expiresAt: _.gt(query.now) }]),
      ]);
      const res = await collection
        .where(where)
        .orderBy('publishedAt', 'desc')
        .orderBy('_id', 'desc')
        .limit(query.limit + 1)
        .get();
      return page(res.data as NoticeDoc[], query.limit, (n) => n.publishedAt);
    },
    async listForStaff(status, limit, cursor) {
      const clauses: object[] = [...(status ? [{ status }] : []), ...after('createdAt', cursor)];
      const where = clauses.length ? _.and(clauses) : {};
      const res = await collection
        .where(where)
        .orderBy('createdAt', 'desc')
        .orderBy('_id', 'desc')
        .limit(limit + 1)
        .get();
      return page(res.data as NoticeDoc[], limit, (n) => n.createdAt);
    },
    async transition(id, from, patch) {
      const res = await collection.where({ _id: id, status: _.in([...from]) }).update(toSet(patch));
      return Number(res.updated ?? 0) === 1;
    },
    async publishScheduled(id, now, leaseUntil) {
      const res = await collection.where({ _id: id, status: 'scheduled', publishAt: _.lte(now) }).update({
        status: 'published',
        publishedAt: now,
        publishAt: _.remove(),
        fanoutPending: true,
        fanoutLeaseUntil: leaseUntil,
        updatedAt: now,
      });
      return Number(res.updated ?? 0) === 1;
    },
    async edit(id, revision, statuses, patch) {
      const res = await collection
        .where({ _id: id, revision, status: _.in([...statuses]) })
        .update(toSet({ ...patch, revision: revision + 1 }));
      return Number(res.updated ?? 0) === 1 ? 'edited' : 'conflict';
    },
    async editPublished(id, revision, patch, record) {
      try {
        await inTransaction(db, async (tx) => {
          const current = (await tx.collection(NOTICES_COLLECTION).doc(id).get()).data as NoticeDoc | null;
          if (!current || current.revision !== revision || current.status !== 'published') throw new EditConflict();
          await tx
            .collection(NOTICES_COLLECTION)
            .doc(id)
            .update(toSet({ ...patch, revision: revision + 1 }));
          await tx.collection(REVISIONS_COLLECTION).doc(revisionId(id, record.revision)).set(record);
        });
        return 'edited';
      } catch (error) {
        if (error instanceof EditConflict) return 'conflict';
        throw error;
      }
    },
    async revisions(noticeId) {
      const res = await revisions.where({ noticeId }).orderBy('revision', 'desc').limit(100).get();
      return (res.data as RevisionDoc[]).map(({ _id: _ignored, ...rest }) => rest);
    },
    async dueForPublish(now, limit) {
      const res = await collection
        .where({ status: 'scheduled', publishAt: _.lte(now) })
        .orderBy('publishAt', 'asc')
        .limit(limit)
        .get();
      return (res.data as NoticeDoc[]).map(toNotice);
    },
    async dueForExpiry(now, limit) {
      const res = await collection
        .where({ status: 'published', expiresAt: _.lte(now) })
        .orderBy('expiresAt', 'asc')
        .limit(limit)
        .get();
      return (res.data as NoticeDoc[]).map(toNotice);
    },
    async pendingDelivery(now, limit) {
      const res = await collection
        .where({ fanoutPending: true, fanoutLeaseUntil: _.lte(now) })
        .orderBy('fanoutLeaseUntil', 'asc')
        .limit(limit)
        .get();
      return (res.data as NoticeDoc[]).map(toNotice);
    },
    async claimDelivery(id, now, until) {
      const res = await collection
        .where({ _id: id, fanoutPending: true, fanoutLeaseUntil: _.lte(now) })
        .update({ fanoutLeaseUntil: until });
      return Number(res.updated ?? 0) === 1;
    },
    async finishDelivery(id, audienceSize, now) {
      await collection.doc(id).update({ fanoutPending: _.remove(), fanoutLeaseUntil: _.remove(), audienceSize, updatedAt: now });
    },
  };
};
