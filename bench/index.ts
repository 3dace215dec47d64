/**
 * `npm run bench`: every figure linli promises, each printed next to its target. Suites run one
 * after another (the machine's cores are shared); pass names to run some: `npm run bench -- app`.
 */
import { benchApp } from './app';
import { printTable, type Row } from './table';

type Suite = { title: string; run: () => Promise<Row[]> };

const SUITES: Record<string, Suite> = {
  localcloud: {
    title: 'local cloud (store, SDK over HTTP, start-up)',
    run: async () => {
      const { benchStore } = await import('./localcloud/store');
      const { benchEndToEnd } = await import('./localcloud/e2e');
      const { benchStartup } = await import('./localcloud/startup');
      return [...(await benchStore()), ...(await benchEndToEnd()), ...(await benchStartup())];
    },
  },
  app: { title: 'app (weapp package, start-up)', run: benchApp },
  tickets: {
    title: 'tickets (queue and my tickets at 100k vs 1k, 9-photo report end to end)',
    run: async () => (await import('./tickets')).benchTickets(),
  },
  announcements: {
    title: 'announcements (feed at 100 vs 10,000 notices, publish to 2,000, read receipts)',
    run: async () => (await import('./announcements')).benchAnnouncements(),
  },
  fairs: {
    title: 'fairs (booking storm, two years of fairs)',
    run: async () => (await import('./fairs')).benchFairs(),
  },
};

const main = async () => {
  const wanted = process.argv.slice(2);
  const names = wanted.length ? wanted : Object.keys(SUITES);
  const all: Row[] = [];
  for (const name of names) {
    const suite = SUITES[name];
    if (!suite) throw new Error(`unknown bench "${name}"; known: ${Object.keys(SUITES).join(', ')}`);
    const rows = await suite.run();
    printTable(suite.title, rows);
    all.push(...rows);
  }
  const missed = all.filter((r) => r.ok === false);
  process.stdout.write(`\n${all.length} figures, ${missed.length} missed their target\n`);
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
