import type { Database, Key } from 'lmdb';
import { ErrorCodes, LocalCloudError } from '../core/errors';
import type { Documents } from '../store/documents';
import type { Store } from '../store/lmdb';
import { sameIndex, type Declarations } from './declarations';
import { Tag, docIndexKeys, type DocId, type IndexSpec, type KeyPart } from './indexkeys';
import { IndexLookups } from './lookups';
import type { Doc } from './values';

/** Collections, their declared indexes, and index maintenance on every write. */
export interface IndexHandle {
  spec: IndexSpec;
  db: Database<Buffer, Key>;
  /** Set once any document produced several keys; never cleared (as in MongoDB). */
  multikey: boolean;
  lookups: IndexLookups;
}

export interface CollectionHandle {
  name: string;
  docs: Documents<Doc>;
  indexes: IndexHandle[];
}

interface StoredIndex {
  spec: IndexSpec;
  multikey: boolean;
}
interface StoredCollection {
  name: string;
  createdAt: number;
  indexes: StoredIndex[];
}

/** One document's before/after images inside a write. */
export interface Change {
  id: DocId;
  before: Doc | undefined;
  after: Doc | undefined;
}

const EMPTY = Buffer.alloc(0);

export function collectionNotFound(name: string): LocalCloudError {
  return new LocalCloudError(
    ErrorCodes.DATABASE_COLLECTION_NOT_EXIST,
    `[ResourceNotFound] Db or Table not exist: ${name}. Please check your request, but if the problem cannot be solved, contact us.`,
  );
}

function describeKey(spec: IndexSpec, doc: Doc | undefined, id: DocId): string {
  if (!doc) return `{ _id: ${JSON.stringify(id)} }`;
  const parts = spec.fields.map((f) => {
    let value: unknown = doc;
    for (const part of f.parts) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
    return `${f.path}: ${JSON.stringify(value ?? null)}`;
  });
  return `{ ${parts.join(', ')} }`;
}

export function duplicateKey(collection: string, index: string, key: string): LocalCloudError {
  return new LocalCloudError(
    ErrorCodes.DATABASE_DUPLICATE_WRITE,
    `[DuplicateWrite] E11000 duplicate key error collection: ${collection} index: ${index} dup key: ${key}`,
  );
}

export class Catalog {
  private readonly meta: Database<StoredCollection, Key>;
  private readonly collections = new Map<string, CollectionHandle>();

  constructor(private readonly store: Store) {
    this.meta = store.values<StoredCollection>('meta:collections');
    for (const { value } of this.meta.getRange({})) this.attach(value);
  }

  private attach(stored: StoredCollection): CollectionHandle {
    const handle: CollectionHandle = {
      name: stored.name,
      docs: this.store.documents<Doc>(`c:${stored.name}`),
      indexes: stored.indexes.map((index) => ({
        spec: index.spec,
        multikey: index.multikey,
        db: this.store.keysOnly(`i:${stored.name}:${index.spec.name}`),
        lookups: new IndexLookups(this.store),
      })),
    };
    this.collections.set(stored.name, handle);
    return handle;
  }

  private persist(handle: CollectionHandle, createdAt?: number): void {
    const previous = this.meta.get(handle.name);
    this.meta.putSync(handle.name, {
      name: handle.name,
      createdAt: createdAt ?? previous?.createdAt ?? Date.now(),
      indexes: handle.indexes.map((i) => ({ spec: i.spec, multikey: i.multikey })),
    });
  }

  has(name: string): boolean {
    return this.collections.has(name);
  }

  get(name: string): CollectionHandle {
    const handle = this.collections.get(name);
    if (!handle) throw collectionNotFound(name);
    return handle;
  }

  list(): string[] {
    return [...this.collections.keys()].sort();
  }

  async create(name: string, specs: IndexSpec[] = []): Promise<void> {
    await this.store.write(() => {
      if (this.collections.has(name)) {
        throw new LocalCloudError(
          ErrorCodes.DATABASE_COLLECTION_ALREADY_EXIST,
          `[ResourceInUse] Table exist: ${name}. Please check your request, but if the problem cannot be solved, contact us.`,
        );
      }
      const handle = this.attach({ name, createdAt: Date.now(), indexes: specs.map((spec) => ({ spec, multikey: false })) });
      this.persist(handle);
    });
  }

  async drop(name: string): Promise<void> {
    await this.store.write(() => {
      const handle = this.get(name);
      for (const index of handle.indexes) this.store.dropSync(`i:${name}:${index.spec.name}`);
      this.store.dropSync(`c:${name}`);
      this.meta.removeSync(name);
      this.collections.delete(name);
    });
  }

  /** Creates declared collections, and builds, rebuilds or drops indexes to match the file. */
  async applyDeclarations(declarations: Declarations): Promise<void> {
    for (const [name, specs] of declarations.collections) {
      await this.store.write(() => {
        const handle = this.collections.get(name) ?? this.attach({ name, createdAt: Date.now(), indexes: [] });
        const kept = handle.indexes.filter((index) => specs.some((spec) => sameIndex(spec, index.spec)));
        for (const index of handle.indexes) if (!kept.includes(index)) this.store.dropSync(`i:${name}:${index.spec.name}`);
        handle.indexes = kept;
        for (const spec of specs) {
          if (kept.some((index) => index.spec.name === spec.name)) continue;
          const index: IndexHandle = {
            spec,
            multikey: false,
            db: this.store.keysOnly(`i:${name}:${spec.name}`),
            lookups: new IndexLookups(this.store),
          };
          this.build(handle, index);
          handle.indexes.push(index);
        }
        handle.indexes.sort((a, b) => specs.findIndex((s) => s.name === a.spec.name) - specs.findIndex((s) => s.name === b.spec.name));
        this.persist(handle);
      });
    }
  }

