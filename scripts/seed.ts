/**
 * `npm run seed`: resets the local data directory to the demo community. Stop `npm start`
 * first: this replaces the data it is using.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { startLinli } from '../devserver';
import { ensureBuilt } from './ensure-built';

const main = async () => {
  const dataDir = resolve(process.env.LINLI_DATA_DIR ?? '.linli-data');
  await ensureBuilt({});
  rmSync(dataDir, { recursive: true, force: true });
  const linli = await startLinli({ dataDir, port: 0, runTimers: false, log: () => undefined });
  await linli.close();
  console.log(`demo community loaded into ${dataDir}`);
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
