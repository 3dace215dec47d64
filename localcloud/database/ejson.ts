import { ErrorCodes, LocalCloudError } from '../core/errors';
import { OPAQUE, isPlainObject, type Doc, type Value } from './values';

/**
 * Converts the SDK's EJSON (canonical, from `bson`'s `EJSON.stringify`) to stored values and
 * back. Hand-written rather than `bson`'s EJSON so that documents stay plain objects (fast to
 * store and match) and so that code-carrying types can be refused.
 */
export type DecodeMode = 'data' | 'query';

const OPAQUE_TYPES = new Set([
  '$oid',
  '$binary',
  '$numberDecimal',
  '$uuid',
  '$timestamp',
  '$minKey',
  '$maxKey',
  '$symbol',
  '$dbPointer',
  '$undefined',
]);
const REFUSED_TYPES = new Set(['$code', '$scope']);

function bad(message: string): LocalCloudError {
  return new LocalCloudError(ErrorCodes.INVALID_PARAM, message);
}

function parseNumberString(text: unknown, type: string): number {
  if (typeof text !== 'string') throw bad(`invalid EJSON ${type}`);
  if (text === 'NaN') return NaN;
  if (text === 'Infinity') return Infinity;
  if (text === '-Infinity') return -Infinity;
  const n = Number(text);
  if (text.trim() === '' || Number.isNaN(n)) throw bad(`invalid EJSON ${type}: ${text}`);
  return n;
}

function decodeDate(raw: unknown): Date {
  let ms: number;
  if (typeof raw === 'string') ms = Date.parse(raw);
  else if (typeof raw === 'number') ms = raw;
  else if (isPlainObject(raw) && typeof raw.$numberLong === 'string') ms = Number(raw.$numberLong);
  else throw bad('invalid EJSON $date');
  if (!Number.isFinite(ms)) throw bad('invalid EJSON $date');
  return new Date(ms);
}

function decodeServerDate(raw: unknown, now: Date): Date {
  const offset = isPlainObject(raw) ? raw.offset : undefined;
  const extra = typeof offset === 'number' ? offset : isPlainObject(offset) ? Number(decodeSpecial(offset, 'data', now) ?? 0) : 0;
  return new Date(now.getTime() + (Number.isFinite(extra) ? extra : 0));
}

function decodeRegExp(raw: unknown): RegExp {
  if (!isPlainObject(raw) || typeof raw.pattern !== 'string') throw bad('invalid EJSON $regularExpression');
  const options = typeof raw.options === 'string' ? raw.options : '';
  if (!/^[imsux]*$/.test(options)) throw bad(`invalid regular expression options: ${options}`);
  if (options.includes('x')) throw bad("regular expression option 'x' is not supported locally");
  try {
    return new RegExp(raw.pattern, options.replace('x', ''));
  } catch {
    throw bad(`invalid regular expression: ${raw.pattern}`);
  }
}

/** Returns the decoded value when `obj` is a one-key EJSON wrapper, else undefined. */
function decodeSpecial(obj: Record<string, unknown>, mode: DecodeMode, now: Date): Value | undefined {
  const keys = Object.keys(obj);
  if (keys.length === 0 || keys.length > 2) return undefined;
  const key = keys[0];
  if (keys.length === 2) {
    if (REFUSED_TYPES.has(key) || REFUSED_TYPES.has(keys[1])) throw bad('EJSON $code is not accepted');
    return undefined;
  }
  switch (key) {
    case '$date':
      return decodeDate(obj.$date);
    case '$numberInt':
    case '$numberDouble':
      return parseNumberString(obj[key], key);
    case '$numberLong': {
      const n = parseNumberString(obj.$numberLong, key);
      return Number.isSafeInteger(n) ? n : { [OPAQUE]: { $numberLong: String(obj.$numberLong) } };
    }
    case '$regularExpression':
      return mode === 'query' ? decodeRegExp(obj.$regularExpression) : { [OPAQUE]: { $regularExpression: obj.$regularExpression } as Doc };
    case '$tcb_server_date':
      return decodeServerDate(obj.$tcb_server_date, now);
    default:
      if (REFUSED_TYPES.has(key)) throw bad('EJSON $code is not accepted');
      if (OPAQUE_TYPES.has(key)) return { [OPAQUE]: obj as Doc };
      return undefined;
  }
}

export function decodeValue(raw: unknown, mode: DecodeMode, now: Date, depth = 0): Value {
  if (depth > 100) throw bad('document is nested too deeply');
  if (raw === null || typeof raw === 'string' || typeof raw === 'boolean') return raw;
  if (typeof raw === 'number') return raw;
  if (Array.isArray(raw)) return raw.map((item) => decodeValue(item, mode, now, depth + 1));
  if (isPlainObject(raw)) {
    const special = decodeSpecial(raw, mode, now);
    if (special !== undefined) return special;
    const out: Doc = {};
    for (const key of Object.keys(raw)) {
      if (key === OPAQUE) throw bad(`field name ${OPAQUE} is reserved`);
      out[key] = decodeValue(raw[key], mode, now, depth + 1);
    }
    return out;
  }
  throw bad('unsupported value in EJSON');
}

/** Parses an EJSON string the SDK sent; malformed text is a clean INVALID_PARAM error. */
export function parseEjson(text: unknown, mode: DecodeMode, now: Date, what: string): Value {
  if (typeof text !== 'string') throw bad(`${what} must be an EJSON string`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw bad(`${what} is not valid EJSON`);
  }
  return decodeValue(raw, mode, now);
}

export function parseEjsonObject(text: unknown, mode: DecodeMode, now: Date, what: string): Doc {
  const value = parseEjson(text, mode, now, what);
  if (!isPlainObject(value)) throw bad(`${what} must be an object`);
  return value as Doc;
}

/** Stored value → relaxed EJSON value (what the SDK's `EJSON.parse` reads back). */
export function encodeValue(value: Value): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    return { $numberDouble: Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity' };
  }
  if (value instanceof Date) return { $date: { $numberLong: String(value.getTime()) } };
  if (value instanceof RegExp) return { $regularExpression: { pattern: value.source, options: value.flags } };
  if (Array.isArray(value)) return value.map(encodeValue);
  const opaque = value[OPAQUE];
  if (opaque !== undefined && Object.keys(value).length === 1) return opaque;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = encodeValue(value[key]);
  return out;
}

/** Stored documents are shared and deeply frozen (store/cache.ts): their text is made once. */
const frozenTexts = new WeakMap<object, string>();

export function stringifyEjson(value: Value): string {
  if (value === null || typeof value !== 'object' || !Object.isFrozen(value)) return JSON.stringify(encodeValue(value));
  let text = frozenTexts.get(value);
  if (text === undefined) {
    text = JSON.stringify(encodeValue(value));
    frozenTexts.set(value, text);
  }
  return text;
}
