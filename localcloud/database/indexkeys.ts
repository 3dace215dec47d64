import { ErrorCodes, LocalCloudError } from '../core/errors';
import { valuesAtPath } from './paths';
import { OPAQUE, isPlainObject, type Doc, type Value } from './values';

/**
 * Index keys are flat arrays for LMDB's ordered-binary encoding:
 * `[tag1, v1, tag2, v2, ..., ID_TAG, _id]`. The tag orders values by BSON type the way MongoDB
 * sorts them (null < numbers < strings < objects < arrays < binary < ObjectId < booleans <
 * dates < regexes); the value part orders within a type.
 */
export type KeyPart = string | number;
export type DocId = string | number;

export const Tag = {
  NULL: 10,
  NAN: 19,
  NUMBER: 20,
  STRING: 30,
  OBJECT: 40,
  ARRAY: 50,
  BINARY: 60,
  OBJECT_ID: 70,
  BOOLEAN: 80,
  DATE: 90,
  REGEX: 110,
  ID: 200,
  END: 255,
} as const;

/** Strings are cut to this length in index keys (LMDB keys are at most ~2 KB). */
export const MAX_INDEXED_STRING = 400;

export interface IndexSpec {
  name: string;
  fields: Array<{ path: string; parts: string[]; direction: 1 | -1 }>;
  unique: boolean;
}

function stable(value: Value): string {
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof Date ? { $date: v.getTime() } : v));
}

/** The [tag, value] pair of one scalar; `truncated` tells that the key is not exact. */
export function encodeScalar(value: Value | undefined, exact = false): { pair: [number, KeyPart]; truncated: boolean } {
  const limit = exact ? Infinity : MAX_INDEXED_STRING;
  if (value === undefined || value === null) return { pair: [Tag.NULL, 0], truncated: false };
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return { pair: [Tag.NAN, 0], truncated: false };
    return { pair: [Tag.NUMBER, value === 0 ? 0 : value], truncated: false };
  }
  if (typeof value === 'string') {
    if (value.length > limit) return { pair: [Tag.STRING, value.slice(0, MAX_INDEXED_STRING)], truncated: true };
    return { pair: [Tag.STRING, value], truncated: false };
  }
  if (typeof value === 'boolean') return { pair: [Tag.BOOLEAN, value ? 1 : 0], truncated: false };
  if (value instanceof Date) return { pair: [Tag.DATE, value.getTime()], truncated: false };
  if (value instanceof RegExp) return { pair: [Tag.REGEX, `${value.source}/${value.flags}`.slice(0, limit)], truncated: true };
  const text = stable(value).slice(0, limit);
  if (Array.isArray(value)) return { pair: [Tag.ARRAY, text], truncated: true };
  const opaque = (value as Doc)[OPAQUE];
  if (isPlainObject(opaque) && typeof opaque.$oid === 'string') return { pair: [Tag.OBJECT_ID, opaque.$oid], truncated: false };
  if (opaque !== undefined) return { pair: [Tag.BINARY, text], truncated: true };
  return { pair: [Tag.OBJECT, text], truncated: true };
}

/** The values one field contributes: array leaves expand into their elements (multikey). */
function fieldValues(doc: Doc, parts: string[]): { values: Array<Value | undefined>; fromArray: boolean } {
  const reached = valuesAtPath(doc, parts);
  const values: Array<Value | undefined> = [];
  let fromArray = reached.length > 1;
  for (const value of reached) {
    if (Array.isArray(value)) {
      fromArray = true;
      if (value.length === 0) values.push(undefined);
      else values.push(...value);
    } else {
      values.push(value);
    }
  }
  return { values, fromArray };
}

export interface DocKeys {
  /** Every index key of the document, `_id` included, deduplicated. */
  keys: KeyPart[][];
  multikey: boolean;
}

export function docIndexKeys(spec: IndexSpec, doc: Doc, id: DocId, exact = false): DocKeys {
  const perField = spec.fields.map((field) => fieldValues(doc, field.parts));
  const arrayFields = spec.fields.filter((_f, i) => perField[i].fromArray);
  if (arrayFields.length > 1) {
    throw new LocalCloudError(
      ErrorCodes.DATABASE_REQUEST_FAILED,
      `cannot index parallel arrays [${arrayFields[0].path}] [${arrayFields[1].path}] (index ${spec.name})`,
    );
  }
  let prefixes: KeyPart[][] = [[]];
  for (const { values } of perField) {
    const next: KeyPart[][] = [];
    const seen = new Set<string>();
    for (const value of values) {
      const { pair } = encodeScalar(value, exact);
      const tag = `${pair[0]}:${typeof pair[1]}:${pair[1]}`;
      if (seen.has(tag)) continue;
      seen.add(tag);
      for (const prefix of prefixes) next.push([...prefix, pair[0], pair[1]]);
    }
    prefixes = next;
  }
  return { keys: prefixes.map((prefix) => [...prefix, Tag.ID, id]), multikey: arrayFields.length > 0 };
}

/** Compares key parts in LMDB's order: numbers before strings, strings by UTF-8 bytes. */
export function compareParts(a: KeyPart, b: KeyPart): number {
  if (typeof a === 'number') {
    if (typeof b !== 'number') return -1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (typeof b === 'number') return 1;
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ca = a.codePointAt(i) as number;
    const cb = b.codePointAt(i) as number;
    if (ca !== cb) return ca < cb ? -1 : 1;
    if (ca > 0xffff) i++;
  }
  return a.length - b.length;
}

export function compareKeys(a: readonly KeyPart[], b: readonly KeyPart[], from = 0): number {
  const n = Math.min(a.length, b.length);
  for (let i = from; i < n; i++) {
    const c = compareParts(a[i], b[i]);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}
