/** The in-memory shape of stored documents: JSON plus Dates, with other BSON types kept opaque. */
export type Value = null | boolean | number | string | Date | RegExp | Value[] | Doc;
export interface Doc {
  [field: string]: Value;
}

/**
 * BSON types without a JS counterpart (ObjectId, Decimal128, Binary, ...) are stored as
 * `{ [OPAQUE]: <canonical EJSON> }`: equality still works in mingo, and the key cannot collide
 * with an operator because it does not start with `$`.
 */
export const OPAQUE = '__ejson__';

/** Realm-independent (objects may come from another VM context, e.g. under Jest). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || (Object.getPrototypeOf(proto) === null && Object.prototype.toString.call(value) === '[object Object]');
}

/** A deep copy of a stored value (structuredClone would build it in Node's own realm under Jest). */
export function cloneValue<T extends Value>(value: T): T {
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (value instanceof RegExp) return new RegExp(value.source, value.flags) as T;
  if (Array.isArray(value)) return value.map((item) => cloneValue(item)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Doc = {};
    for (const key of Object.keys(value)) out[key] = cloneValue((value as Doc)[key]);
    return out as T;
  }
  return value;
}

export function isDoc(value: unknown): value is Doc {
  return isPlainObject(value);
}
