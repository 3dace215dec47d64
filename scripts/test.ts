/**
 * `npm test`: every kind of test, in the order that fails fastest — types, lint, format, then the
 * builds the weapp and browser tests need, then all jest projects (use cases through the real
 * SDK on the local cloud, contracts, components, compiled weapp pages, browser end to end).
 * Extra arguments go to jest, e.g. `npm test -- --selectProjects usecases`.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { ensureBuilt } from './ensure-built';

const root = resolve(__dirname, '..');

const run = (label: string, command: string, args: string[]) => {
  const started = Date.now();
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`✖ ${label} failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
};

const main = async () => {
  const jestArgs = process.argv.slice(2);
  const bin = (name: string) => resolve(root, 'node_modules', '.bin', name);
  run('typecheck', bin('tsc'), ['--noEmit', '-p', '.']);
  run('lint', bin('eslint'), ['.', '--max-warnings=0']);
  run('format', bin('prettier'), ['--check', '--log-level=warn', '.']);
  console.log('\n▶ build (functions, H5, weapp) where out of date');
  await ensureBuilt({ h5: true, weapp: true });
  run('jest', process.execPath, [createRequire(__filename).resolve('jest/bin/jest'), '--ci', ...jestArgs]);
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
