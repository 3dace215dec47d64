import { randomBytes } from 'node:crypto';
import { ErrorCodes, LocalCloudError } from '../core/errors';
import type { Store } from '../store/lmdb';
import { duplicateKey, type Catalog, type Change, type CollectionHandle } from './catalog';
import { stringifyEjson } from './ejson';
import { refuseUnsafeOperators } from './guard';
import type { DocId } from './indexkeys';
import type { SortSpec } from './planner';
import { countDocs, findDocs, matchDocs, type FindOptions } from './query';
import { conflictError, docKey, TransactionManager, type Transaction } from './transactions';
import { applyUpdate, assertStorableFields } from './update';
import { runAggregate } from './aggregate';
import { isPlainObject, type Doc, type Value } from './values';

/** The database operations behind the SDK's actions, each atomic and durable when it resolves. */
export interface UpdateOptions {
  multi: boolean;
  upsert: boolean;
  /** true: `data` replaces the document (doc().set); false: `data` holds update operators. */
  replace: boolean;
}

export function newDocId(): string {
  return randomBytes(16).toString('hex');
}

function assertId(id: unknown): DocId {
  if ((typeof id === 'string' && id.length > 0 && id.length <= 256) || (typeof id === 'number' && Number.isFinite(id))) return id;
  throw new LocalCloudError(ErrorCodes.INVALID_PARAM, '_id must be a non-empty string (at most 256 characters) or a number');
}

/** MongoDB keeps `_id` as the first field. */
function withId(id: DocId, doc: Doc): Doc {
  const { _id: _ignored, ...rest } = doc;
  return { _id: id, ...rest };
}

function sameDoc(a: Doc, b: Doc): boolean {
  return stringifyEjson(a) === stringifyEjson(b);
}

/** Equality fields of a filter become the fields of an upserted document. */
function seedFromFilter(filter: Doc): Doc {
  const seed: Doc = {};
  for (const [key, value] of Object.entries(filter)) {
    if (key.startsWith('$') || key.includes('.')) continue;
    if (isPlainObject(value) && Object.keys(value).some((k) => k.startsWith('$'))) {
      if ('$eq' in value) seed[key] = (value as Doc).$eq;
      continue;
    }
    seed[key] = value;
  }
  return seed;
}

export class DatabaseService {
  readonly transactions: TransactionManager;

  constructor(
    private readonly store: Store,
    readonly catalog: Catalog,
    private readonly clock: () => Date,
    transactionLifetimeMs?: number,
  ) {
    this.transactions = new TransactionManager(transactionLifetimeMs);
  }

  now(): Date {
    return this.clock();
  }

  collection(name: string): CollectionHandle {
    return this.catalog.get(name);
  }

  private commit(handle: CollectionHandle, changes: Change[], by?: Transaction): void {
    if (changes.length === 0) return;
    this.catalog.applyChanges(handle, changes);
    this.transactions.touched(
      changes.map((c) => docKey(handle.name, c.id)),
      by,
    );
  }

  async insert(collection: string, docs: Doc[]): Promise<DocId[]> {
    this.collection(collection);
    for (const doc of docs) assertStorableFields(doc);
    return this.store.write(() => {
      const handle = this.collection(collection);
      const changes: Change[] = [];
      const ids = new Set<string>();
      for (const doc of docs) {
        const id = doc._id === undefined ? newDocId() : assertId(doc._id);
        const key = docKey(collection, id);
        if (ids.has(key) || handle.docs.has(id)) throw duplicateKey(collection, '_id_', `{ _id: ${JSON.stringify(id)} }`);
        ids.add(key);
        changes.push({ id, before: undefined, after: withId(id, doc) });
      }
      this.commit(handle, changes);
      return changes.map((c) => c.id);
    });
  }

  find(collection: string, filter: Doc, options: FindOptions): Doc[] {
    refuseUnsafeOperators(filter);
    return findDocs(this.collection(collection), filter, options);
  }

  count(collection: string, filter: Doc): number {
    refuseUnsafeOperators(filter);
    return countDocs(this.collection(collection), filter);
  }

  async update(
    collection: string,
    filter: Doc,
    data: Doc,
    options: UpdateOptions,
  ): Promise<{ updated: number; upsertId?: DocId; doc?: Doc }> {
    refuseUnsafeOperators(filter);
    refuseUnsafeOperators(data);
    this.collection(collection);
    if (options.replace) assertStorableFields(data);
    const now = this.now();
    return this.store.write(() => {
      const handle = this.collection(collection);
      const matches = matchDocs(handle, filter, [], options.multi ? Infinity : 1).slice(0, options.multi ? undefined : 1);
      const changes: Change[] = [];
      let lastDoc: Doc | undefined;
      for (const before of matches) {
        const after = options.replace ? withId(before._id as DocId, data) : applyUpdate(before, data, now).doc;
        lastDoc = after;
        if (!sameDoc(before, after)) changes.push({ id: before._id as DocId, before, after });
      }
      let upsertId: DocId | undefined;
      if (matches.length === 0 && options.upsert) {
        const seed = seedFromFilter(filter);
        const id = seed._id === undefined ? newDocId() : assertId(seed._id);
        const after = options.replace ? withId(id, data) : applyUpdate(withId(id, seed), data, now, true).doc;
        assertStorableFields(after);
        changes.push({ id, before: undefined, after });
        upsertId = id;
        lastDoc = after;
      }
      this.commit(handle, changes);
      return { updated: upsertId === undefined ? changes.length : 0, upsertId, doc: lastDoc };
    });
  }

