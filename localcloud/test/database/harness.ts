/* eslint-disable @typescript-eslint/no-explicit-any -- the two SDKs ship loose or no types; this adapter is the one place that touches them untyped */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startLocalCloud, type LocalCloud } from '../../index';

/**
 * Starts a local cloud in a fresh temp dir on port 0 and points both real SDKs at it.
 * The SDKs read their configuration from the environment, so it is set before they load.
 */
export type AnyDoc = Record<string, any>;

export interface SdkAdapter {
  name: 'node-sdk' | 'wx-server-sdk';
  db: any;
  _: any;
  add(coll: string, data: AnyDoc | AnyDoc[]): Promise<string | string[]>;
  getDoc(coll: string, id: string): Promise<AnyDoc | null>;
  set(coll: string, id: string, data: AnyDoc): Promise<{ updated: number; created: boolean }>;
  updateDoc(coll: string, id: string, data: AnyDoc): Promise<number>;
  removeDoc(coll: string, id: string): Promise<number>;
  get(query: any): Promise<AnyDoc[]>;
  count(query: any): Promise<number>;
  updateWhere(query: any, data: AnyDoc): Promise<number>;
  removeWhere(query: any): Promise<number>;
  aggregate(agg: any): Promise<AnyDoc[]>;
  txnGet(t: any, coll: string, id: string): Promise<AnyDoc | null>;
  txnUpdate(t: any, coll: string, id: string, data: AnyDoc): Promise<void>;
  txnSet(t: any, coll: string, id: string, data: AnyDoc): Promise<void>;
  txnAdd(t: any, coll: string, data: AnyDoc): Promise<string>;
  txnRemove(t: any, coll: string, id: string): Promise<void>;
  /** CloudBase's error code (node-sdk) or errCode/errMsg text (wx-server-sdk) as one string. */
  errorText(error: any): string;
}

function nodeSdk(): SdkAdapter {
  const tcb = require('@cloudbase/node-sdk');
  const app = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV });
  const db = app.database();
  return {
    name: 'node-sdk',
    db,
    _: db.command,
    add: async (coll, data) => {
      const r = await db.collection(coll).add(data);
      return r.ids ?? r.id;
    },
    getDoc: async (coll, id) => (await db.collection(coll).doc(id).get()).data[0] ?? null,
    set: async (coll, id, data) => {
      const r = await db.collection(coll).doc(id).set(data);
      return { updated: r.updated, created: Boolean(r.upsertedId) };
    },
    updateDoc: async (coll, id, data) => (await db.collection(coll).doc(id).update(data)).updated,
    removeDoc: async (coll, id) => (await db.collection(coll).doc(id).remove()).deleted,
    get: async (query) => (await query.get()).data,
    count: async (query) => (await query.count()).total,
    updateWhere: async (query, data) => (await query.update(data)).updated,
    removeWhere: async (query) => (await query.remove()).deleted,
    aggregate: async (agg) => (await agg.end()).data,
    txnGet: async (t, coll, id) => (await t.collection(coll).doc(id).get()).data,
    txnUpdate: async (t, coll, id, data) => {
      await t.collection(coll).doc(id).update(data);
    },
    txnSet: async (t, coll, id, data) => {
      await t.collection(coll).doc(id).set(data);
    },
    txnAdd: async (t, coll, data) => (await t.collection(coll).add(data)).id,
    txnRemove: async (t, coll, id) => {
      await t.collection(coll).doc(id).remove();
    },
    errorText: (e) => `${e?.code ?? ''} ${e?.message ?? String(e)}`,
  };
}

function wxServerSdk(): SdkAdapter {
  const cloud = require('wx-server-sdk');
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
  const db = cloud.database({ throwOnNotFound: false });
  return {
    name: 'wx-server-sdk',
    db,
    _: db.command,
    add: async (coll, data) => {
      const r = await db.collection(coll).add({ data });
      return r._ids ?? r._id;
    },
    getDoc: async (coll, id) => (await db.collection(coll).doc(id).get()).data ?? null,
    set: async (coll, id, data) => {
      const r = await db.collection(coll).doc(id).set({ data });
      return { updated: r.stats.updated, created: r.stats.created === 1 };
    },
    updateDoc: async (coll, id, data) => (await db.collection(coll).doc(id).update({ data })).stats.updated,
    removeDoc: async (coll, id) => (await db.collection(coll).doc(id).remove()).stats.removed,
    get: async (query) => (await query.get()).data,
    count: async (query) => (await query.count()).total,
    updateWhere: async (query, data) => (await query.update({ data })).stats.updated,
    removeWhere: async (query) => (await query.remove()).stats.removed,
    aggregate: async (agg) => (await agg.end()).list,
    txnGet: async (t, coll, id) => (await t.collection(coll).doc(id).get()).data ?? null,
    txnUpdate: async (t, coll, id, data) => {
      await t.collection(coll).doc(id).update({ data });
    },
    txnSet: async (t, coll, id, data) => {
      await t.collection(coll).doc(id).set({ data });
    },
    txnAdd: async (t, coll, data) => (await t.collection(coll).add({ data }))._id,
    txnRemove: async (t, coll, id) => {
      await t.collection(coll).doc(id).remove();
    },
    errorText: (e) => `${e?.errCode ?? e?.code ?? ''} ${e?.errMsg ?? e?.message ?? String(e)}`,
  };
}

export interface Harness {
  cloud: LocalCloud;
  dataDir: string;
  sdks: SdkAdapter[];
  /** A raw POST /admin, for what the SDKs cannot send (malformed bodies, unknown actions). */
  post(body: string | Record<string, unknown>): Promise<Record<string, any>>;
}

export async function startHarness(declarations?: Record<string, unknown>): Promise<Harness> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'localcloud-test-'));
  let indexesFile: string | undefined;
  if (declarations) {
    indexesFile = path.join(dataDir, 'indexes.json');
    writeFileSync(indexesFile, JSON.stringify(declarations));
  }
  const cloud = await startLocalCloud({ dataDir: path.join(dataDir, 'data'), port: 0, indexesFile, runTimers: false });
  Object.assign(process.env, cloud.sdkEnv(), { SILENCE: 'true' });
  const sdks = [nodeSdk(), wxServerSdk()];
  const post = async (body: string | Record<string, unknown>) => {
    const res = await fetch(cloud.adminUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return (await res.json()) as Record<string, any>;
  };
  return { cloud, dataDir, sdks, post };
}
