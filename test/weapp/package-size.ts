import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const KB = 1024;

/** What WeChat uploads: project.config.json's packOptions leave the extracted licence notes out. */
const uploaded = (file: string) => !file.endsWith('.LICENSE.txt');

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? files(path) : [path];
  });

export interface PackageSizes {
  /** Bytes in the main package: everything outside the subpackage roots (tab pages, runtime, shared chunks). */
  main: number;
  subpackages: Record<string, number>;
  total: number;
}

/** Sizes of a weapp build as WeChat counts them, from its app.json. */
export const weappPackageSizes = (weappDir: string): PackageSizes => {
  const app = JSON.parse(readFileSync(join(weappDir, 'app.json'), 'utf8')) as { subPackages?: { root: string }[] };
  const roots = (app.subPackages ?? []).map((p) => p.root.replace(/\/?$/, '/'));
  const sizes: PackageSizes = { main: 0, subpackages: Object.fromEntries(roots.map((r) => [r.slice(0, -1), 0])), total: 0 };
  for (const file of files(weappDir).filter(uploaded)) {
    const bytes = statSync(file).size;
    const path = relative(weappDir, file).split('\\').join('/');
    const root = roots.find((r) => path.startsWith(r));
    if (root) sizes.subpackages[root.slice(0, -1)] = (sizes.subpackages[root.slice(0, -1)] ?? 0) + bytes;
    else sizes.main += bytes;
    sizes.total += bytes;
  }
  return sizes;
};
