import { ErrorCodes, LocalCloudError } from '../core/errors';
import { parseEjson, parseEjsonObject } from './ejson';
import type { SortSpec } from './planner';
import { isPlainObject, type Doc } from './values';

/** Reading and checking the fields of the SDK's database requests. */
export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

function bad(message: string): LocalCloudError {
  return new LocalCloudError(ErrorCodes.INVALID_PARAM, message);
}

export function str(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (typeof value !== 'string' || value === '') throw bad(`${field} is required`);
  return value;
}

export function optionalFilter(body: Record<string, unknown>, now: Date): Doc {
  if (body.query === undefined || body.query === null || body.query === '') return {};
  return parseEjsonObject(body.query, 'query', now, 'query');
}

export function intParam(body: Record<string, unknown>, field: string, fallback: number): number {
  const value = body[field];
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw bad(`${field} must be a non-negative integer`);
  return value;
}

export function limitParam(body: Record<string, unknown>): number {
  const limit = intParam(body, 'limit', DEFAULT_LIMIT);
  return limit === 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
}

export function orderParam(body: Record<string, unknown>, now: Date): SortSpec {
  if (body.order === undefined || body.order === null || body.order === '') return [];
  const raw = typeof body.order === 'string' ? parseEjson(body.order, 'data', now, 'order') : null;
  const spec: SortSpec = [];
  const push = (field: unknown, direction: unknown): void => {
    const dir = direction === 'desc' || direction === -1 ? -1 : direction === 'asc' || direction === 1 ? 1 : 0;
    if (typeof field !== 'string' || field === '' || dir === 0) throw bad('order must map field names to 1/-1 or asc/desc');
    spec.push([field, dir]);
  };
  if (Array.isArray(raw)) {
    for (const item of raw) {
      if (!isPlainObject(item)) throw bad('invalid order');
      push(item.field, item.direction);
    }
  } else if (isPlainObject(raw)) {
    for (const [field, direction] of Object.entries(raw)) push(field, direction);
  } else {
    throw bad('invalid order');
  }
  return spec;
}

export function projectionParam(body: Record<string, unknown>, now: Date): Doc | undefined {
  if (body.projection === undefined || body.projection === null || body.projection === '') return undefined;
  return parseEjsonObject(body.projection, 'data', now, 'projection');
}

/** The `_id` of a `queryType: 'DOC'` request. */
export function docIdOf(filter: Doc): string | number {
  const id = filter._id;
  if (Object.keys(filter).length !== 1 || (typeof id !== 'string' && typeof id !== 'number')) {
    throw bad('a document request needs a query of the form {_id: <id>}');
  }
  return id;
}
