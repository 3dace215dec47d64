/** One figure a bench prints, with its target and whether it was met. */
export interface Row {
  bench: string;
  value: string;
  target?: string;
  ok?: boolean;
}

export const percentile = (sorted: readonly number[], p: number): number =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number) : Number.NaN;

export const printTable = (title: string, rows: readonly Row[]): void => {
  const width = Math.max(...rows.map((r) => r.bench.length), 10);
  process.stdout.write(`\n${title}\n`);
  for (const r of rows) {
    const verdict = r.ok === undefined ? '' : r.ok ? '  ok' : '  MISSED';
    process.stdout.write(`  ${r.bench.padEnd(width)}  ${r.value}${r.target ? `  (target ${r.target})` : ''}${verdict}\n`);
  }
};
