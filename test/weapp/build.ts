import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
/** The compiled WeChat app these tests load (miniprogramRoot in project.config.json). */
export const WEAPP = join(ROOT, 'dist', 'weapp');

const SOURCES = ['src', 'contracts', 'config', 'babel.config.js'].map((p) => join(ROOT, p));

const newest = (path: string): number => {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, entry) => Math.max(max, newest(join(path, entry))), 0);
};

/**
 * These tests read the real build; they do not build it (a build takes ~20 s and `npm test`
 * already makes it). Run alone, they say exactly what is missing.
 */
export const requireFreshWeappBuild = (): void => {
  const marker = join(WEAPP, 'app.json');
  if (!existsSync(marker)) throw new Error('dist/weapp is missing: run `npm run build:weapp` first (npm test builds it for you).');
  const sourceFiles = SOURCES.map(newest).filter((mtime) => mtime > 0);
  const changed = sourceFiles.some((mtime) => mtime > statSync(marker).mtimeMs);
  if (changed) throw new Error('dist/weapp is older than the sources: run `npm run build:weapp` again (npm test rebuilds it for you).');
};
