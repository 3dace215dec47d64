/**
 * Bundles each cloud function into a self-contained folder under dist/functions/<name>/:
 * index.js (everything it imports, the SDK included), package.json and config.json — the shape
 * CloudBase deploys, and the same code the local cloud runs.
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..');
const sourceRoot = join(root, 'cloudfunctions');
export const functionsOutDir = join(root, 'dist', 'functions');

interface RcFunction {
  name: string;
  triggers?: unknown[];
}

/** cloudbaserc.json is the one place that lists functions and their timer triggers. */
const readRc = (): Map<string, RcFunction> => {
  const rc = JSON.parse(readFileSync(join(root, 'cloudbaserc.json'), 'utf8')) as { functions: RcFunction[] };
  return new Map(rc.functions.map((f) => [f.name, f]));
};

export const buildFunctions = async (options: { quiet?: boolean } = {}): Promise<string[]> => {
  const names = readdirSync(sourceRoot, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(sourceRoot, d.name, 'index.ts')))
    .map((d) => d.name)
    .sort();
  const rc = readRc();
  const missing = names.filter((n) => !rc.has(n));
  if (missing.length) throw new Error(`cloudbaserc.json does not list: ${missing.join(', ')}`);

  rmSync(functionsOutDir, { recursive: true, force: true });
  await Promise.all(
    names.map(async (name) => {
      const outDir = join(functionsOutDir, name);
      mkdirSync(outDir, { recursive: true });
      await build({
        entryPoints: [join(sourceRoot, name, 'index.ts')],
        outfile: join(outDir, 'index.js'),
        bundle: true,
        platform: 'node',
        target: 'node18',
        format: 'cjs',
        minify: false,
        sourcemap: false,
        legalComments: 'none',
        logLevel: 'error',
        tsconfig: join(root, 'tsconfig.json'),
      });
      writeFileSync(
        join(outDir, 'package.json'),
        `${JSON.stringify({ name: `linli-${name}`, version: '1.0.0', private: true, main: 'index.js', dependencies: {} }, null, 2)}\n`,
      );
      // config.json as WeChat DevTools deploys it: the function's permissions plus the triggers from cloudbaserc.json.
      const configPath = join(sourceRoot, name, 'config.json');
      const config = (existsSync(configPath) ? JSON.parse(readFileSync(configPath, 'utf8')) : { permissions: { openapi: [] } }) as Record<
        string,
        unknown
      >;
      const triggers = rc.get(name)?.triggers;
      writeFileSync(join(outDir, 'config.json'), `${JSON.stringify({ ...config, ...(triggers ? { triggers } : {}) }, null, 2)}\n`);
    }),
  );
  if (!options.quiet) console.log(`built ${names.length} functions into ${functionsOutDir}: ${names.join(', ')}`);
  return names;
};

if (process.argv[1] && resolve(process.argv[1]) === __filename) {
  buildFunctions().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
