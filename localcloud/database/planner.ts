import type { CollectionHandle, IndexHandle } from './catalog';
import { analyzeFilter, type Bound, type Constraints, type FieldConstraint } from './constraints';
import { MAX_INDEXED_STRING, Tag, compareKeys, encodeScalar, type DocId, type KeyPart } from './indexkeys';
import { MAX_LOOKUP_IDS } from './lookups';
import type { Doc } from './values';

/**
 * Chooses how to find candidate documents: by `_id`, through one declared index (equality
 * prefix, then a range or the sort order on the next key), or by scanning the collection.
 * Candidates are always re-checked against the whole filter by mingo, so a plan only has to
 * never miss a matching document.
 */
export type SortSpec = Array<[string, 1 | -1]>;

export type Plan =
  | { kind: 'ids'; ids: DocId[]; exact: boolean; ordered: boolean }
  | { kind: 'scan'; reverse: boolean; ordered: boolean }
  | {
      kind: 'index';
      index: IndexHandle;
      /** Encoded equality prefixes (one per combination of `$in` values). */
      prefixes: KeyPart[][];
      lower?: Bound;
      upper?: Bound;
      ordered: boolean;
      reverse: boolean;
      /** The filter is exactly the index bounds, so entries can be counted without loading documents. */
      countable: boolean;
    };

const MAX_PREFIXES = 2000;

function encodeBound(bound: Bound): [number, KeyPart] {
  return encodeScalar(bound.value).pair;
}

