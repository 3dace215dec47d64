import { LocalCloudError } from '../core/errors';
import type { ActionRequest, LocalCloudModule } from '../core/module';
import { IdentityTokens, normalizeCaller, sourceFromHeader, type Caller, type InvocationIdentity } from './caller';
import { FunctionCatalog, FunctionConfigError, type FunctionConfig } from './config';
import { invocationSetup } from './context';
import { FunctionPool, type InvocationOutcome, type LogSink } from './pool';

export type { Caller, InvocationIdentity } from './caller';
export type { FunctionConfig, TimerTriggerConfig } from './config';
export type { LogSink } from './pool';

export interface FunctionsOptions {
  /** Folder holding one folder per function, each with the deployed (bundled) `index.js`. */
  functionsRoot: string;
  /** A `cloudbaserc.json`-style file: `functions[]` with `name`, `timeout`, `envVariables`, `triggers`, `handler`. */
  rcFile?: string;
  envId: string;
  /** The server's base URL (`http://127.0.0.1:<port>`), known once it listens. */
  baseUrl(): string;
  /** Signs invocation identity tokens. */
  secret: string | Buffer;
  region?: string;
  /** Warm instances per function (default 4). */
  maxInstances?: number;
  /** Seconds an idle instance is kept warm (default 300). */
  idleSeconds?: number;
  /** Where function output goes (default: the server's stdout/stderr, prefixed by the function name). */
  log?: LogSink;
}

export interface InvokeOptions {
  caller?: Caller;
  /** A timer trigger's invocation (no caller; `TRIGGER_SRC=timer`). */
  timer?: boolean;
}

export interface FunctionsService {
  module: LocalCloudModule;
  /**
   * Runs a function as the mini-program would call it, for the host project (e.g. a local HTTP
   * gateway passing the signed-in person's OPENID). Resolves with the function's result; rejects
   * with a LocalCloudError carrying CloudBase's code when the function fails.
   */
  invokeFunction(name: string, event: unknown, caller?: Caller): Promise<unknown>;
  /** Lower level: resolves with the result's JSON text, rejects like invokeFunction. */
  invoke(name: string, event: unknown, options?: InvokeOptions): Promise<string>;
  /** Every locally deployed function's configuration (timers read their triggers here). */
  list(): FunctionConfig[];
  find(name: string): FunctionConfig | undefined;
  /** Who is behind a `wxCloudApiToken` a function's SDK sent (open APIs use it). */
  identify(token: unknown): InvocationIdentity | undefined;
  close(): Promise<void>;
}

/** SCF's limit on a synchronous invocation's event and on its result. */
const PAYLOAD_LIMIT_BYTES = 6 * 1024 * 1024;

const defaultLog: LogSink = (name, stream, line) => {
  (stream === 'stderr' ? process.stderr : process.stdout).write(`[fn:${name}] ${line}\n`);
};

function failure(outcome: Exclude<InvocationOutcome, { ok: true }>): LocalCloudError {
  if (outcome.reason === 'timeout') return new LocalCloudError('FUNCTIONS_TIME_LIMIT_EXCEEDED', outcome.message);
  return new LocalCloudError('FUNCTIONS_EXECUTE_FAIL', outcome.message);
}

function baseEnv(options: FunctionsOptions, region: string, config: FunctionConfig): Record<string, string> {
  // A fresh environment, not the server's: a function sees what SCF would give it and nothing of the host.
  return {
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: '/tmp',
    TZ: 'UTC',
    LANG: 'C.UTF-8',
    TENCENTCLOUD_RUNENV: 'SCF',
    TENCENTCLOUD_SECRETID: 'local-secret-id',
    TENCENTCLOUD_SECRETKEY: 'local-secret-key',
    TENCENTCLOUD_REGION: region,
    SCF_NAMESPACE: options.envId,
    SCF_FUNCTIONNAME: config.name,
    SCF_FUNCTIONVERSION: '$LATEST',
    SCF_RUNTIME: 'Nodejs20.19',
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: `${options.baseUrl()}/admin` }),
    ...config.envVariables,
  };
}

