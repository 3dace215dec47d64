import { update as mingoUpdate } from 'mingo';
import { ErrorCodes, LocalCloudError } from '../core/errors';
import { translateMingoError } from './engine';
import { refuseUnsafeOperators } from './guard';
import { getPlain } from './paths';
import { OPAQUE, cloneValue, isPlainObject, type Doc, type Value } from './values';

/**
 * Update operators run by mingo, with MongoDB's checks that mingo skips (it silently ignores
 * `$inc` on a string, `$push` on a non-array, or a path through a scalar) done first.
 */
const UPDATE_OPERATORS = new Set([
  '$set',
  '$unset',
  '$inc',
  '$mul',
  '$push',
  '$pop',
  '$pull',
  '$pullAll',
  '$addToSet',
  '$rename',
  '$min',
  '$max',
  '$currentDate',
  '$setOnInsert',
  '$bit',
]);
const NUMERIC = new Set(['$inc', '$mul']);
const ARRAY_OPS = new Set(['$push', '$pop', '$pull', '$pullAll', '$addToSet']);

function fail(message: string): LocalCloudError {
  return new LocalCloudError(ErrorCodes.DATABASE_REQUEST_FAILED, `[FailedOperation] ${message}`);
}

export function isOperatorUpdate(update: Doc): boolean {
  const keys = Object.keys(update);
  return keys.length > 0 && keys.every((k) => k.startsWith('$'));
}

function typeName(value: Value | undefined): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  return typeof value === 'object' ? 'object' : typeof value;
}

/** Field names MongoDB refuses in stored documents; '.' is refused too (stricter than 5.0+). */
export function assertStorableFields(value: Value, top = true, depth = 0): void {
  if (depth > 100) throw fail('document is nested too deeply');
  if (Array.isArray(value)) {
    for (const item of value) assertStorableFields(item, false, depth + 1);
    return;
  }
  if (!isPlainObject(value)) return;
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === OPAQUE) return;
  for (const key of keys) {
    if (key.startsWith('$')) throw new LocalCloudError(ErrorCodes.INVALID_PARAM, `field name ${key} must not start with '$'`);
    if (key.includes('.')) throw new LocalCloudError(ErrorCodes.INVALID_PARAM, `field name ${key} must not contain '.'`);
    if (key === '') throw new LocalCloudError(ErrorCodes.INVALID_PARAM, 'empty field names are not allowed');
    if (top && key === '_id' && (Array.isArray(value._id) || value._id instanceof RegExp)) {
      throw new LocalCloudError(ErrorCodes.INVALID_PARAM, '_id must not be an array or a regular expression');
    }
    assertStorableFields((value as Doc)[key], false, depth + 1);
  }
}

function precheck(doc: Doc, update: Doc): void {
  for (const [op, fields] of Object.entries(update)) {
    if (!UPDATE_OPERATORS.has(op)) {
      throw new LocalCloudError(ErrorCodes.DATABASE_INVALID_OPERRATOR, `[FailedOperation] Unknown modifier: ${op}`);
    }
    if (!isPlainObject(fields)) throw fail(`Modifiers operate on fields but we found type ${typeName(fields as Value)} instead`);
    for (const [path, operand] of Object.entries(fields as Doc)) {
      const parts = path.split('.');
      if (parts[0] === '_id' || (op === '$rename' && operand === '_id')) {
        throw fail("Performing an update on the path '_id' would modify the immutable field '_id'");
      }
      if (parts.some((p) => p === '' || p.startsWith('$'))) throw fail(`invalid update path '${path}'`);
      const { value, blockedAt } = getPlain(doc, parts);
      if (blockedAt !== undefined && op !== '$unset' && op !== '$pull' && op !== '$pullAll' && op !== '$pop') {
        const at = parts.slice(0, blockedAt).join('.');
        throw fail(
          `Cannot create field '${parts[blockedAt]}' in element {${at}: ${JSON.stringify(getPlain(doc, parts.slice(0, blockedAt)).value)}}`,
        );
      }
      if (NUMERIC.has(op)) {
        if (typeof operand !== 'number')
          throw fail(`Cannot ${op === '$inc' ? 'increment' : 'multiply'} with non-numeric argument: {${path}: ${JSON.stringify(operand)}}`);
        if (value !== undefined && typeof value !== 'number') {
          throw fail(
            `Cannot apply ${op} to a value of non-numeric type. {_id: ${JSON.stringify(doc._id)}} has the field '${path}' of non-numeric type ${typeName(value)}`,
          );
        }
      }
      if (ARRAY_OPS.has(op) && value !== undefined && !Array.isArray(value)) {
        throw fail(`The field '${path}' must be an array but is of type ${typeName(value)} in document {_id: ${JSON.stringify(doc._id)}}`);
      }
      if (op === '$rename' && (typeof operand !== 'string' || operand === '' || operand.startsWith('$')))
        throw fail(`The 'to' field for $rename must be a string: ${path}: ${JSON.stringify(operand)}`);
    }
  }
}

function dedupe(values: Value[]): Value[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = JSON.stringify(value, (_k, v: unknown) => (v instanceof Date ? { $date: v.getTime() } : v));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Adjusts operators whose mingo behaviour differs from MongoDB's, and pins the clock. */
function normalize(update: Doc, now: Date): Doc {
  const out: Doc = { ...update };
  const addToSet = update.$addToSet;
  if (isPlainObject(addToSet)) {
    const fixed: Doc = {};
    for (const [path, operand] of Object.entries(addToSet as Doc)) {
      fixed[path] = isPlainObject(operand) && Array.isArray(operand.$each) ? { ...operand, $each: dedupe(operand.$each) } : operand;
    }
    out.$addToSet = fixed;
  }
  const currentDate = update.$currentDate;
  if (isPlainObject(currentDate)) {
    const set: Doc = { ...(isPlainObject(out.$set) ? (out.$set as Doc) : {}) };
    for (const path of Object.keys(currentDate)) set[path] = new Date(now.getTime());
    out.$set = set;
    delete out.$currentDate;
  }
  delete out.$setOnInsert;
  return out;
}

/** Applies an operator update to a copy of `doc`; `changed` is false when nothing changed. */
export function applyUpdate(doc: Doc, update: Doc, now: Date, inserting = false): { doc: Doc; changed: boolean } {
  refuseUnsafeOperators(update);
  if (!isOperatorUpdate(update)) throw new LocalCloudError(ErrorCodes.INVALID_PARAM, 'update must consist of update operators');
  precheck(doc, update);
  const copy = cloneValue(doc);
  const normalized = normalize(update, now);
  if (inserting && isPlainObject(update.$setOnInsert))
    normalized.$set = { ...((normalized.$set as Doc) ?? {}), ...(update.$setOnInsert as Doc) };
  let changedPaths: string[];
  try {
    changedPaths =
      Object.keys(normalized).length === 0
        ? []
        : mingoUpdate(copy, normalized as Parameters<typeof mingoUpdate>[1], [], undefined, { cloneMode: 'deep' });
  } catch (error) {
    throw translateMingoError(error);
  }
  assertStorableFields(copy);
  return { doc: copy, changed: changedPaths.length > 0 };
}
