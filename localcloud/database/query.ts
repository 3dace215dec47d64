import type { CollectionHandle } from './catalog';
import { compileFilter, projectDocs, sortDocs } from './engine';
import { choosePlan, countEntries, forEachCandidate, type Plan, type SortSpec } from './planner';
import type { Doc } from './values';

/** find() and count() over one collection: plan, fetch candidates, re-check with mingo. */
export interface FindOptions {
  sort: SortSpec;
  skip: number;
  limit: number;
  projection?: Doc;
}

export function findDocs(collection: CollectionHandle, filter: Doc, options: FindOptions): Doc[] {
  const docs = matchDocs(collection, filter, options.sort, options.skip + options.limit);
  const page = docs.slice(options.skip, options.skip + options.limit);
  return options.projection && Object.keys(options.projection).length > 0 ? projectDocs(page, options.projection) : page;
}

/** Matching documents in sort order; stops after `want` when the plan yields them in order. */
export function matchDocs(collection: CollectionHandle, filter: Doc, sort: SortSpec, want = Infinity): Doc[] {
  const plan = choosePlan(collection, filter, sort);
  // When the index bounds are exactly the filter, every candidate matches: no need for mingo.
  const exact = planIsExact(plan, filter);
  const query = exact ? undefined : compileFilter(filter);
  const out: Doc[] = [];
  const stopEarly = plan.ordered && want !== Infinity;
  forEachCandidate(
    collection,
    plan,
    (id) => {
      const doc = collection.docs.get(id);
      if (!doc || (query && !query.test(doc))) return true;
      out.push(doc);
      return !(stopEarly && out.length >= want);
    },
    exact && stopEarly ? want : undefined,
  );
  if (plan.ordered || sort.length === 0) return out;
  return sortDocs(out, Object.fromEntries(sort) as Record<string, 1 | -1>);
}

function planIsExact(plan: Plan, filter: Doc): boolean {
  if (plan.kind === 'index') return plan.countable;
  if (plan.kind === 'ids') return plan.exact;
  return Object.keys(filter).length === 0;
}

export function countDocs(collection: CollectionHandle, filter: Doc): number {
  const query = compileFilter(filter);
  const plan = choosePlan(collection, filter, []);
  if (plan.kind === 'index' && plan.countable) return countEntries(plan);
  if (plan.kind === 'scan' && Object.keys(filter).length === 0) return collection.docs.getKeysCount();
  let total = 0;
  forEachCandidate(collection, plan, (id) => {
    const doc = collection.docs.get(id);
    if (doc && query.test(doc)) total++;
    return true;
  });
  return total;
}
