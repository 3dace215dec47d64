import type { Database, Key, RangeOptions } from 'lmdb';
import { decodeFrozen, type BoundedCache } from './cache';
import { bytesToText, encodeText } from './codec';

/**
 * One collection's documents by `_id`, stored as JSON text, read through a cache of committed
 * documents (see WriteTracker). Every document handed out is frozen (see cache.ts).
 */
export interface WriteTracker {
  /** True while a group commit runs. */
  readonly writing: boolean;
  /** True when `key` was written earlier in the running group commit. */
  touched(key: string): boolean;
  /**
   * Inside a write: marks `key` as written in this group commit, and runs `action` once the
   * commit is durable if this write succeeded. Caches change only through such actions, so they
   * only ever hold committed state; inside a group commit, a key written earlier in it is read
   * from LMDB's write transaction, never from a cache.
   */
  onCommit(key: string, action: () => void): void;
}

export class Documents<V> {
  constructor(
    private readonly db: Database<Buffer, Key>,
    private readonly cache: BoundedCache<unknown>,
    private readonly tracker: WriteTracker,
    /** Unique per opened database, so a dropped and re-created collection starts afresh. */
    private readonly namespace: string,
  ) {}

  private keyOf(id: Key): string {
    return `${this.namespace}${typeof id === 'number' ? 'n' : 's'}${String(id)}`;
  }

  get(id: Key): V | undefined {
    const key = this.keyOf(id);
    const cacheable = !this.tracker.writing || !this.tracker.touched(key);
    if (cacheable) {
      const hit = this.cache.get(key);
      if (hit !== undefined) return hit as V;
    }
    const bytes = this.db.getBinaryFast(id);
    if (bytes === undefined) return undefined;
    const text = bytesToText(bytes, (this.db as unknown as { lastSize: number }).lastSize);
    const value = decodeFrozen(text);
    if (cacheable) this.cache.set(key, value, text.length);
    return value as V;
  }

  has(id: Key): boolean {
    return this.db.doesExist(id);
  }

  /** Inside a write. */
  putSync(id: Key, value: V): void {
    const text = encodeText(value);
    this.db.putSync(id, Buffer.from(text));
    this.changed(id);
  }

  /** Inside a write. */
  removeSync(id: Key): void {
    this.db.removeSync(id);
    this.changed(id);
  }

  /** The cached copy goes once the write is committed; the next read decodes the new one. */
  private changed(id: Key): void {
    const key = this.keyOf(id);
    this.tracker.onCommit(key, () => this.cache.delete(key));
  }

  /** Every document in `_id` order (index builds; not cached). */
  *entries(): Generator<{ key: Key; value: V }> {
    for (const { key, value } of this.db.getRange({})) yield { key, value: decodeFrozen(bytesToText(value, value.length)) as V };
  }

  getKeys(options?: RangeOptions): Iterable<Key> {
    return this.db.getKeys(options);
  }

  getKeysCount(): number {
    return this.db.getKeysCount();
  }
}
