import type { Store } from '../store/lmdb';
import type { DocId, KeyPart } from './indexkeys';

/**
 * Point lookups of one index, cached: the ids under an exact prefix (every field of the index
 * fixed by equality), in index order, when there are at most MAX_LOOKUP_IDS of them. An LMDB
 * range cursor costs several microseconds to set up (and garbage to collect) even for one
 * entry; a cached lookup is a map read. Entries hold committed state only: a write that adds or
 * removes an index entry drops the entry of its prefix once committed (see WriteTracker).
 */
export const MAX_LOOKUP_IDS = 64;

export class IndexLookups {
  private readonly namespace: string;

  constructor(private readonly store: Store) {
    this.namespace = store.newNamespace();
  }

  keyOf(prefix: readonly KeyPart[]): string {
    return this.namespace + JSON.stringify(prefix);
  }

  get(key: string): readonly DocId[] | undefined {
    if (this.store.writing && this.store.touched(key)) return undefined;
    return this.store.lookupCache.get(key) as readonly DocId[] | undefined;
  }

  /** Keeps what a cursor read; not when this prefix was written earlier in the running commit. */
  fill(key: string, ids: DocId[]): void {
    if (this.store.writing && this.store.touched(key)) return;
    this.store.lookupCache.set(key, Object.freeze(ids), ids.length + 1);
  }

  /** Inside a write: the index entry `indexKey` (prefix, then the id) is added or removed. */
  changed(indexKey: readonly KeyPart[]): void {
    const key = this.keyOf(indexKey.slice(0, -2));
    this.store.onCommit(key, () => this.store.lookupCache.delete(key));
  }
}
