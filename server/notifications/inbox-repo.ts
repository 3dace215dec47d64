import type { InboxKind } from '@contracts/inbox';
import type { Database } from '../platform/cloudbase';
import { mapLimit } from '../platform/concurrency';
import { isDuplicateKeyError } from '../platform/db-errors';
import { newestFirstPage } from '../platform/paging';

export const INBOX_COLLECTION = 'inbox';

export interface InboxEntry {
  id: string;
  userId: string;
  kind: InboxKind;
  title: string;
  body: string;
  link?: string;
  /** `<notification sourceKey>#<userId>`, unique: the same notification reaches a person once. */
  deliveryKey: string;
  createdAt: Date;
  read: boolean;
  readAt?: Date;
}

export interface InboxRepo {
  /** Inserts what is new and quietly skips what was already delivered. Returns the users newly reached. */
  deliver(entries: Omit<InboxEntry, 'id'>[]): Promise<string[]>;
  list(userId: string, unreadOnly: boolean, limit: number, cursor?: string): Promise<{ items: InboxEntry[]; nextCursor?: string }>;
  unreadCount(userId: string): Promise<number>;
  markRead(userId: string, ids: readonly string[] | 'all', now: Date): Promise<void>;
  /** Marks read the message one notification (its `sourceKey`) brought this person, e.g. once they opened what it announced. */
  markSourceRead(userId: string, sourceKey: string, now: Date): Promise<void>;
}

type InboxDoc = Omit<InboxEntry, 'id'> & { _id: string };

/**
 * A first delivery goes in batches (one request per 100 people). A batch that meets an
 * already-delivered key — a retry — is redone one entry at a time (a few in flight), where a
 * unique-key refusal means exactly "this person already has it".
 */
const BATCH = 100;
const IN_FLIGHT = 16;

export const cloudbaseInboxRepo = (db: Database): InboxRepo => {
  const collection = db.collection(INBOX_COLLECTION);
  const _ = db.command;

  const insertOne = async (entry: Omit<InboxEntry, 'id'>): Promise<boolean> => {
    try {
      await collection.add(entry);
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  };

  return {
    async deliver(entries) {
      const reached: string[] = [];
      for (let i = 0; i < entries.length; i += BATCH) {
        const batch = entries.slice(i, i + BATCH);
        try {
          await collection.add(batch);
          reached.push(...batch.map((e) => e.userId));
        } catch (error) {
          if (!isDuplicateKeyError(error)) throw error;
          const inserted = await mapLimit(batch, IN_FLIGHT, insertOne);
          reached.push(...batch.filter((_entry, j) => inserted[j]).map((e) => e.userId));
        }
      }
      return reached;
    },
    async list(userId, unreadOnly, limit, cursor) {
      const where = unreadOnly ? { userId, read: false } : { userId };
      const page = await newestFirstPage<InboxDoc>(collection, _, where, 'createdAt', limit, cursor, (d) => d.createdAt);
      return { items: page.docs.map(({ _id, ...rest }) => ({ id: _id, ...rest })), nextCursor: page.nextCursor };
    },
    async unreadCount(userId) {
      const res = await collection.where({ userId, read: false }).count();
      return Number(res.total);
    },
    async markRead(userId, ids, now) {
      const where = ids === 'all' ? { userId, read: false } : { userId, read: false, _id: _.in([...ids]) };
      await collection.where(where).update({ read: true, readAt: now });
    },
    async markSourceRead(userId, sourceKey, now) {
      await collection.where({ deliveryKey: `${sourceKey}#${userId}`, read: false }).update({ read: true, readAt: now });
    },
  };
};
