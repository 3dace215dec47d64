/**
 * `npm start`: builds what is missing, then runs linli on one port — the local cloud with the
 * functions, the browser gateway, local sign-in and the H5 app — with a demo community.
 */
import { resolve } from 'node:path';
import { startLinli } from '../devserver';
import { ensureBuilt } from './ensure-built';

const main = async () => {
  const started = Date.now();
  await ensureBuilt({ h5: true });
  const dataDir = resolve(process.env.LINLI_DATA_DIR ?? '.linli-data');
  const port = Number(process.env.PORT ?? 3000);
  const quiet = process.env.LINLI_LOG !== 'verbose';
  const linli = await startLinli({
    dataDir,
    port,
    host: process.env.HOST ?? '127.0.0.1',
    log: (line) => {
      if (!quiet || line.level === 'error') console.log(JSON.stringify(line));
    },
  });
  console.log(`\nlinli (邻里) is running — open ${linli.url}/`);
  console.log(
    `data: ${dataDir}${linli.seeded ? ' (demo community loaded)' : ''} · ready in ${((Date.now() - started) / 1000).toFixed(1)} s · Ctrl+C to stop\n`,
  );
  const stop = async () => {
    await linli.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
