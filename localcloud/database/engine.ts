import { Aggregator, Query } from 'mingo';
import type { Options } from 'mingo/types';
import { ErrorCodes, LocalCloudError } from '../core/errors';
import { cloneValue, type Doc } from './values';

/** mingo, configured like a MongoDB server that refuses to run caller code. */
function options(collectionResolver?: (name: string) => Doc[]): Partial<Options> {
  return { scriptEnabled: false, ...(collectionResolver ? { collectionResolver } : {}) };
}

export function translateMingoError(error: unknown): LocalCloudError {
  if (error instanceof LocalCloudError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const code = /unknown|invalid|not supported|operator/i.test(message)
    ? ErrorCodes.DATABASE_INVALID_OPERRATOR
    : ErrorCodes.DATABASE_REQUEST_FAILED;
  return new LocalCloudError(code, `[FailedOperation] ${message}`);
}

export function compileFilter(filter: Doc): Query {
  try {
    return new Query(filter, options());
  } catch (error) {
    throw translateMingoError(error);
  }
}

export function sortDocs(docs: Doc[], sort: Record<string, 1 | -1>): Doc[] {
  try {
    return new Query({}, options()).find<Doc>(docs).sort(sort).all();
  } catch (error) {
    throw translateMingoError(error);
  }
}

/*
 * Stored documents are shared and frozen (store/cache.ts), and mingo changes nested objects of
 * its input in place (exclusions and dotted `$addFields`/`$set`/`$unset` paths copy only the top
 * level), so projections and pipelines work on copies.
 */
export function projectDocs(docs: Doc[], projection: Doc): Doc[] {
  try {
    return new Query({}, options()).find<Doc>(docs.map(cloneValue), projection).all();
  } catch (error) {
    throw translateMingoError(error);
  }
}

export function runPipeline(docs: Doc[], pipeline: Doc[], resolve: (name: string) => Doc[]): Doc[] {
  try {
    return new Aggregator(
      pipeline,
      options((name) => resolve(name).map(cloneValue)),
    ).run(docs.map(cloneValue)) as Doc[];
  } catch (error) {
    throw translateMingoError(error);
  }
}
