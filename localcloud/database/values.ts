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

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function isDoc(value: unknown): value is Doc {
  return isPlainObject(value);
}
