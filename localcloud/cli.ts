#!/usr/bin/env node
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startLocalCloud } from './index';

/**
 * Runs the local cloud on its own:
 *   npx tsx localcloud/cli.ts [--data-dir DIR] [--port N] [--host H] [--env ID]
 *                             [--indexes FILE] [--functions DIR] [--rc FILE] [--no-timers]
 * Defaults: LINLI_DATA_DIR or .linli-data/, PORT or 0 (any free port), cloudbase.indexes.json
 * and cloudbaserc.json of the current folder when present.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      env: { type: 'string' },
      indexes: { type: 'string' },
      functions: { type: 'string' },
      rc: { type: 'string' },
      'no-timers': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    process.stdout.write(
      'usage: localcloud [--data-dir DIR] [--port N] [--host H] [--env ID] [--indexes FILE] [--functions DIR] [--rc FILE] [--no-timers]\n',
    );
    return;
  }
  const existing = (file: string): string | undefined => (existsSync(file) ? path.resolve(file) : undefined);
  const port = values.port ?? process.env.PORT;
  const cloud = await startLocalCloud({
    dataDir: values['data-dir'] ?? process.env.LINLI_DATA_DIR ?? '.linli-data',
    port: port === undefined ? 0 : Number(port),
    host: values.host,
    envId: values.env,
    indexesFile: values.indexes ?? existing('cloudbase.indexes.json'),
    functionsRoot: values.functions,
    rcFile: values.rc ?? existing('cloudbaserc.json'),
    runTimers: !values['no-timers'],
  });
  process.stdout.write(`local cloud listening on ${cloud.url}\nPoint an SDK at it with:\n`);
  for (const [key, value] of Object.entries(cloud.sdkEnv())) process.stdout.write(`  export ${key}='${value}'\n`);
  const stop = (): void => {
    void cloud.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
