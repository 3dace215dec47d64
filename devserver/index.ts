import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import tcb from '@cloudbase/node-sdk';
import { readConfig } from '@server/app/config';
import { platformOf, type Platform } from '@server/app/platform';
import { clockFromEnv, type Clock } from '@server/kernel/clock';
import { startLocalCloud, type LocalCloud } from '../localcloud';
import { appRoutes } from './app-routes';
import { linliOpenApi } from './openapi';
import { fileOutbox, type Outbox } from './openapi/outbox';
import { resolveRcFile } from './rc';
import { isSeeded, seed } from './seed';
import { loadOrCreateSecret } from './session';

export const ROOT = resolve(__dirname, '..');

/** Local-only variables every function gets: a browser test's shifted clock, the log level. */
const LOCAL_ONLY = ['LINLI_CLOCK_OFFSET_MS', 'LINLI_LOG'] as const;
const localFunctionEnv = (env: NodeJS.ProcessEnv): Record<string, string> =>
  Object.fromEntries(LOCAL_ONLY.flatMap((name) => (env[name] ? [[name, env[name] as string]] : [])));

export interface LinliOptions {
  dataDir: string;
  port?: number;
  host?: string;
  /** Local mode allows demo sign-in and the test identity header; default true. */
  localMode?: boolean;
  clock?: Clock;
  /** Run timer triggers on their schedule (default true); tests fire them by hand. */
  runTimers?: boolean;
  seedIfEmpty?: boolean;
  functionsRoot?: string;
  h5Dir?: string;
  env?: NodeJS.ProcessEnv;
  log?: (line: Record<string, unknown>) => void;
}

export interface Linli {
  url: string;
  cloud: LocalCloud;
  /** A platform in this process pointed at the local cloud (seeding, tests). */
  platform: Platform;
  outbox: Outbox;
  seeded: boolean;
  close(): Promise<void>;
}

/**
 * linli on one machine: the local cloud running the built functions, linli's local WeChat
 * adapters, the browser gateway, local sign-in and the H5 app — all on one port.
 */
export const startLinli = async (options: LinliOptions): Promise<Linli> => {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const clock = options.clock ?? clockFromEnv(options.env ?? process.env);
  const localMode = options.localMode ?? true;
  // Fair check-in codes are signed with a secret of this data directory unless one is configured.
  const baseEnv = options.env ?? process.env;
  const env = {
    ...baseEnv,
    LINLI_CODE_SECRET: baseEnv.LINLI_CODE_SECRET || loadOrCreateSecret(join(dataDir, 'code-secret')).toString('hex'),
  };
  const log = options.log ?? ((line) => console.log(JSON.stringify(line)));
  const secret = loadOrCreateSecret(join(dataDir, 'session-secret'));
  const outbox = fileOutbox(join(dataDir, 'outbox.jsonl'));

  // The routes are handed to the cloud before it exists; they reach it through this holder.
  const holder: { cloud?: LocalCloud } = {};
  const cloudNow = (): LocalCloud => {
    if (!holder.cloud) throw new Error('local cloud not started');
    return holder.cloud;
  };
  const routes = appRoutes({
    h5Dir: options.h5Dir ?? join(ROOT, 'dist', 'h5'),
    secret,
    localMode,
    outbox,
    log,
    invoke: (name, event, openid) => cloudNow().invokeFunction(name, event, { openid, appid: 'wx-linli-local', source: 'wx_client' }),
    put: (cloudPath, data) => cloudNow().storage.put(cloudPath, data),
    tempUrl: (fileID) => cloudNow().storage.tempUrl(fileID),
  });

  const cloud = await startLocalCloud({
    dataDir,
    port: options.port ?? 0,
    host: options.host ?? '127.0.0.1',
    indexesFile: join(ROOT, 'cloudbase.indexes.json'),
    functionsRoot: options.functionsRoot ?? join(ROOT, 'dist', 'functions'),
    rcFile: resolveRcFile(join(ROOT, 'cloudbaserc.json'), join(dataDir, 'cloudbaserc.resolved.json'), env, localFunctionEnv(env)),
    openApi: linliOpenApi({ outbox, clock }),
    clock: () => clock.now(),
    runTimers: options.runTimers ?? true,
    routes,
  });
  holder.cloud = cloud;

  // This process talks to the local cloud through the real SDK too (seeding, tests).
  Object.assign(process.env, cloud.sdkEnv());
  const platform = platformOf(tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }), { clock, config: readConfig(env) });

  let seeded = false;
  if (options.seedIfEmpty !== false && !(await isSeeded(platform))) {
    await seed(platform);
    seeded = true;
  }

  return { url: cloud.url, cloud, platform, outbox, seeded, close: () => cloud.close() };
};
