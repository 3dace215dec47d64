import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';

/**
 * kill -9 at random moments, at least 50 times: after every restart each acknowledged write is
 * there, and nothing is half-applied (3-document batches all or none, transfers conserve the
 * bank total, the counter holds at least every acknowledged increment).
 */
const CYCLES = 50;
const root = path.resolve(__dirname, '../../..');
const work = mkdtempSync(path.join(tmpdir(), 'localcloud-durability-'));
const bundle = path.join(work, 'child.js');

beforeAll(() => {
  buildSync({
    entryPoints: [path.join(__dirname, 'child.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: bundle,
    external: ['lmdb', 'mingo', 'bson'],
    logLevel: 'silent',
  });
});

interface State {
  ids: string[];
  batches: string[];
  bank: number[];
  counter: number;
}
type Message = ({ t: 'state' } & State) | { t: 'ins'; id: string } | { t: 'batch'; batch: string } | { t: 'txn' } | { t: 'inc' };

let seed = 12345;
const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

function runCycle(dir: string, cycle: number, killAfter: number): Promise<{ state: State; acked: Message[] }> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = fork(bundle, [dir, String(cycle)], {
      env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    let state: State | undefined;
    const acked: Message[] = [];
    child.on('message', (message: Message) => {
      if (message.t === 'state') {
        state = message;
        if (killAfter === 0) child.kill('SIGKILL');
        return;
      }
      acked.push(message);
      if (acked.length === killAfter) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (!state) reject(new Error(`child died before reporting its state (signal ${signal})`));
      else resolve({ state, acked });
    });
  });
}

it(`survives ${CYCLES} SIGKILLs with every acknowledged write intact and nothing half-applied`, async () => {
  const dir = path.join(work, 'db');
  const ackedIds = new Set<string>();
  const ackedBatches = new Set<string>();
  let ackedIncs = 0;
  let kills = 0;
  for (let cycle = 0; cycle <= CYCLES; cycle++) {
    const { state, acked } = await runCycle(dir, cycle, cycle === CYCLES ? 0 : Math.floor(random() * 300));
    // what the previous runs acknowledged must all be here
    const present = new Set(state.ids);
    for (const id of ackedIds) expect(present.has(id)).toBe(true);
    const batchCounts = new Map<string, number>();
    for (const b of state.batches) batchCounts.set(b, (batchCounts.get(b) ?? 0) + 1);
    for (const count of batchCounts.values()) expect(count).toBe(3);
    for (const b of ackedBatches) expect(batchCounts.get(b)).toBe(3);
    expect(state.bank.reduce((a, b) => a + b, 0)).toBe(5000);
    expect(state.counter).toBeGreaterThanOrEqual(ackedIncs);
    for (const m of acked) {
      if (m.t === 'ins') ackedIds.add(m.id);
      if (m.t === 'batch') ackedBatches.add(m.batch);
      if (m.t === 'inc') ackedIncs++;
    }
    if (cycle < CYCLES) kills++;
  }
  expect(kills).toBeGreaterThanOrEqual(50);
  expect(ackedIds.size).toBeGreaterThan(100);
}, 120_000);
