import { readFileSync } from 'node:fs';
import { ErrorCodes, LocalCloudError } from '../core/errors';
import { isPlainObject } from './values';
import type { IndexSpec } from './indexkeys';

/**
 * The project's index declaration file — the same one production deployment reads to create
 * CloudBase indexes — also lists the collections that exist:
 * `{ "collections": { "users": { "indexes": [ { "name", "keys": { "openid": 1 }, "unique" } ] } } }`
 */
export interface Declarations {
  collections: Map<string, IndexSpec[]>;
}

const COLLECTION_NAME = /^[A-Za-z0-9_-]{1,64}$/;
const INDEX_NAME = /^[A-Za-z0-9_.-]{1,64}$/;

export function assertCollectionName(name: unknown): string {
  if (typeof name !== 'string' || !COLLECTION_NAME.test(name)) {
    throw new LocalCloudError(
      ErrorCodes.INVALID_PARAM,
      `invalid collection name ${JSON.stringify(name)}: 1-64 letters, digits, '_' or '-'`,
    );
  }
  return name;
}

function parseIndex(collection: string, raw: unknown): IndexSpec {
  const where = `collection ${collection}`;
  if (!isPlainObject(raw) || typeof raw.name !== 'string' || !INDEX_NAME.test(raw.name)) {
    throw new Error(`${where}: every index needs a "name" (letters, digits, _ . -)`);
  }
  if (raw.name === '_id_') throw new Error(`${where}: index name _id_ is reserved`);
  if (!isPlainObject(raw.keys) || Object.keys(raw.keys).length === 0) {
    throw new Error(`${where}, index ${raw.name}: "keys" must map fields to 1 or -1`);
  }
  const fields = Object.entries(raw.keys).map(([path, direction]) => {
    if (direction !== 1 && direction !== -1) throw new Error(`${where}, index ${raw.name}: key ${path} must be 1 or -1`);
    if (path === '' || path.startsWith('$') || path.split('.').some((p) => p === '')) {
      throw new Error(`${where}, index ${raw.name}: invalid key path ${path}`);
    }
    return { path, parts: path.split('.'), direction: direction as 1 | -1 };
  });
  if (raw.unique !== undefined && typeof raw.unique !== 'boolean') throw new Error(`${where}, index ${raw.name}: "unique" must be boolean`);
  return { name: raw.name, fields, unique: raw.unique === true };
}

export function parseDeclarations(raw: unknown): Declarations {
  if (!isPlainObject(raw) || !isPlainObject(raw.collections)) throw new Error('index declarations need a "collections" object');
  const collections = new Map<string, IndexSpec[]>();
  for (const [name, body] of Object.entries(raw.collections)) {
    if (!COLLECTION_NAME.test(name)) throw new Error(`invalid collection name ${name}`);
    const list = isPlainObject(body) && Array.isArray(body.indexes) ? body.indexes : [];
    if (isPlainObject(body) && body.indexes !== undefined && !Array.isArray(body.indexes)) {
      throw new Error(`collection ${name}: "indexes" must be an array`);
    }
    const specs = list.map((index) => parseIndex(name, index));
    const names = new Set<string>();
    for (const spec of specs) {
      if (names.has(spec.name)) throw new Error(`collection ${name}: duplicate index name ${spec.name}`);
      names.add(spec.name);
    }
    collections.set(name, specs);
  }
  return { collections };
}

export function readDeclarations(file: string): Declarations {
  return parseDeclarations(JSON.parse(readFileSync(file, 'utf8')) as unknown);
}

export function sameIndex(a: IndexSpec, b: IndexSpec): boolean {
  return (
    a.name === b.name &&
    a.unique === b.unique &&
    a.fields.length === b.fields.length &&
    a.fields.every((f, i) => f.path === b.fields[i].path && f.direction === b.fields[i].direction)
  );
}
