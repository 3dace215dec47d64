import { isPlainObject, type Value } from './values';

/**
 * The values a dotted path reaches in a document, MongoDB style: arrays met on the way are
 * traversed element by element (and a numeric part may also index into them); a path that
 * reaches nothing yields `undefined`. Leaf arrays are returned whole; callers expand them.
 */
export function valuesAtPath(doc: Value, parts: readonly string[]): Array<Value | undefined> {
  const out: Array<Value | undefined> = [];
  collect(doc, parts, 0, out);
  return out;
}

function collect(value: Value | undefined, parts: readonly string[], i: number, out: Array<Value | undefined>): void {
  if (i === parts.length) {
    out.push(value);
    return;
  }
  if (Array.isArray(value)) {
    const part = parts[i];
    if (/^\d+$/.test(part)) {
      collect(value[Number(part)], parts, i + 1, out);
      return;
    }
    let reached = false;
    for (const element of value) {
      if (isPlainObject(element) || Array.isArray(element)) {
        reached = true;
        collect(element, parts, i, out);
      }
    }
    if (!reached) out.push(undefined);
    return;
  }
  if (isPlainObject(value) && !(value instanceof Date)) {
    collect((value as Record<string, Value>)[parts[i]], parts, i + 1, out);
    return;
  }
  out.push(undefined);
}

/** The single value at a path without array traversal (for update pre-checks). */
export function getPlain(doc: Value, parts: readonly string[]): { value: Value | undefined; blockedAt?: number } {
  let current: Value | undefined = doc;
  for (let i = 0; i < parts.length; i++) {
    if (current === undefined) return { value: undefined };
    if (Array.isArray(current)) {
      if (!/^\d+$/.test(parts[i])) return { value: undefined, blockedAt: i };
      current = current[Number(parts[i])];
    } else if (isPlainObject(current)) {
      current = (current as Record<string, Value>)[parts[i]];
    } else {
      return { value: undefined, blockedAt: i };
    }
  }
  return { value: current };
}
