import type { ActionHandler, ActionRequest } from '../core/module';
import { topLevelReply } from '../core/module';
import { ErrorCodes, LocalCloudError } from '../core/errors';
import { assertCollectionName } from './declarations';
import { decodeValue, parseEjson, parseEjsonObject, stringifyEjson } from './ejson';
import { docIdOf, intParam, limitParam, optionalFilter, orderParam, projectionParam, str } from './params';
import type { DatabaseService } from './service';
import { projectDocs } from './engine';
import { isPlainObject, type Doc } from './values';

/** The `database.*` actions of `POST /admin`, with the request and reply fields the SDKs use. */
function collectionOf(body: Record<string, unknown>): string {
  return assertCollectionName(str(body, 'collectionName'));
}

function inTransaction(body: Record<string, unknown>): boolean {
  return body.transactionId !== undefined && body.transactionId !== null && body.transactionId !== '';
}

function singleDocOnly(body: Record<string, unknown>): void {
  if (body.queryType !== 'DOC') {
    throw new LocalCloudError(
      ErrorCodes.DATABASE_TRANSACTION_FAIL,
      '[FailedOperation] transactions allow only single-document operations: doc(id).get/set/update/remove and add',
    );
  }
}

function bool(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

export function databaseActions(db: DatabaseService): Record<string, ActionHandler> {
  const list = (docs: Doc[]) => ({ list: docs.map(stringifyEjson) });

  return {
    'database.addCollection': async ({ body }: ActionRequest) => {
      await db.catalog.create(collectionOf(body));
      return {};
    },
    'database.listCollections': async () => ({
      collections: db.catalog.list().map((name) => ({ name, count: db.count(name, {}) })),
    }),
    'database.deleteCollection': async ({ body }: ActionRequest) => {
      await db.catalog.drop(collectionOf(body));
      return {};
    },

    'database.insertDocument': async ({ body }: ActionRequest) => {
      const collection = collectionOf(body);
      if (!Array.isArray(body.data) || body.data.length === 0)
        throw new LocalCloudError(ErrorCodes.INVALID_PARAM, 'data must be a non-empty array of EJSON documents');
      if (body.data.length > 1000) throw new LocalCloudError(ErrorCodes.INVALID_PARAM, 'at most 1000 documents per insert');
      const now = db.now();
      const docs = body.data.map((item) => parseEjsonObject(item, 'data', now, 'data'));
      if (inTransaction(body)) {
        if (docs.length !== 1) singleDocOnly({});
        return { insertedIds: [db.txnInsert(body.transactionId, collection, docs[0])] };
      }
      return { insertedIds: await db.insert(collection, docs) };
    },

    'database.getDocument': async ({ body }: ActionRequest) => {
      const collection = collectionOf(body);
      const now = db.now();
      const filter = optionalFilter(body, now);
      const projection = projectionParam(body, now);
      if (inTransaction(body)) {
        singleDocOnly(body);
        const doc = db.txnGet(body.transactionId, collection, docIdOf(filter));
        const docs = doc ? [doc] : [];
        return list(projection ? projectDocs(docs, projection) : docs);
      }
      const limit = body.queryType === 'DOC' ? 1 : limitParam(body);
      const skip = intParam(body, 'offset', 0);
      return list(db.find(collection, filter, { sort: orderParam(body, now), skip, limit, projection }));
    },

    'database.calculateDocument': async ({ body }: ActionRequest) => {
      const collection = collectionOf(body);
      return { total: db.count(collection, optionalFilter(body, db.now())) };
    },

    'database.modifyDocument': async ({ body }: ActionRequest) => {
      const collection = collectionOf(body);
      const now = db.now();
      const filter = optionalFilter(body, now);
      const data = parseEjsonObject(body.data, 'data', now, 'data');
      const replace = body.merge === false;
      if (inTransaction(body)) {
        singleDocOnly(body);
        const id = docIdOf(filter);
        if (replace) {
          const { updated, upsertId } = db.txnSet(body.transactionId, collection, id, data);
          return { updated, upsert_id: upsertId };
        }
        return { updated: db.txnUpdate(body.transactionId, collection, id, data) };
      }
      const { updated, upsertId } = await db.update(collection, filter, data, {
        multi: body.queryType === 'DOC' ? false : bool(body.multi, false),
        upsert: bool(body.upsert, false),
        replace,
      });
      return { updated, upsert_id: upsertId };
    },

    'database.modifyAndReturnDoc': async ({ body }: ActionRequest) => {
      const collection = collectionOf(body);
      if (inTransaction(body)) singleDocOnly({});
      const now = db.now();
      const { updated, doc } = await db.update(collection, optionalFilter(body, now), parseEjsonObject(body.data, 'data', now, 'data'), {
        multi: false,
        upsert: false,
        replace: false,
      });
      return { updated, doc: doc ? stringifyEjson(doc) : null };
    },

    'database.removeDocument': async ({ body }: ActionRequest) => {
      const collection = collectionOf(body);
      const filter = optionalFilter(body, db.now());
      if (inTransaction(body)) {
        singleDocOnly(body);
        return { deleted: db.txnRemove(body.transactionId, collection, docIdOf(filter)) };
      }
      const multi = body.queryType === 'DOC' ? false : bool(body.multi, true);
      return { deleted: await db.remove(collection, filter, multi) };
    },

    'database.aggregateDocuments': async ({ body }: ActionRequest) => {
      const collection = collectionOf(body);
      const now = db.now();
      if (!Array.isArray(body.stages)) throw new LocalCloudError(ErrorCodes.INVALID_PARAM, 'stages must be an array');
      const pipeline = body.stages.map((stage): Doc => {
        if (!isPlainObject(stage) || typeof stage.stageKey !== 'string' || !stage.stageKey.startsWith('$')) {
          throw new LocalCloudError(ErrorCodes.INVALID_PARAM, 'each stage needs a stageKey starting with $ and a stageValue');
        }
        const value =
          typeof stage.stageValue === 'string'
            ? parseEjson(stage.stageValue, 'query', now, stage.stageKey)
            : decodeValue(stage.stageValue ?? null, 'query', now);
        return { [stage.stageKey]: value };
      });
      return list(db.aggregate(collection, pipeline));
    },

    'database.startTransaction': async () => topLevelReply({ transactionId: db.startTransaction() }),
    'database.commitTransaction': async ({ body }: ActionRequest) => {
      await db.commitTransaction(body.transactionId);
      return {};
    },
    'database.abortTransaction': async ({ body }: ActionRequest) => {
      db.abortTransaction(body.transactionId);
      return {};
    },
  };
}
