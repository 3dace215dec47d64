import type { Database } from '../platform/cloudbase';
import { newestFirstPage } from '../platform/paging';
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
      const page = await newestFirstPage<AuditDoc>(collection, _, {}, 'at', limit, cursor, (d) => d.at);
      return { items: page.docs.map(({ _id, ...rest }) => ({ id: _id, ...rest })), nextCursor: page.nextCursor };
    },
  };
};
