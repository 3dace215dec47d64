/* eslint-disable @typescript-eslint/no-explicit-any -- the SDK's query builder is untyped */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { addBody, feedBody, measureCost, rawClient, sdkDatabase, type ClientCost } from './client';
import { isMain, percentile, printTable, type Row } from './common';

/**
 * (b) end to end through the real @cloudbase/node-sdk and HTTP, 32 concurrent callers, load in
 * this process and the server in another: the notice-feed list query (20 documents, indexed)
 * and a single-document write; (c) the list query's p95 at 100,000 notices vs 1,000. Beside
 * them, what the client side costs: CPU per call of the SDK and of a bare HTTP client, and the
 * same load through the bare client.
 */
const CALLERS = 32;
const CALLS = 3000;

interface Started {
  child: ChildProcess;
  env: Record<string, string>;
  /** Inside the server process: from its first line to listening (store opened, indexes ready). */
  startupMs: number;
  /** From spawning the process to its ready message: Node, tsx and module loading included. */
  wallMs: number;
}

export function startServer(notices: number, dataDir?: string): Promise<Started> {
  const spawned = performance.now();
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'server.ts'), [String(notices), ...(dataDir ? [dataDir] : [])], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('message', (m: any) => resolve({ child, env: m.env, startupMs: m.startupMs, wallMs: performance.now() - spawned }));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`bench server exited (${code})`)));
  });
}

export function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.send('stop');
  });
}

/** The server's own time per call since the last ask, by action, and its process CPU time. */
function serverTimes(child: ChildProcess): Promise<{ byAction: Record<string, number[]>; cpuMs: number }> {
  return new Promise((resolve) => {
    const onMessage = (m: any) => {
      if (!m?.serverMs) return;
      child.off('message', onMessage);
      resolve({ byAction: m.serverMs, cpuMs: m.cpuMs });
    };
    child.on('message', onMessage);
    child.send('server-times');
  });
}

interface LoadResult {
  perSecond: number;
  p50: number;
  p95: number;
  /** p95 of the time the server itself spent on these calls. */
  serverP95: number;
  /** The server process's CPU time per call. */
  serverCpuMs: number;
}

