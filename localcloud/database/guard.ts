import { ErrorCodes, LocalCloudError } from '../core/errors';
import { isPlainObject } from './values';

/** Operators that would run caller-supplied code in the server. */
const CODE_OPERATORS = new Set(['$where', '$function', '$accumulator']);
/** Geo operators and stages: not supported locally, refused rather than answered wrongly. */
const GEO_OPERATORS = new Set([
  '$near',
  '$nearSphere',
  '$geoWithin',
  '$geoIntersects',
  '$geoNear',
  '$within',
  '$box',
  '$center',
  '$centerSphere',
  '$polygon',
  '$geometry',
]);

/** Throws when any key anywhere in `value` is a code-executing or geo operator. */
export function refuseUnsafeOperators(value: unknown, depth = 0): void {
  if (depth > 100) throw new LocalCloudError(ErrorCodes.INVALID_PARAM, 'query is nested too deeply');
  if (Array.isArray(value)) {
    for (const item of value) refuseUnsafeOperators(item, depth + 1);
    return;
  }
  if (!isPlainObject(value)) return;
  for (const key of Object.keys(value)) {
    if (CODE_OPERATORS.has(key)) {
      throw new LocalCloudError(ErrorCodes.DATABASE_INVALID_OPERRATOR, `operator ${key} executes code and is not allowed`);
    }
    if (GEO_OPERATORS.has(key)) {
      throw new LocalCloudError(ErrorCodes.DATABASE_INVALID_OPERRATOR, `geo operator ${key} is not supported locally`);
    }
    refuseUnsafeOperators(value[key], depth + 1);
  }
}
