import type { Database } from '../../platform/cloudbase';
import { mapLimit } from '../../platform/concurrency';
import { isDuplicateKeyError } from '../../platform/db-errors';
import { receiptId, type Receipt } from '../domain/receipt';

export const RECEIPTS_COLLECTION = 'notice_receipts';

export interface ReceiptCounts {
  audience: number;
  read: number;
  acked: number;
  /** Readers outside the publish-time audience. */
  late: number;
}

/** Who the reader is, for a receipt created on first read by someone outside the snapshot. */
export type ReaderInfo = Pick<Receipt, 'name' | 'buildingId' | 'buildingName' | 'buildingOrder' | 'unit' | 'room'>;

export interface ReceiptRepo {
  /** Records the publish-time audience; safe to repeat (one receipt per person and notice). */
  addAudience(entries: readonly Omit<Receipt, 'id'>[]): Promise<void>;
  get(noticeId: string, userId: string): Promise<Receipt | undefined>;
  forReader(noticeIds: readonly string[], userId: string): Promise<Map<string, Receipt>>;
  /** Records the first read; later calls change nothing and return the first time. */
  markRead(noticeId: string, userId: string, reader: ReaderInfo, now: Date): Promise<Date>;
  /** Records the first acknowledgement of a read notice; returns its time, or undefined if not read yet. */
  markAcked(noticeId: string, userId: string, now: Date): Promise<Date | undefined>;
  counts(noticeId: string): Promise<ReceiptCounts>;
  /** Read and acknowledged among the publish-time audience only (two indexed counts). */
  readCounts(noticeId: string): Promise<Pick<ReceiptCounts, 'read' | 'acked'>>;
  /** The whole publish-time audience of a notice (thousands at most in one community). */
  audience(noticeId: string): Promise<Receipt[]>;
}

type ReceiptDoc = Omit<Receipt, 'id'> & { _id: string };

const toReceipt = ({ _id, ...rest }: ReceiptDoc): Receipt => ({ id: _id, ...rest });

const compact = (entry: Omit<Receipt, 'id'>): ReceiptDoc => {
  const doc: Record<string, unknown> = { _id: receiptId(entry.noticeId, entry.userId) };
  for (const [key, value] of Object.entries(entry)) if (value !== undefined) doc[key] = value;
  return doc as ReceiptDoc;
};

const BATCH = 200;
const PAGE = 1000;

export const cloudbaseReceiptRepo = (db: Database): ReceiptRepo => {
  const collection = db.collection(RECEIPTS_COLLECTION);
  const _ = db.command;

  const byId = async (id: string): Promise<Receipt | undefined> => {
    const res = await collection.where({ _id: id }).limit(1).get();
    const doc = (res.data as ReceiptDoc[])[0];
    return doc ? toReceipt(doc) : undefined;
  };

  /** One person: insert, or — if they read it before the snapshot reached them — count them in. */
  const addOne = async (doc: ReceiptDoc): Promise<void> => {
    try {
      await collection.add(doc);
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const { _id, read: _read, readAt: _readAt, acked: _acked, ackAt: _ackAt, ...snapshot } = doc;
      await collection.where({ _id, inAudience: false }).update({ ...snapshot, inAudience: true });
    }
  };

  const count = async (where: Record<string, unknown>) => Number((await collection.where(where).count()).total);

  return {
    async addAudience(entries) {
      const docs = entries.map(compact);
      for (let i = 0; i < docs.length; i += BATCH) {
        const batch = docs.slice(i, i + BATCH);
        try {
          await collection.add(batch);
        } catch (error) {
          // A retry meets receipts written by the first try: go one by one, skipping those.
          if (!isDuplicateKeyError(error)) throw error;
          await mapLimit(batch, 8, addOne);
        }
      }
    },
    get: (noticeId, userId) => byId(receiptId(noticeId, userId)),
    async forReader(noticeIds, userId) {
      if (noticeIds.length === 0) return new Map();
      const ids = noticeIds.map((n) => receiptId(n, userId));
      const res = await collection
        .where({ _id: _.in(ids) })
        .limit(ids.length)
        .get();
      return new Map((res.data as ReceiptDoc[]).map((d) => [d.noticeId, toReceipt(d)]));
    },
    async markRead(noticeId, userId, reader, now) {
      const id = receiptId(noticeId, userId);
      const first = await collection.where({ _id: id, read: false }).update({ read: true, readAt: now });
      if (Number(first.updated ?? 0) === 1) return now;
      try {
        await collection.add(compact({ noticeId, userId, inAudience: false, read: true, readAt: now, acked: false, ...reader }));
        return now;
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
      const existing = await byId(id);
      return existing?.readAt ?? now;
    },
    async markAcked(noticeId, userId, now) {
      const id = receiptId(noticeId, userId);
      const res = await collection.where({ _id: id, read: true, acked: false }).update({ acked: true, ackAt: now });
      if (Number(res.updated ?? 0) === 1) return now;
      return (await byId(id))?.ackAt;
    },
    async counts(noticeId) {
      const [audience, read, acked, late] = await Promise.all([
        count({ noticeId, inAudience: true }),
        count({ noticeId, inAudience: true, read: true }),
        count({ noticeId, inAudience: true, acked: true }),
        count({ noticeId, inAudience: false }),
      ]);
      return { audience, read, acked, late };
    },
    async readCounts(noticeId) {
      const [read, acked] = await Promise.all([
        count({ noticeId, inAudience: true, read: true }),
        count({ noticeId, inAudience: true, acked: true }),
      ]);
      return { read, acked };
    },
    async audience(noticeId) {
      const out: Receipt[] = [];
      let last = '';
      for (;;) {
        const where = last ? { noticeId, inAudience: true, _id: _.gt(last) } : { noticeId, inAudience: true };
        const res = await collection.where(where).orderBy('_id', 'asc').limit(PAGE).get();
        const docs = res.data as ReceiptDoc[];
        out.push(...docs.map(toReceipt));
        if (docs.length < PAGE) return out;
        last = docs[docs.length - 1]?._id ?? last;
      }
    },
  };
};
