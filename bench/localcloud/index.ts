import { printTable, type Row } from './common';
import { benchEndToEnd } from './e2e';
import { benchStartup } from './startup';
import { benchStore } from './store';

/** Runs every local cloud bench and prints one table: `npx tsx bench/localcloud/index.ts`. */
async function main(): Promise<void> {
  const rows: Row[] = [...(await benchStore()), ...(await benchEndToEnd()), ...(await benchStartup())];
  process.stdout.write('\nlocal cloud bench\n');
  printTable(rows);
}

void main();
