import { isPlainObject, type Doc, type Value } from './values';

/**
 * What a filter says about single fields, as far as an index can use it: equality (or `$in`)
 * on scalars and ranges on numbers, strings and dates. `exact` is false when the filter says
 * more than the constraints capture (then every candidate is re-checked anyway).
 */
export type Scalar = null | boolean | number | string | Date;
export interface Bound {
  value: number | string | Date;
  inclusive: boolean;
}
export interface FieldConstraint {
  eq?: Scalar[];
  lower?: Bound;
  upper?: Bound;
}
export interface Constraints {
  fields: Map<string, FieldConstraint>;
  exact: boolean;
}

function isScalar(value: Value | undefined): value is Scalar {
  return value === null || typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string' || value instanceof Date;
}

function rangeType(value: Value | undefined): 'number' | 'string' | 'date' | undefined {
  if (typeof value === 'number' && !Number.isNaN(value)) return 'number';
  if (typeof value === 'string') return 'string';
  if (value instanceof Date) return 'date';
  return undefined;
}

function typeOf(bound: Bound | undefined): string | undefined {
  return bound ? rangeType(bound.value) : undefined;
}

function isOperatorObject(value: Value): value is Doc {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => k.startsWith('$'));
}

function fieldConstraint(value: Value): { constraint?: FieldConstraint; exact: boolean } {
  if (isScalar(value)) return { constraint: { eq: [value] }, exact: true };
  if (!isOperatorObject(value)) return { exact: false };
  const constraint: FieldConstraint = {};
  let exact = true;
  for (const [op, operand] of Object.entries(value)) {
    switch (op) {
      case '$eq':
        if (isScalar(operand) && !constraint.eq) constraint.eq = [operand];
        else exact = false;
        break;
      case '$in':
        if (Array.isArray(operand) && operand.every(isScalar) && !constraint.eq) constraint.eq = [...operand] as Scalar[];
        else exact = false;
        break;
      case '$gt':
      case '$gte':
      case '$lt':
      case '$lte': {
        const type = rangeType(operand);
        const bound = { value: operand as number | string | Date, inclusive: op.length === 4 };
        const isLower = op.startsWith('$g');
        const other = isLower ? constraint.upper : constraint.lower;
        if (!type || (other && typeOf(other) !== type) || (isLower ? constraint.lower : constraint.upper)) {
          exact = false;
          break;
        }
        if (isLower) constraint.lower = bound;
        else constraint.upper = bound;
        break;
      }
      default:
        exact = false;
    }
  }
  if (constraint.eq && (constraint.lower || constraint.upper)) {
    delete constraint.lower;
    delete constraint.upper;
    exact = false;
  }
  const useful = constraint.eq || constraint.lower || constraint.upper;
  return { constraint: useful ? constraint : undefined, exact: exact && Boolean(useful) };
}

export function analyzeFilter(filter: Doc): Constraints {
  const result: Constraints = { fields: new Map(), exact: true };
  visitClause(filter, result);
  return result;
}

function visitClause(part: Doc, result: Constraints): void {
  for (const key of Object.keys(part)) {
    const value = part[key];
    if (key === '$and' && Array.isArray(value)) {
      for (const clause of value) {
        if (isPlainObject(clause)) visitClause(clause as Doc, result);
        else result.exact = false;
      }
      continue;
    }
    if (key.startsWith('$')) {
      result.exact = false;
      continue;
    }
    const { constraint, exact } = fieldConstraint(value);
    if (!exact) result.exact = false;
    if (!constraint) continue;
    if (result.fields.has(key)) {
      result.exact = false;
      continue;
    }
    result.fields.set(key, constraint);
  }
}
