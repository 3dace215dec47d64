import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { startLocalCloud } from '../../localcloud';
import { NOTICE_DECLARATIONS, seedNotices, tempDir } from './common';

/**
 * The bench server process: `npx tsx bench/localcloud/server.ts <notices> [dataDir]` seeds that
 * many notices (unless dataDir already has them), listens, and reports over IPC.
 */
async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 1000);
  const dataDir = process.argv[3] ?? tempDir('server');
  const started = performance.now();
  const indexesFile = path.join(dataDir, 'indexes.json');
  writeFileSync(indexesFile, JSON.stringify(NOTICE_DECLARATIONS));
  // Server-side time per call, by action: what the local cloud itself spends, apart from the client.
  const serverMs = new Map<string, number[]>();
  const cloud = await startLocalCloud({
    dataDir,
    port: 0,
    indexesFile,
    runTimers: false,
    onAdminCall: ({ action, ms }) => {
      const list = serverMs.get(action) ?? [];
      list.push(ms);
      serverMs.set(action, list);
    },
  });
  const startupMs = performance.now() - started;
  const existing = count > 0 ? cloud.database.count('notices', {}) : 0;
  if (existing < count) await seedNotices({ service: cloud.database }, count - existing, existing);
  let cpu = process.cpuUsage();
  process.send?.({ url: cloud.url, env: cloud.sdkEnv(), startupMs, rssMb: process.memoryUsage().rss / 2 ** 20 });
  process.on('message', (message: unknown) => {
    if (message === 'rss') process.send?.({ rssMb: process.memoryUsage().rss / 2 ** 20 });
    if (message === 'server-times') {
      const used = process.cpuUsage(cpu);
      cpu = process.cpuUsage();
      process.send?.({ serverMs: Object.fromEntries(serverMs), cpuMs: (used.user + used.system) / 1000 });
      serverMs.clear();
    }
    if (message === 'stop') void cloud.close().then(() => process.exit(0));
  });
}

void main();