  private build(handle: CollectionHandle, index: IndexHandle): void {
    const seen = new Map<string, DocId>();
    for (const { key, value } of handle.docs.entries()) {
      const id = key as DocId;
      const { keys, multikey } = docIndexKeys(index.spec, value, id);
      if (multikey) index.multikey = true;
      for (const k of keys) {
        if (index.spec.unique) {
          const prefixParts = k.slice(0, -2);
          const prefix = JSON.stringify(prefixParts);
          const other = seen.get(prefix);
          if (other !== undefined && other !== id && this.sameExactKey(index.spec, value, id, handle.docs.get(other), other, prefixParts)) {
            throw new Error(
              `cannot build unique index ${index.spec.name} on ${handle.name}: duplicate key ${describeKey(index.spec, value, id)}`,
            );
          }
          seen.set(prefix, id);
        }
        index.db.putSync(k, EMPTY);
      }
    }
  }

  /** Writes document changes and their index entries; call inside `store.write`. Throws on a unique violation. */
  applyChanges(handle: CollectionHandle, changes: Change[]): void {
    const plans = handle.indexes.map((index) => this.planIndex(handle, index, changes));
    for (const change of changes) {
      if (change.after) handle.docs.putSync(change.id, change.after);
      else if (change.before) handle.docs.removeSync(change.id);
    }
    let metaChanged = false;
    handle.indexes.forEach((index, i) => {
      const plan = plans[i];
      for (const key of plan.removed) {
        index.db.removeSync(key);
        index.lookups.changed(key);
      }
      for (const key of plan.added) {
        index.db.putSync(key, EMPTY);
        index.lookups.changed(key);
      }
      if (plan.multikey && !index.multikey) {
        index.multikey = true;
        metaChanged = true;
      }
    });
    if (metaChanged) this.persist(handle);
  }

  private planIndex(handle: CollectionHandle, index: IndexHandle, changes: Change[]) {
    const added: KeyPart[][] = [];
    const removed: KeyPart[][] = [];
    const removedOwners = new Map<string, Set<DocId>>();
    const addedOwners = new Map<string, DocId>();
    let multikey = false;
    const byId = new Map<DocId, Change>(changes.map((c) => [c.id, c]));
    for (const change of changes) {
      const before = change.before ? docIndexKeys(index.spec, change.before, change.id).keys : [];
      const afterKeys = change.after ? docIndexKeys(index.spec, change.after, change.id) : { keys: [], multikey: false };
      multikey ||= afterKeys.multikey;
      const beforeSet = new Set(before.map((k) => JSON.stringify(k)));
      const afterSet = new Set(afterKeys.keys.map((k) => JSON.stringify(k)));
      for (const k of before) {
        if (afterSet.has(JSON.stringify(k))) continue;
        removed.push(k);
        const prefix = JSON.stringify(k.slice(0, -2));
        const owners = removedOwners.get(prefix) ?? new Set<DocId>();
        owners.add(change.id);
        removedOwners.set(prefix, owners);
      }
      for (const k of afterKeys.keys) if (!beforeSet.has(JSON.stringify(k))) added.push(k);
    }
    if (index.spec.unique) {
      for (const key of added) {
        const id = key[key.length - 1];
        const prefixParts = key.slice(0, -2);
        const prefix = JSON.stringify(prefixParts);
        const change = byId.get(id) as Change;
        const other = addedOwners.get(prefix);
        if (
          other !== undefined &&
          other !== id &&
          this.sameExactKey(index.spec, change.after as Doc, id, byId.get(other)?.after, other, prefixParts)
        ) {
          throw duplicateKey(handle.name, index.spec.name, describeKey(index.spec, change.after, id));
        }
        addedOwners.set(prefix, id);
        for (const existing of index.db.getKeys({ start: prefixParts, end: [...prefixParts, Tag.END] })) {
          const owner = (existing as KeyPart[])[(existing as KeyPart[]).length - 1];
          if (owner === id || removedOwners.get(prefix)?.has(owner)) continue;
          const otherDoc = byId.has(owner) ? byId.get(owner)?.after : handle.docs.get(owner);
          if (this.sameExactKey(index.spec, change.after as Doc, id, otherDoc, owner, prefixParts)) {
            throw duplicateKey(handle.name, index.spec.name, describeKey(index.spec, change.after, id));
          }
        }
      }
    }
    return { added, removed, multikey };
  }

  /** Index keys may be truncated: a prefix clash is a real duplicate only if the full values agree. */
  private sameExactKey(spec: IndexSpec, doc: Doc, id: DocId, other: Doc | undefined, otherId: DocId, prefix: KeyPart[]): boolean {
    if (!other) return false;
    const truncated = prefix.some((part) => typeof part === 'string' && part.length >= 400);
    if (
      !truncated &&
      prefix.every((part, i) => i % 2 === 1 || (part !== Tag.OBJECT && part !== Tag.ARRAY && part !== Tag.BINARY && part !== Tag.REGEX))
    )
      return true;
    const mine = new Set(docIndexKeys(spec, doc, id, true).keys.map((k) => JSON.stringify(k.slice(0, -2))));
    return docIndexKeys(spec, other, otherId, true).keys.some((k) => mine.has(JSON.stringify(k.slice(0, -2))));
  }
}