export function createFunctionsModule(options: FunctionsOptions): FunctionsService {
  const region = options.region ?? 'ap-shanghai';
  const catalog = new FunctionCatalog(options.functionsRoot, options.rcFile);
  const tokens = new IdentityTokens(options.secret);
  const pools = new Map<string, FunctionPool>();
  const poolOptions = {
    baseEnv: (config: FunctionConfig) => baseEnv(options, region, config),
    maxInstances: options.maxInstances ?? 4,
    initTimeoutMs: 30_000,
    idleMs: options.idleSeconds === undefined ? 300_000 : options.idleSeconds * 1000,
    log: options.log ?? defaultLog,
  };

  const find = (name: string): FunctionConfig | undefined => {
    try {
      return catalog.find(name);
    } catch (error) {
      if (error instanceof FunctionConfigError) throw new LocalCloudError('INVALID_PARAM', error.message);
      throw error;
    }
  };

  async function invoke(name: string, event: unknown, invokeOptions: InvokeOptions = {}): Promise<string> {
    const config = find(name);
    if (!config) {
      throw new LocalCloudError(
        'FUNCTION_NOT_FOUND',
        `FunctionName parameter could not be found: no function "${name}" in ${options.functionsRoot}`,
      );
    }
    const eventText = JSON.stringify(event ?? {});
    if (Buffer.byteLength(eventText) > PAYLOAD_LIMIT_BYTES) {
      throw new LocalCloudError('INVALID_PARAM', 'RequestTooLarge: the event exceeds 6 MB');
    }
    const caller = normalizeCaller(invokeOptions.caller);
    const apiToken = tokens.issue({ caller, functionName: name });
    const setup = invocationSetup({ config, envId: options.envId, region, caller, apiToken, timer: invokeOptions.timer });
    let pool = pools.get(name);
    if (!pool) {
      pool = new FunctionPool(poolOptions);
      pools.set(name, pool);
    }
    const outcome = await pool.invoke(config, {
      event: JSON.parse(eventText),
      context: setup.context,
      env: setup.env,
      timeoutMs: config.timeoutSeconds * 1000,
    });
    if (!outcome.ok) throw failure(outcome);
    if (Buffer.byteLength(outcome.json) > PAYLOAD_LIMIT_BYTES) {
      throw new LocalCloudError('FUNCTIONS_EXECUTE_FAIL', 'The size of response exceeds the upper limit (6MB)');
    }
    return outcome.json;
  }

  async function invokeFunction(name: string, event: unknown, caller: Caller = {}): Promise<unknown> {
    const source = caller.source ?? 'wx_client';
    let payload = event ?? {};
    // A call from the mini-program gets `event.userInfo` from the platform, overriding the client's.
    if (source === 'wx_client' && caller.openid && typeof payload === 'object' && !Array.isArray(payload)) {
      payload = { ...payload, userInfo: { appId: caller.appid, openId: caller.openid } };
    }
    const json = await invoke(name, payload, { caller: { ...caller, source } });
    return JSON.parse(json) as unknown;
  }

  async function invokeAction(request: ActionRequest): Promise<unknown> {
    const { body } = request;
    const name = body.function_name;
    if (typeof name !== 'string' || name === '') throw new LocalCloudError('INVALID_PARAM', '函数名不能为空');
    let event: unknown = {};
    const data = body.request_data;
    if (typeof data === 'string' && data !== '') {
      try {
        event = JSON.parse(data);
      } catch {
        throw new LocalCloudError('INVALID_PARAM', 'request_data must be a JSON string');
      }
    }
    // The SDK carries the caller's identity back as the token its function was given.
    const identity = tokens.verify(body.wxCloudApiToken);
    const caller: Caller = { ...identity?.caller };
    const source = sourceFromHeader(request.headers['x-tcb-source']);
    if (source) caller.source = source;
    else delete caller.source;
    return { response_data: await invoke(name, event, { caller }) };
  }

  /** Every function whose configuration reads cleanly; a broken one is reported, not fatal. */
  function list(): FunctionConfig[] {
    let names: string[];
    try {
      names = catalog.names();
    } catch (error) {
      poolOptions.log('*', 'stderr', `cannot list functions: ${(error as Error).message}`);
      return [];
    }
    return names.flatMap((name) => {
      try {
        return find(name) ?? [];
      } catch (error) {
        poolOptions.log(name, 'stderr', `skipped: ${(error as Error).message}`);
        return [];
      }
    });
  }

  async function close(): Promise<void> {
    const closing = [...pools.values()];
    pools.clear();
    await Promise.all(closing.map((pool) => pool.close()));
  }

  return {
    module: { name: 'functions', actions: { 'functions.invokeFunction': invokeAction }, close },
    invokeFunction,
    invoke,
    list,
    find,
    identify: (token) => tokens.verify(token),
    close,
  };
}
