import { randomInt } from 'node:crypto';
import { ErrorCodes, LocalCloudError } from '../core/errors';
import type { CollectionHandle } from './catalog';
import { runPipeline } from './engine';
import type { SortSpec } from './planner';
import { matchDocs } from './query';
import { isPlainObject, type Doc } from './values';

/**
 * The aggregate pipeline through mingo. A leading `$match` (and `$sort`) is answered by the
 * planner; `$sample` is done here because mingo samples with replacement; a pipeline without
 * `$limit` returns 20 documents, as CloudBase does.
 */
export const DEFAULT_AGGREGATE_LIMIT = 20;

const ALLOWED_STAGES = new Set([
  '$match',
  '$group',
  '$sort',
  '$skip',
  '$limit',
  '$project',
  '$addFields',
  '$set',
  '$unset',
  '$unwind',
  '$lookup',
  '$count',
  '$sortByCount',
  '$replaceRoot',
  '$replaceWith',
  '$sample',
  '$bucket',
  '$bucketAuto',
  '$facet',
  '$graphLookup',
]);

function stageName(stage: Doc): string {
  const keys = Object.keys(stage);
  if (keys.length !== 1) throw new LocalCloudError(ErrorCodes.INVALID_PARAM, 'each pipeline stage must have exactly one key');
  const name = keys[0];
  if (name === '$geoNear') throw new LocalCloudError(ErrorCodes.DATABASE_INVALID_OPERRATOR, 'geo stage $geoNear is not supported locally');
  if (!ALLOWED_STAGES.has(name)) throw new LocalCloudError(ErrorCodes.DATABASE_INVALID_OPERRATOR, `unsupported aggregate stage ${name}`);
  return name;
}

function sample(docs: Doc[], spec: unknown): Doc[] {
  const size = isPlainObject(spec) ? spec.size : undefined;
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 0) {
    throw new LocalCloudError(ErrorCodes.INVALID_PARAM, '$sample needs a non-negative integer size');
  }
  const copy = [...docs];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, size);
}

function sortSpec(spec: unknown): SortSpec | undefined {
  if (!isPlainObject(spec)) return undefined;
  const entries = Object.entries(spec);
  if (!entries.every(([, d]) => d === 1 || d === -1)) return undefined;
  return entries as SortSpec;
}

export function runAggregate(collection: CollectionHandle, pipeline: Doc[], resolve: (name: string) => Doc[]): Doc[] {
  pipeline.forEach(stageName);
  const stages = [...pipeline];
  if (!stages.some((stage) => '$limit' in stage)) stages.push({ $limit: DEFAULT_AGGREGATE_LIMIT });

  // Leading $match/$sort/$limit come from the planner (indexes), not a collection scan.
  let filter: Doc = {};
  let sort: SortSpec = [];
  let at = 0;
  if (stages[at] && '$match' in stages[at] && isPlainObject(stages[at].$match)) filter = stages[at++].$match as Doc;
  const maybeSort = stages[at] && '$sort' in stages[at] ? sortSpec(stages[at].$sort) : undefined;
  if (maybeSort) {
    sort = maybeSort;
    at++;
  }
  let want = Infinity;
  if (stages[at] && '$limit' in stages[at] && typeof stages[at].$limit === 'number') want = stages[at].$limit as number;
  let docs = matchDocs(collection, filter, sort, want);
  if (want !== Infinity) docs = docs.slice(0, want);

  let segment: Doc[] = [];
  for (const stage of stages.slice(at)) {
    if ('$sample' in stage) {
      docs = sample(segment.length ? runPipeline(docs, segment, resolve) : docs, stage.$sample);
      segment = [];
    } else {
      segment.push(stage);
    }
  }
  return segment.length ? runPipeline(docs, segment, resolve) : docs;
}
