import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

export interface RunningProduct {
  url: string;
  stop(): Promise<void>;
}

const root = resolve(__dirname, '..', '..', '..');

/**
 * Starts linli exactly as `npm start` does (scripts/start.ts), on a fresh data directory and a
 * free port, and resolves once it prints the URL to open. With `now`, the whole product runs
 * its clock from that instant, so a journey does not depend on the time of day it runs at.
 */
export const startProduct = async (options: { now?: string } = {}): Promise<RunningProduct> => {
  // Every process (server, functions) runs its clock from this instant, flowing normally.
  const clockEnv = options.now ? { LINLI_CLOCK_OFFSET_MS: String(Date.parse(options.now) - Date.now()) } : {};
  const dataDir = mkdtempSync(join(tmpdir(), 'linli-e2e-'));
  const child: ChildProcess = spawn(process.execPath, [createRequire(__filename).resolve('tsx/cli'), join(root, 'scripts', 'start.ts')], {
    cwd: root,
    env: { ...process.env, ...clockEnv, LINLI_DATA_DIR: dataDir, PORT: '0', LINLI_LOG: 'quiet' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolvePromise, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /is running — open (http:\/\/[^\s/]+)\//.exec(output);
      if (match?.[1]) resolvePromise(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
  });
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
