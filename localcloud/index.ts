import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { LocalCloudError } from './core/errors';
import type { LocalCloudModule, RouteHandler } from './core/module';
import { readDeclarations } from './database/declarations';
import { createDatabaseModule } from './database/module';
import type { DatabaseService } from './database/service';
import { createFunctionsModule, type Caller, type FunctionsService } from './functions';
import { functionsRootFromRc } from './functions/config';
import { createFront, type AdminCall } from './http/front';
import { createOpenApiModule, type OpenApiAdapter } from './openapi';
import { createStorageModule } from './storage';
import { Store } from './store/lmdb';
import { createTimers, type TimerRun } from './timers';

export type { Caller } from './functions';
export type { OpenApiAdapter } from './openapi';
export type { RouteHandler } from './core/module';
export type { AdminCall } from './http/front';
export { LocalCloudError } from './core/errors';

export interface LocalCloudOptions {
  /** LMDB environment (`<dataDir>/db`) and storage files live here. */
  dataDir: string;
  /** 0 = ephemeral (tests); default from process.env.PORT, else 0. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 'local'. */
  envId?: string;
  /** The project's index declarations (also the list of collections that exist). */
  indexesFile?: string;
  /** Folder of built functions: <root>/<name>/index.js (+ config.json). */
  functionsRoot?: string;
  /** cloudbaserc.json: per-function timeout, envVariables, triggers. */
  rcFile?: string;
  openApi?: Record<string, OpenApiAdapter>;
  /** Injected clock (serverDate, timers, URL expiry). */
  clock?: () => Date;
  /** Timer triggers on their real schedule; tests pass false and call fireTimers. */
  runTimers?: boolean;
  /** The host app's own extra HTTP routes, tried after the cloud's own. */
  routes?: RouteHandler;
  /** Signing secret (download URLs, identity tokens); random and persisted in dataDir if absent. */
  secret?: string;
  /** Told about every answered `/admin` call (action, server-side milliseconds, error code). */
  onAdminCall?: (call: AdminCall) => void;
}

export interface LocalCloud {
  /** http://127.0.0.1:PORT */
  url: string;
  /** url + '/admin' */
  adminUrl: string;
  envId: string;
  /** Env vars that point an SDK at this cloud (set them before the SDK is initialised). */
  sdkEnv(): Record<string, string>;
  invokeFunction(name: string, event: unknown, caller?: Caller): Promise<unknown>;
  fireTimers(at: Date): Promise<TimerRun[]>;
  storage: {
    put(cloudPath: string, data: Buffer): Promise<string>;
    tempUrl(fileID: string, maxAgeSeconds?: number): string;
    read(fileID: string): Promise<Buffer>;
  };
  /** The database service in-process (collections, queries) — for tools and tests. */
  database: DatabaseService;
  close(): Promise<void>;
}

function loadSecret(dataDir: string): string {
  const file = path.join(dataDir, 'secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function defaultPort(): number {
  const fromEnv = Number(process.env.PORT);
  return Number.isInteger(fromEnv) && fromEnv >= 0 ? fromEnv : 0;
}

export async function startLocalCloud(options: LocalCloudOptions): Promise<LocalCloud> {
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const envId = options.envId ?? 'local';
  const host = options.host ?? '127.0.0.1';
  const clock = options.clock ?? (() => new Date());
  const secret = options.secret ?? loadSecret(dataDir);
  const region = 'ap-shanghai';
  let baseUrl = '';

  const store = new Store({ path: path.join(dataDir, 'db') });
  const database = await createDatabaseModule({
    store,
    clock,
    declarations: options.indexesFile ? readDeclarations(options.indexesFile) : undefined,
  });

  const functionsRoot = options.functionsRoot ?? (options.rcFile ? functionsRootFromRc(options.rcFile) : undefined);
  const functions: FunctionsService | undefined = functionsRoot
    ? createFunctionsModule({ functionsRoot, rcFile: options.rcFile, envId, baseUrl: () => baseUrl, secret, region })
    : undefined;
  const storage = createStorageModule({ dataDir, envId, baseUrl: () => baseUrl, secret, clock });
  const openApi = createOpenApiModule({
    adapters: options.openApi,
    identify: (token) => functions?.identify(token),
    permissionsOf: (name) => functions?.find(name)?.openApiPermissions,
  });
  const timers = functions
    ? createTimers({
        functions: { list: () => functions.list(), invoke: (name, event, opts) => functions.invoke(name, event, opts) },
        clock,
        run: options.runTimers ?? true,
      })
    : undefined;

  const modules: LocalCloudModule[] = [database, storage.module, openApi.module, ...(functions ? [functions.module] : [])];
  const server: Server = createServer(
    { keepAliveTimeout: 5_000 },
    createFront({ modules, hostRoutes: options.routes, defaultEnvId: envId, onAdminCall: options.onAdminCall }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? defaultPort(), host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  if (timers && (options.runTimers ?? true)) timers.start();

  let closed: Promise<void> | undefined;
  return {
    url: baseUrl,
    adminUrl: `${baseUrl}/admin`,
    envId,
    sdkEnv: () => ({
      TCB_CONTEXT_CNFG: JSON.stringify({ URL: `${baseUrl}/admin` }),
      TENCENTCLOUD_RUNENV: 'SCF',
      TENCENTCLOUD_SECRETID: 'local-secret-id',
      TENCENTCLOUD_SECRETKEY: 'local-secret-key',
      TENCENTCLOUD_REGION: region,
      TCB_ENV: envId,
      SCF_NAMESPACE: envId,
    }),
    invokeFunction: (name, event, caller) => {
      if (!functions) return Promise.reject(new LocalCloudError('FUNCTION_NOT_FOUND', `no functionsRoot configured: cannot run ${name}`));
      return functions.invokeFunction(name, event, caller);
    },
    fireTimers: async (at) => (timers ? timers.fireTimers(at) : []),
    storage: { put: (p, d) => storage.put(p, d), tempUrl: (f, s) => storage.tempUrl(f, s), read: (f) => storage.read(f) },
    database: database.service,
    close: () =>
      (closed ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await timers?.close();
        await functions?.close();
        for (const module of modules) await module.close?.();
        await store.close();
      })()),
  };
}
