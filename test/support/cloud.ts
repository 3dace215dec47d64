import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionDef, ActionInput } from '@contracts/action';
import type { Envelope } from '@contracts/envelope';
import type { Platform } from '@server/app/platform';
import { ManualClock } from '@server/kernel/clock';
import { startLinli, ROOT, type Linli } from '../../devserver';
import { buildFunctions } from '../../scripts/build-functions';

export interface TestCloud {
  linli: Linli;
  platform: Platform;
  clock: ManualClock;
  dataDir: string;
  close(): Promise<void>;
}

/** A Thursday morning in Shanghai: the default "now" of every test unless it sets its own. */
export const TEST_NOW = '2026-11-19T02:00:00.000Z';

let built = false;

/**
 * A fresh linli on a temporary data directory and an ephemeral port: the local cloud, the
 * built functions and linli's local WeChat adapters, reached through the real SDK.
 */
export const startTestCloud = async (options: { seed?: boolean; now?: string } = {}): Promise<TestCloud> => {
  if (!built && !existsSync(join(ROOT, 'dist', 'functions', 'users', 'index.js'))) {
    await buildFunctions({ quiet: true });
    built = true;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'linli-test-'));
  const clock = new ManualClock(options.now ?? TEST_NOW);
  const linli = await startLinli({ dataDir, port: 0, runTimers: false, seedIfEmpty: options.seed ?? false, clock, log: () => undefined });
  return {
    linli,
    platform: linli.platform,
    clock,
    dataDir,
    async close() {
      await linli.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

/** The platform context a function sees when `openid` calls it from the mini-program. */
export const contextFor = (openid: string) => ({ environment: JSON.stringify({ WX_OPENID: openid, WX_APPID: 'wx-test' }) });

/** Calls an action through the HTTP gateway, as the browser app does, identified by the test header. */
export const callGateway = async <A extends ActionDef>(
  url: string,
  openid: string,
  def: A,
  input: ActionInput<A> | unknown,
): Promise<Envelope<NonNullable<A['output']>>> => {
  const res = await fetch(`${url}/api/functions/${def.fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-linli-openid': openid },
    body: JSON.stringify({ action: def.name, input }),
  });
  return (await res.json()) as Envelope<NonNullable<A['output']>>;
};
