import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { buildFunctions } from './build-functions';

const root = resolve(__dirname, '..');
// The mini-program typings declare their own global `require`; Node's comes from createRequire.
const nodeRequire = createRequire(__filename);

const newestMtime = (paths: readonly string[]): number => {
  let newest = 0;
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(p)) if (entry !== 'node_modules' && !entry.startsWith('.')) walk(join(p, entry));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  paths.forEach(walk);
  return newest;
};

const APP_SOURCES = ['src', 'contracts', 'config', 'babel.config.js', 'project.config.json', 'package.json'].map((p) => join(root, p));

/** True when the app's output is missing or older than any of its sources. */
export const isStale = (marker: string): boolean => !existsSync(marker) || statSync(marker).mtimeMs < newestMtime(APP_SOURCES);

const taroBuild = (type: 'h5' | 'weapp') => {
  const result = spawnSync(process.execPath, [nodeRequire.resolve('@tarojs/cli/bin/taro'), 'build', '--type', type, '--no-check'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`taro build --type ${type} failed`);
};

/** Builds what `npm start` and the tests need and is missing or out of date. */
export const ensureBuilt = async (what: { h5?: boolean; weapp?: boolean } = { h5: true }): Promise<void> => {
  await buildFunctions({ quiet: true });
  if (what.h5 && isStale(join(root, 'dist', 'h5', 'index.html'))) taroBuild('h5');
  if (what.weapp && isStale(join(root, 'dist', 'weapp', 'app.json'))) taroBuild('weapp');
};
