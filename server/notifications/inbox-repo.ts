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
 * One insert per entry (a few in flight): a unique-key refusal then means exactly "this person
 * already has it", which a batch insert could not say for each entry.
 */
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
      const inserted = await mapLimit(entries, IN_FLIGHT, insertOne);
      const reached = entries.filter((_entry, i) => inserted[i]).map((e) => e.userId);
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