  async remove(collection: string, filter: Doc, multi: boolean): Promise<number> {
    refuseUnsafeOperators(filter);
    this.collection(collection);
    return this.store.write(() => {
      const handle = this.collection(collection);
      const matches = matchDocs(handle, filter, [], multi ? Infinity : 1).slice(0, multi ? undefined : 1);
      this.commit(
        handle,
        matches.map((before) => ({ id: before._id as DocId, before, after: undefined })),
      );
      return matches.length;
    });
  }

  aggregate(collection: string, pipeline: Doc[]): Doc[] {
    refuseUnsafeOperators(pipeline as Value);
    const handle = this.collection(collection);
    return runAggregate(handle, pipeline, (name) => (this.catalog.has(name) ? matchDocs(this.catalog.get(name), {}, []) : []));
  }

  // ---- transactions: single-document operations only, as in CloudBase ----

  startTransaction(): string {
    return this.transactions.start().id;
  }

  private txn(id: unknown): Transaction {
    const txn = this.transactions.get(id);
    if (txn.conflict) {
      this.transactions.finish(txn);
      throw conflictError(txn.conflict);
    }
    return txn;
  }

  private current(txn: Transaction, collection: string, id: DocId): Doc | undefined {
    const key = docKey(collection, id);
    const staged = txn.writes.get(key);
    if (staged) return staged.after;
    this.transactions.watch(txn, key);
    return this.collection(collection).docs.get(id);
  }

  private stage(txn: Transaction, collection: string, id: DocId, after: Doc | undefined): void {
    const key = docKey(collection, id);
    this.transactions.lock(txn, key);
    txn.writes.set(key, { collection, id, after });
  }

  txnGet(txnId: unknown, collection: string, id: DocId): Doc | undefined {
    const txn = this.txn(txnId);
    this.collection(collection);
    return this.current(txn, collection, assertId(id));
  }

  txnInsert(txnId: unknown, collection: string, doc: Doc): DocId {
    const txn = this.txn(txnId);
    this.collection(collection);
    assertStorableFields(doc);
    const id = doc._id === undefined ? newDocId() : assertId(doc._id);
    if (this.current(txn, collection, id) !== undefined) throw duplicateKey(collection, '_id_', `{ _id: ${JSON.stringify(id)} }`);
    this.stage(txn, collection, id, withId(id, doc));
    return id;
  }

  txnSet(txnId: unknown, collection: string, id: DocId, data: Doc): { updated: number; upsertId?: DocId } {
    const txn = this.txn(txnId);
    this.collection(collection);
    assertStorableFields(data);
    const before = this.current(txn, collection, assertId(id));
    const after = withId(id, data);
    this.stage(txn, collection, id, after);
    if (!before) return { updated: 0, upsertId: id };
    return { updated: sameDoc(before, after) ? 0 : 1 };
  }

  txnUpdate(txnId: unknown, collection: string, id: DocId, update: Doc): number {
    const txn = this.txn(txnId);
    this.collection(collection);
    refuseUnsafeOperators(update);
    const before = this.current(txn, collection, assertId(id));
    if (!before) return 0;
    const { doc, changed } = applyUpdate(before, update, this.now());
    this.stage(txn, collection, id, doc);
    return changed ? 1 : 0;
  }

  txnRemove(txnId: unknown, collection: string, id: DocId): number {
    const txn = this.txn(txnId);
    this.collection(collection);
    const before = this.current(txn, collection, assertId(id));
    if (!before) return 0;
    this.stage(txn, collection, id, undefined);
    return 1;
  }

  async commitTransaction(txnId: unknown): Promise<void> {
    const txn = this.txn(txnId);
    try {
      await this.store.write(() => {
        if (txn.conflict) throw conflictError(txn.conflict);
        const byCollection = new Map<string, Change[]>();
        for (const write of txn.writes.values()) {
          const handle = this.collection(write.collection);
          const before = handle.docs.get(write.id);
          if (!before && !write.after) continue;
          const list = byCollection.get(write.collection) ?? [];
          list.push({ id: write.id, before, after: write.after });
          byCollection.set(write.collection, list);
        }
        for (const [name, changes] of byCollection) this.commit(this.collection(name), changes, txn);
      });
    } finally {
      this.transactions.finish(txn);
    }
  }

  abortTransaction(txnId: unknown): void {
    this.transactions.finish(this.transactions.get(txnId));
  }
}

export type { FindOptions, SortSpec };
