import { mkdirSync } from 'node:fs';
import { open, type Database, type Key, type RootDatabase } from 'lmdb';
import { jsonCodec } from './codec';

/**
 * The LMDB environment and its group commit.
 *
 * lmdb-js's own asynchronous `transaction()` relies on native thread-safe callbacks that never
 * fire on this platform (the callback is queued forever), so writes go through `transactionSync`
 * instead: every write queued during one event-loop turn runs in one LMDB transaction that is
 * committed (and, with `overlappingSync: false`, fsynced) before any of them is acknowledged.
 * Each write runs in its own child transaction, so a write that throws leaves nothing behind
 * and does not disturb the others in its batch.
 */
export interface StoreOptions {
  path: string;
  /** Address space reserved for the memory map; the file only grows as data is written. */
  mapSize?: number;
}

interface PendingWrite {
  run: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export class Store {
  readonly root: RootDatabase;
  private queue: PendingWrite[] = [];
  private scheduled = false;
  private closed = false;
  private readonly dbs = new Map<string, Database>();

  constructor(options: StoreOptions) {
    mkdirSync(options.path, { recursive: true });
    this.root = open({
      path: options.path,
      maxDbs: 4096,
      mapSize: options.mapSize ?? 2 ** 36,
      overlappingSync: false,
    });
  }

  /** A named database holding JSON values (documents, metadata); see codec.ts. */
  values<V>(name: string): Database<V, Key> {
    return this.named(name, false) as Database<V, Key>;
  }

  /** A named database whose values are empty buffers: only keys matter (indexes). */
  keysOnly(name: string): Database<Buffer, Key> {
    return this.named(name, true) as Database<Buffer, Key>;
  }

  private named(name: string, binary: boolean): Database {
    const id = `${binary ? 'k' : 'v'}:${name}`;
    let db = this.dbs.get(id);
    if (!db) {
      db = this.root.openDB(name, binary ? { encoding: 'binary' } : ({ encoder: jsonCodec } as unknown as { encoding: 'binary' }));
      this.dbs.set(id, db);
    }
    return db;
  }

  /** Empties and deletes a named database (inside a write). */
  dropSync(name: string): void {
    for (const id of [`v:${name}`, `k:${name}`]) {
      const db = this.dbs.get(id);
      if (db) {
        db.dropSync();
        this.dbs.delete(id);
      }
    }
  }

  /**
   * Runs `run` atomically in the next group commit; resolves with its result once the commit is
   * durable, rejects (with nothing written) if it throws.
   */
  write<T>(run: () => T): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the store is closed'));
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ run, resolve: resolve as (value: unknown) => void, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    const outcomes: Array<{ ok: boolean; value: unknown }> = [];
    try {
      this.root.transactionSync(() => {
        for (const item of batch) {
          try {
            outcomes.push({ ok: true, value: this.root.transactionSync(item.run) });
          } catch (error) {
            outcomes.push({ ok: false, value: error });
          }
        }
      });
    } catch (error) {
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, i) => (outcomes[i].ok ? item.resolve(outcomes[i].value) : item.reject(outcomes[i].value)));
  }

  /** Waits for queued writes, then stops accepting new ones. */
  async close(): Promise<void> {
    while (this.queue.length > 0 || this.scheduled) await new Promise((resolve) => setImmediate(resolve));
    this.closed = true;
    await this.root.close();
  }
}
