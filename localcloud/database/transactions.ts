import { randomBytes } from 'node:crypto';
import { ErrorCodes, LocalCloudError } from '../core/errors';
import type { DocId } from './indexkeys';
import type { Doc } from './values';

/**
 * Server-side state of `startTransaction` … `commitTransaction`.
 *
 * Writes are staged and take a per-document lock at once: a second transaction writing the same
 * document gets DATABASE_TRANSACTION_CONFLICT immediately (MongoDB's WriteConflict). Every
 * document a transaction reads or writes is watched: if anyone else commits a change to it
 * before this transaction commits, the commit fails with the same conflict error. That is
 * stricter than snapshot isolation (a read-only dependency also conflicts), never looser.
 */
export interface StagedWrite {
  collection: string;
  id: DocId;
  /** undefined = delete */
  after: Doc | undefined;
}

export class Transaction {
  readonly writes = new Map<string, StagedWrite>();
  readonly watched = new Set<string>();
  conflict: string | undefined;
  timer: NodeJS.Timeout | undefined;
  constructor(readonly id: string) {}
}

export function docKey(collection: string, id: DocId): string {
  return `${collection}\u0000${typeof id === 'number' ? 'n' : 's'}${id}`;
}

export function conflictError(detail: string): LocalCloudError {
  return new LocalCloudError(
    ErrorCodes.DATABASE_TRANSACTION_CONFLICT,
    `[ResourceUnavailable.TransactionConflict] Transaction is conflicted: ${detail}`,
  );
}

export class TransactionManager {
  private readonly active = new Map<string, Transaction>();
  private readonly locks = new Map<string, Transaction>();
  private readonly watchers = new Map<string, Set<Transaction>>();

  constructor(private readonly lifetimeMs = 30_000) {}

  start(): Transaction {
    const txn = new Transaction(randomBytes(16).toString('hex'));
    txn.timer = setTimeout(() => this.finish(txn), this.lifetimeMs);
    txn.timer.unref();
    this.active.set(txn.id, txn);
    return txn;
  }

  get(id: unknown): Transaction {
    const txn = typeof id === 'string' ? this.active.get(id) : undefined;
    if (!txn) {
      throw new LocalCloudError(
        ErrorCodes.DATABASE_TRANSACTION_FAIL,
        '[FailedOperation.TransactionNotExist] Transaction does not exist: it was committed, aborted, or not finished within 30 seconds',
      );
    }
    return txn;
  }

  watch(txn: Transaction, key: string): void {
    if (txn.watched.has(key)) return;
    txn.watched.add(key);
    const set = this.watchers.get(key) ?? new Set<Transaction>();
    set.add(txn);
    this.watchers.set(key, set);
  }

  /** Takes the write lock of a document; a lock held by another transaction is a conflict. */
  lock(txn: Transaction, key: string): void {
    const holder = this.locks.get(key);
    if (holder && holder !== txn) {
      this.finish(txn);
      throw conflictError('another transaction is writing the same document');
    }
    this.locks.set(key, txn);
    this.watch(txn, key);
  }

  /** Called inside every committed write: other transactions that saw these documents now conflict. */
  touched(keys: Iterable<string>, by?: Transaction): void {
    for (const key of keys) {
      const set = this.watchers.get(key);
      if (!set) continue;
      for (const txn of set) if (txn !== by && !txn.conflict) txn.conflict = 'a document it used was changed by another write';
    }
  }

  /** Ends a transaction (commit done, abort, conflict or timeout) and releases everything. */
  finish(txn: Transaction): void {
    if (!this.active.delete(txn.id)) return;
    if (txn.timer) clearTimeout(txn.timer);
    for (const key of txn.watched) {
      const set = this.watchers.get(key);
      set?.delete(txn);
      if (set?.size === 0) this.watchers.delete(key);
      if (this.locks.get(key) === txn) this.locks.delete(key);
    }
  }

  closeAll(): void {
    for (const txn of [...this.active.values()]) this.finish(txn);
  }
}