async function load(call: () => Promise<unknown>, child: ChildProcess, action: string): Promise<LoadResult> {
  for (let i = 0; i < 200; i++) await call(); // warm-up
  await serverTimes(child);
  const latencies: number[] = [];
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CALLERS }, async () => {
      while (next++ < CALLS) {
        const t = performance.now();
        await call();
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const { byAction, cpuMs } = await serverTimes(child);
  const server = (byAction[action] ?? []).sort((a, b) => a - b);
  return {
    perSecond: CALLS / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    serverP95: percentile(server, 95),
    serverCpuMs: cpuMs / CALLS,
  };
}

/**
 * Open-loop load: the same 32 callers, but calls start on a fixed schedule at `perSecond` in all
 * (a rate, not as fast as possible), and each latency counts from its scheduled start, so a call
 * that had to wait behind a slow one is not hidden (no coordinated omission).
 */
async function paced(call: () => Promise<unknown>, perSecond: number, total: number): Promise<{ p50: number; p95: number }> {
  const latencies: number[] = [];
  const interval = (1000 * CALLERS) / perSecond;
  const start = performance.now() + 10;
  await Promise.all(
    Array.from({ length: CALLERS }, async (_v, caller) => {
      for (let n = 0; n * CALLERS + caller < total; n++) {
        const due = start + (n * CALLERS + caller) * (interval / CALLERS);
        const wait = due - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        await call();
        latencies.push(performance.now() - due);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
}

/** A quarter of the closed-loop throughput just measured: busy, far above a community's peak, with headroom. */
const QUARTER = 0.25;

interface Measured {
  feed: LoadResult;
  pacedFeed?: { rate: number; p50: number; p95: number };
  pacedWrite?: { rate: number; p50: number; p95: number };
  write: LoadResult;
  rawFeed?: LoadResult;
  rawWrite?: LoadResult;
  cost?: { sdkFeed: ClientCost; rawFeed: ClientCost; sdkWrite: ClientCost; rawWrite: ClientCost };
}

const COST_CALLS = 300;

async function measureFeed(notices: number, withClientFigures: boolean): Promise<Measured> {
  const { child, env } = await startServer(notices);
  try {
    const db = sdkDatabase(env);
    const _ = db.command;
    const raw = rawClient(JSON.parse(env.TCB_CONTEXT_CNFG).URL);
    let k = 0;
    const buildings = () => {
      const b = k++ % 50;
      return [`building-${b}`, `building-${(b + 7) % 50}`];
    };
    const check = (list: unknown[]) => {
      if (list.length !== 20) throw new Error(`feed returned ${list.length}`);
    };
    const feed = () =>
      db
        .collection('notices')
        .where({ audienceKeys: _.in(['all', ...buildings()]), status: 'published' })
        .orderBy('publishedAt', 'desc')
        .limit(20)
        .get()
        .then((r: any) => check(r.data));
    const rawFeed = () => raw(feedBody(buildings())).then((list) => check(list as unknown[]));
    let w = 0;
    const doc = () => ({ audienceKeys: ['building-1'], status: 'draft', publishedAt: new Date(), title: `w${w++}`, body: 'y'.repeat(900) });
    const write = () => db.collection('notices').add(doc());
    const rawWrite = () => raw(addBody({ ...doc(), publishedAt: { $date: { $numberLong: String(Date.now()) } } }));
    const result: Measured = {
      feed: await load(feed, child, 'database.getDocument'),
      write: await load(write, child, 'database.insertDocument'),
    };
    if (withClientFigures) {
      const feedRate = Math.round(result.feed.perSecond * QUARTER);
      const writeRate = Math.round(result.write.perSecond * QUARTER);
      result.pacedFeed = { rate: feedRate, ...(await paced(feed, feedRate, CALLS)) };
      result.pacedWrite = { rate: writeRate, ...(await paced(write, writeRate, CALLS)) };
      result.rawFeed = await load(rawFeed, child, 'database.getDocument');
      result.rawWrite = await load(rawWrite, child, 'database.insertDocument');
      result.cost = {
        sdkFeed: await measureCost(feed, COST_CALLS),
        rawFeed: await measureCost(rawFeed, COST_CALLS),
        sdkWrite: await measureCost(write, COST_CALLS),
        rawWrite: await measureCost(rawWrite, COST_CALLS),
      };
    }
    return result;
  } finally {
    await stopServer(child);
  }
}

export async function benchEndToEnd(): Promise<Row[]> {
  const small = await measureFeed(1_000, true);
  const large = await measureFeed(100_000, false);
  const ms = (n: number) => `${n.toFixed(2)} ms`;
  const cost = small.cost;
  const perCall = (sdk: ClientCost, bare: ClientCost) =>
    `node-sdk ${ms(sdk.cpuMs)} (wall ${ms(sdk.wallMs)}), bare HTTP ${ms(bare.cpuMs)} (wall ${ms(bare.wallMs)})`;
  const rows: Row[] = [
    { bench: '(b) list query, 1k notices: calls/s', value: `${Math.round(small.feed.perSecond)}/s` },
    { bench: '(b) list query, 1k notices: p50', value: ms(small.feed.p50) },
    { bench: '(b) list query, 1k notices: p95', value: ms(small.feed.p95), target: '<= 10 ms', ok: small.feed.p95 <= 10 },
    { bench: '(b) list query: p95 inside the server', value: ms(small.feed.serverP95), target: '<= 10 ms', ok: small.feed.serverP95 <= 10 },
    { bench: '(b) list query: server CPU per call', value: ms(small.feed.serverCpuMs) },
    { bench: '(b) single-document write: calls/s', value: `${Math.round(small.write.perSecond)}/s` },
    { bench: '(b) single-document write: p50', value: ms(small.write.p50) },
    { bench: '(b) single-document write: p95', value: ms(small.write.p95), target: '<= 10 ms', ok: small.write.p95 <= 10 },
    {
      bench: '(b) single-document write: p95 inside the server',
      value: ms(small.write.serverP95),
      target: '<= 10 ms',
      ok: small.write.serverP95 <= 10,
    },
    { bench: '(b) single-document write: server CPU per call', value: ms(small.write.serverCpuMs) },
    {
      bench: '(b) quarter load, open loop: list',
      value: small.pacedFeed ? `${small.pacedFeed.rate}/s offered, p50 ${ms(small.pacedFeed.p50)}, p95 ${ms(small.pacedFeed.p95)}` : '-',
    },
    {
      bench: '(b) quarter load, open loop: write',
      value: small.pacedWrite
        ? `${small.pacedWrite.rate}/s offered, p50 ${ms(small.pacedWrite.p50)}, p95 ${ms(small.pacedWrite.p95)}`
        : '-',
    },
    { bench: '(b) client CPU per call, one at a time: list', value: cost ? perCall(cost.sdkFeed, cost.rawFeed) : '-' },
    { bench: '(b) client CPU per call, one at a time: write', value: cost ? perCall(cost.sdkWrite, cost.rawWrite) : '-' },
    {
      bench: '(b) same load, bare HTTP client: list',
      value: small.rawFeed ? `${Math.round(small.rawFeed.perSecond)}/s, p50 ${ms(small.rawFeed.p50)}, p95 ${ms(small.rawFeed.p95)}` : '-',
    },
    {
      bench: '(b) same load, bare HTTP client: write',
      value: small.rawWrite
        ? `${Math.round(small.rawWrite.perSecond)}/s, p50 ${ms(small.rawWrite.p50)}, p95 ${ms(small.rawWrite.p95)}`
        : '-',
    },
    { bench: '(c) list query p95 at 100k notices', value: ms(large.feed.p95) },
    {
      bench: '(c) p95 ratio 100k / 1k',
      value: `${(large.feed.p95 / small.feed.p95).toFixed(2)}x`,
      target: '<= 2x',
      ok: large.feed.p95 / small.feed.p95 <= 2,
    },
  ];
  return rows;
}

if (isMain('e2e.ts')) void benchEndToEnd().then(printTable);
