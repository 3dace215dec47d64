import { isMain, printTable, tempDir, type Row } from './common';
import { startServer, stopServer } from './e2e';

/** (d) start-up time and resident memory of the local cloud over 100,000 one-KB documents. */
export async function benchStartup(): Promise<Row[]> {
  const dataDir = tempDir('startup');
  const seeded = await startServer(100_000, dataDir);
  await stopServer(seeded.child);
  const { child, startupMs, wallMs } = await startServer(0, dataDir);
  const rssMb = await new Promise<number>((resolve) => {
    child.once('message', (m: { rssMb: number }) => resolve(m.rssMb));
    child.send('rss');
  });
  await stopServer(child);
  return [
    {
      bench: '(d) start-up with 100k docs: process spawn → listening',
      value: `${Math.round(wallMs)} ms`,
      target: '<= 2000 ms',
      ok: wallMs <= 2000,
    },
    { bench: '(d) of which opening the store and indexes', value: `${Math.round(startupMs)} ms` },
    { bench: '(d) resident memory (RSS) after start-up', value: `${Math.round(rssMb)} MB`, target: '<= 300 MB', ok: rssMb <= 300 },
  ];
}

if (isMain('startup.ts')) void benchStartup().then(printTable);
