import type { Database } from '../platform/cloudbase';
import { decodeCursor, encodeCursor } from '../platform/paging';
import type { AuditEntry } from './audit-entry';

export const AUDIT_COLLECTION = 'audit_log';

/** Append-only: there is no way here to change or delete an entry once written. */
export interface AuditLog {
  record(entry: Omit<AuditEntry, 'id'>): Promise<void>;
  list(limit: number, cursor?: string): Promise<{ items: AuditEntry[]; nextCursor?: string }>;
}

interface AuditDoc extends Omit<AuditEntry, 'id'> {
  _id: string;
}

export const cloudbaseAuditLog = (db: Database): AuditLog => {
  const collection = db.collection(AUDIT_COLLECTION);
  const _ = db.command;
  return {
    async record(entry) {
      await collection.add(entry);
    },
    async list(limit, cursor) {
      const after = decodeCursor(cursor);
      const where = after
        ? _.or([{ at: _.lt(new Date(after.at)) }, { at: new Date(after.at), _id: _.lt(after.id) }])
        : {};
      const res = await collection.where(where).orderBy('at', 'desc').orderBy('_id', 'desc').limit(limit + 1).get();
      const docs = res.data as AuditDoc[];
      const page = docs.slice(0, limit).map(({ _id, ...rest }) => ({ id: _id, ...rest }));
      const last = page[page.length - 1];
      return {
        items: page,
        nextCursor: docs.length > limit && last ? encodeCursor({ at: last.at.getTime(), id: last.id }) : undefined,
      };
    },
  };
};