function idPlan(constraint: FieldConstraint | undefined, constraints: Constraints, sort: SortSpec): Plan | undefined {
  if (!constraint?.eq) return undefined;
  const ids = [...new Set(constraint.eq.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number'))];
  const ordered = sort.length === 0 || (sort.length === 1 && sort[0][0] === '_id' && sort[0][1] === 1);
  if (ordered) ids.sort((a, b) => compareKeys([a], [b]));
  return { kind: 'ids', ids, exact: constraints.exact && constraints.fields.size === 1 && ids.length === constraint.eq.length, ordered };
}

interface Candidate {
  plan: Extract<Plan, { kind: 'index' }>;
  score: number;
}

function indexCandidate(index: IndexHandle, constraints: Constraints, sort: SortSpec): Candidate | undefined {
  const fields = index.spec.fields;
  let eqCount = 0;
  let prefixes: KeyPart[][] = [[]];
  let constantPrefix = true;
  let truncatedEq = false;
  while (eqCount < fields.length) {
    const constraint = constraints.fields.get(fields[eqCount].path);
    if (!constraint?.eq) break;
    const values = [...new Map(constraint.eq.map((v) => [JSON.stringify(encodeScalar(v).pair), v])).values()];
    if (values.length === 0 || prefixes.length * values.length > MAX_PREFIXES) break;
    if (values.length > 1) constantPrefix = false;
    const next: KeyPart[][] = [];
    for (const prefix of prefixes) {
      for (const value of values) {
        const { pair } = encodeScalar(value);
        if (typeof value === 'string' && value.length >= MAX_INDEXED_STRING) truncatedEq = true;
        next.push([...prefix, pair[0], pair[1]]);
      }
    }
    prefixes = next;
    eqCount++;
  }
  const rangeField = fields[eqCount];
  const range = rangeField ? constraints.fields.get(rangeField.path) : undefined;
  const hasRange = Boolean(range && !range.eq && (range.lower || range.upper));
  const rangeTruncated = [range?.lower, range?.upper].some((b) => typeof b?.value === 'string' && b.value.length >= MAX_INDEXED_STRING);
  // On a multikey index two elements of one array may meet the two bounds ({$gt: 5, $lt: 10}
  // matches [1, 20]): only the lower bound limits the scan, mingo checks the upper one.
  const lower = hasRange ? range?.lower : undefined;
  const upper = hasRange && !(index.multikey && lower) ? range?.upper : undefined;

  // The sort can stream from the index when its fields follow the equality prefix in order.
  const remaining = sort.filter(([path]) => {
    const at = fields.findIndex((f) => f.path === path);
    return !(at >= 0 && at < eqCount && constantPrefix);
  });
  let ordered = remaining.length === 0;
  let reverse = false;
  if (remaining.length > 0) {
    const dir = remaining[0][1];
    ordered = remaining.every(([path, d], i) => fields[eqCount + i]?.path === path && d === dir);
    reverse = dir === -1;
  }
  const usedFields = eqCount + (hasRange ? 1 : 0);
  const countable =
    constraints.exact &&
    !index.multikey &&
    !truncatedEq &&
    !rangeTruncated &&
    constraints.fields.size === usedFields &&
    [...constraints.fields.keys()].every((path) => fields.slice(0, usedFields).some((f) => f.path === path));
  const score =
    eqCount * 4 + (hasRange ? 2 : 0) + (ordered && remaining.length > 0 ? 1 : 0) + (index.spec.unique && eqCount === fields.length ? 1 : 0);
  if (eqCount === 0 && !hasRange && !(ordered && remaining.length > 0)) return undefined;
  return {
    score,
    plan: {
      kind: 'index',
      index,
      prefixes,
      lower,
      upper,
      ordered: ordered || sort.length === 0,
      reverse,
      countable,
    },
  };
}

export function choosePlan(collection: CollectionHandle, filter: Doc, sort: SortSpec): Plan {
  const constraints = analyzeFilter(filter);
  const byId = idPlan(constraints.fields.get('_id'), constraints, sort);
  if (byId) return byId;
  let best: Candidate | undefined;
  for (const index of collection.indexes) {
    const candidate = indexCandidate(index, constraints, sort);
    if (candidate && (!best || candidate.score > best.score)) best = candidate;
  }
  if (best) return best.plan;
  const byIdOrder = sort.length === 1 && sort[0][0] === '_id';
  return { kind: 'scan', reverse: byIdOrder && sort[0][1] === -1, ordered: sort.length === 0 || byIdOrder };
}

/** The key ranges an index plan reads, one per equality prefix. */
export function indexRanges(plan: Extract<Plan, { kind: 'index' }>): Array<{ start: KeyPart[]; end: KeyPart[] }> {
  return plan.prefixes.map((prefix) => {
    let start: KeyPart[] = prefix;
    let end: KeyPart[] = [...prefix, Tag.END];
    if (plan.lower || plan.upper) {
      const tag = encodeBound((plan.lower ?? plan.upper) as Bound)[0];
      start = [...prefix, tag];
      end = [...prefix, tag + 1];
      if (plan.lower) {
        const [, v] = encodeBound(plan.lower);
        start = plan.lower.inclusive ? [...prefix, tag, v] : [...prefix, tag, v, Tag.END];
      }
      if (plan.upper) {
        const [, v] = encodeBound(plan.upper);
        end = plan.upper.inclusive ? [...prefix, tag, v, Tag.END] : [...prefix, tag, v];
      }
    }
    return { start, end };
  });
}

type KeyIterator = Iterator<KeyPart[]>;

function openRange(plan: Extract<Plan, { kind: 'index' }>, start: KeyPart[], end: KeyPart[], limit?: number): KeyIterator {
  const options = plan.reverse ? { start: end, end: start, reverse: true, snapshot: false, limit } : { start, end, snapshot: false, limit };
  return plan.index.db.getKeys(options)[Symbol.iterator]() as KeyIterator;
}

/**
 * Calls `visit` with candidate ids in plan order (deduplicated; ordered plans give them in sort
 * order) until it returns false. `limit` may cap the index entries read when every entry is a
 * distinct answer. Index cursors are always closed, so lmdb can reuse them.
 */
export function forEachCandidate(collection: CollectionHandle, plan: Plan, visit: (id: DocId) => boolean, limit?: number): void {
  if (plan.kind === 'ids') {
    for (const id of plan.ids) if (!visit(id)) return;
    return;
  }
  if (plan.kind === 'scan') {
    for (const key of collection.docs.getKeys({ reverse: plan.reverse })) if (!visit(key as DocId)) return;
    return;
  }
  if (isPointLookup(plan)) {
    visitLookup(plan, visit);
    return;
  }
  const ranges = indexRanges(plan);
  // Duplicates come only from several entries of one document: multikey indexes or several ranges.
  const seen = plan.index.multikey || ranges.length > 1 ? new Set<DocId>() : undefined;
  if (ranges.length === 1) {
    const iterator = openRange(plan, ranges[0].start, ranges[0].end, seen ? undefined : limit);
    try {
      for (let r = iterator.next(); !r.done; r = iterator.next()) if (!emitOnce(r.value, seen, visit)) return;
    } finally {
      iterator.return?.();
    }
    return;
  }
  const iterators = ranges.map(({ start, end }) => openRange(plan, start, end));
  try {
    if (!plan.ordered) {
      for (const iterator of iterators) {
        for (let r = iterator.next(); !r.done; r = iterator.next()) if (!emitOnce(r.value, seen, visit)) return;
      }
      return;
    }
    mergeRanges(iterators, plan.prefixes[0].length, plan.reverse ? -1 : 1, seen, visit);
  } finally {
    for (const iterator of iterators) iterator.return?.();
  }
}

/** Every field of the index fixed by one equality: the ids under one exact prefix, each once. */
function isPointLookup(plan: Extract<Plan, { kind: 'index' }>): boolean {
  return plan.prefixes.length === 1 && !plan.lower && !plan.upper && plan.prefixes[0].length === plan.index.spec.fields.length * 2;
}

function visitLookup(plan: Extract<Plan, { kind: 'index' }>, visit: (id: DocId) => boolean): void {
  const lookups = plan.index.lookups;
  const key = lookups.keyOf(plan.prefixes[0]);
  const cached = lookups.get(key);
  if (cached) {
    if (plan.reverse) {
      for (let i = cached.length - 1; i >= 0; i--) if (!visit(cached[i])) return;
    } else {
      for (const id of cached) if (!visit(id)) return;
    }
    return;
  }
  // Read through the cursor; after the caller has enough, read on only to learn whether the
  // whole prefix is small enough to keep.
  const [{ start, end }] = indexRanges(plan);
  const iterator = openRange(plan, start, end);
  const ids: DocId[] = [];
  let visiting = true;
  try {
    for (let r = iterator.next(); !r.done; r = iterator.next()) {
      const id = r.value[r.value.length - 1];
      if (ids.length <= MAX_LOOKUP_IDS) ids.push(id);
      if (visiting && !visit(id)) visiting = false;
      if (!visiting && ids.length > MAX_LOOKUP_IDS) return;
    }
  } finally {
    iterator.return?.();
  }
  if (ids.length <= MAX_LOOKUP_IDS) lookups.fill(key, plan.reverse ? ids.reverse() : ids);
}

function emitOnce(key: KeyPart[], seen: Set<DocId> | undefined, visit: (id: DocId) => boolean): boolean {
  const id = key[key.length - 1];
  if (seen) {
    if (seen.has(id)) return true;
    seen.add(id);
  }
  return visit(id);
}

/** k-way merge of the prefix ranges on the key suffix (the sort keys, then _id). */
function mergeRanges(
  iterators: KeyIterator[],
  prefixLength: number,
  sign: number,
  seen: Set<DocId> | undefined,
  visit: (id: DocId) => boolean,
): void {
  const heads = iterators.map((iterator) => iterator.next());
  for (;;) {
    let best = -1;
    for (let i = 0; i < heads.length; i++) {
      const head = heads[i];
      if (head.done) continue;
      if (best < 0 || sign * compareKeys(head.value, heads[best].value as KeyPart[], prefixLength) < 0) best = i;
    }
    if (best < 0) return;
    if (!emitOnce(heads[best].value as KeyPart[], seen, visit)) return;
    heads[best] = iterators[best].next();
  }
}

/** Number of index entries in the plan's ranges (only meaningful when `countable`). */
export function countEntries(plan: Extract<Plan, { kind: 'index' }>): number {
  let total = 0;
  for (const { start, end } of indexRanges(plan)) total += plan.index.db.getKeysCount({ start, end });
  return total;
}
