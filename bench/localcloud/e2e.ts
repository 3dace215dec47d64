/* eslint-disable @typescript-eslint/no-explicit-any -- the SDK's query builder is untyped */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { isMain, percentile, printTable, type Row } from './common';

/**
 * (b) end to end through the real @cloudbase/node-sdk and HTTP, 32 concurrent callers, load in
 * this process and the server in another: the notice-feed list query (20 documents, indexed)
 * and a single-document write; (c) the list query's p95 at 100,000 notices vs 1,000.
 */
const CALLERS = 32;
const CALLS = 3000;

interface Started {
  child: ChildProcess;
  env: Record<string, string>;
  startupMs: number;
}

export function startServer(notices: number, dataDir?: string): Promise<Started> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'server.ts'), [String(notices), ...(dataDir ? [dataDir] : [])], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('message', (m: any) => resolve({ child, env: m.env, startupMs: m.startupMs }));
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

async function load(call: () => Promise<unknown>): Promise<{ perSecond: number; p50: number; p95: number }> {
  for (let i = 0; i < 200; i++) await call(); // warm-up
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
  return { perSecond: CALLS / seconds, p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
}

function sdkFor(env: Record<string, string>): any {
  Object.assign(process.env, env, { SILENCE: 'true' });
  const tcb = require('@cloudbase/node-sdk');
  return tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database();
}

async function measureFeed(notices: number): Promise<{ feed: Awaited<ReturnType<typeof load>>; write?: Awaited<ReturnType<typeof load>> }> {
  const { child, env } = await startServer(notices);
  try {
    const db = sdkFor(env);
    const _ = db.command;
    let k = 0;
    const feed = () => {
      const b = k++ % 50;
      return db
        .collection('notices')
        .where({ audienceKeys: _.in(['all', `building-${b}`, `building-${(b + 7) % 50}`]), status: 'published' })
        .orderBy('publishedAt', 'desc')
        .limit(20)
        .get()
        .then((r: any) => {
          if (r.data.length !== 20) throw new Error(`feed returned ${r.data.length}`);
        });
    };
    const feedResult = await load(feed);
    let w = 0;
    const write = () => db.collection('notices').add({ audienceKeys: ['building-1'], status: 'draft', publishedAt: new Date(), title: `w${w++}`, body: 'y'.repeat(900) });
    return { feed: feedResult, write: await load(write) };
  } finally {
    await stopServer(child);
  }
}

export async function benchEndToEnd(): Promise<Row[]> {
  const small = await measureFeed(1_000);
  const large = await measureFeed(100_000);
  const ms = (n: number) => `${n.toFixed(2)} ms`;
  const rows: Row[] = [
    { bench: '(b) list query, 1k notices: calls/s', value: `${Math.round(small.feed.perSecond)}/s` },
    { bench: '(b) list query, 1k notices: p50', value: ms(small.feed.p50) },
    { bench: '(b) list query, 1k notices: p95', value: ms(small.feed.p95), target: '<= 10 ms', ok: small.feed.p95 <= 10 },
    { bench: '(b) single-document write: calls/s', value: `${Math.round((small.write as { perSecond: number }).perSecond)}/s` },
    { bench: '(b) single-document write: p50', value: ms((small.write as { p50: number }).p50) },
    { bench: '(b) single-document write: p95', value: ms((small.write as { p95: number }).p95), target: '<= 10 ms', ok: (small.write as { p95: number }).p95 <= 10 },
    { bench: '(c) list query p95 at 100k notices', value: ms(large.feed.p95) },
    { bench: '(c) p95 ratio 100k / 1k', value: `${(large.feed.p95 / small.feed.p95).toFixed(2)}x`, target: '<= 2x', ok: large.feed.p95 / small.feed.p95 <= 2 },
  ];
  return rows;
}

if (isMain('e2e.ts')) void benchEndToEnd().then(printTable);
