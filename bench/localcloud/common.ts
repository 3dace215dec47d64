import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseDeclarations } from '../../localcloud/database/declarations';
import { createDatabaseModule, type DatabaseModule } from '../../localcloud/database/module';
import { Store, type StoreOptions } from '../../localcloud/store/lmdb';
import type { Doc } from '../../localcloud/database/values';

/** Shared pieces of the local cloud benches. */
export interface Row {
  bench: string;
  value: string;
  target?: string;
  ok?: boolean;
}

export function tempDir(name: string): string {
  return mkdtempSync(path.join(tmpdir(), `localcloud-bench-${name}-`));
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export const BODY = 'x'.repeat(900);

export const NOTICE_DECLARATIONS = {
  collections: {
    notices: { indexes: [{ name: 'feed', keys: { audienceKeys: 1, publishedAt: -1 } }] },
    docs: { indexes: [{ name: 'key', keys: { key: 1 } }] },
  },
};

/** A notice of about 1 KB; 50 buildings, each notice for one building or for everyone. */
export function notice(i: number): Doc {
  return {
    audienceKeys: i % 10 === 0 ? ['all'] : [`building-${i % 50}`],
    status: i % 20 === 0 ? 'draft' : 'published',
    publishedAt: new Date(Date.UTC(2025, 0, 1) + i * 1000),
    title: `notice ${i}`,
    body: BODY,
  };
}

export async function openDatabase(dir: string, storeOptions: Omit<StoreOptions, 'path'> = {}): Promise<DatabaseModule> {
  return createDatabaseModule({
    store: new Store({ path: dir, ...storeOptions }),
    clock: () => new Date(),
    declarations: parseDeclarations(NOTICE_DECLARATIONS),
  });
}

export async function seedNotices(db: Pick<DatabaseModule, 'service'>, count: number, from = 0): Promise<void> {
  for (let i = 0; i < count; i += 1000) {
    await db.service.insert(
      'notices',
      Array.from({ length: Math.min(1000, count - i) }, (_v, j) => notice(from + i + j)),
    );
  }
}

/** True when this module is the script being run (`npx tsx bench/localcloud/<file>.ts`). */
export function isMain(file: string): boolean {
  return (process.argv[1] ?? '').endsWith(file);
}

export function printTable(rows: Row[]): void {
  const width = Math.max(...rows.map((r) => r.bench.length));
  for (const r of rows) {
    const verdict = r.ok === undefined ? '' : r.ok ? '  ok' : '  MISSED';
    process.stdout.write(`${r.bench.padEnd(width)}  ${r.value}${r.target ? `  (target ${r.target})` : ''}${verdict}\n`);
  }
}
