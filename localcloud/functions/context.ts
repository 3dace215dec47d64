import { randomUUID } from 'node:crypto';
import type { Caller } from './caller';
import type { FunctionConfig } from './config';

export interface InvocationSetup {
  /** The per-invocation keys (SCF puts these in the process env and in `context.environment`). */
  env: Record<string, string>;
  context: Record<string, unknown>;
  requestId: string;
}

export interface InvocationFacts {
  config: FunctionConfig;
  envId: string;
  region: string;
  caller: Caller;
  /** The signed token a function's SDK sends back as `wxCloudApiToken` (see caller.ts). */
  apiToken: string;
  /** Set for a timer trigger: node-sdk then reads `WX_TRIGGER_API_TOKEN_V0`. */
  timer?: boolean;
}

/**
 * Builds what an SCF invocation carries: `@cloudbase/node-sdk`'s `getCloudbaseContext(context)`
 * reads `context.environment` (a JSON string) for the keys listed in `WX_CONTEXT_KEYS` /
 * `TCB_CONTEXT_KEYS`, and `wx-server-sdk`'s `getWXContext()` reads the same keys from
 * `process.env`, so both get the same values.
 */
export function invocationSetup(facts: InvocationFacts): InvocationSetup {
  const { caller, config } = facts;
  const requestId = randomUUID();
  const wx: Record<string, string> = {};
  if (caller.openid) wx.WX_OPENID = caller.openid;
  if (caller.appid) wx.WX_APPID = caller.appid;
  if (caller.unionid) wx.WX_UNIONID = caller.unionid;
  if (caller.clientIp) wx.WX_CLIENTIP = caller.clientIp;
  if (facts.timer) wx.WX_TRIGGER_API_TOKEN_V0 = facts.apiToken;
  else wx.WX_API_TOKEN = facts.apiToken;

  const tcb: Record<string, string> = { TCB_ENV: facts.envId, TCB_SEQID: requestId };
  if (caller.source) tcb.TCB_SOURCE = caller.source;
  if (facts.timer) tcb.TRIGGER_SRC = 'timer';

  const env: Record<string, string> = {
    ...wx,
    ...tcb,
    WX_CONTEXT_KEYS: Object.keys(wx).join(','),
    TCB_CONTEXT_KEYS: Object.keys(tcb).join(','),
  };
  const context: Record<string, unknown> = {
    callbackWaitsForEmptyEventLoop: false,
    memory_limit_in_mb: 256,
    time_limit_in_ms: config.timeoutSeconds * 1000,
    request_id: requestId,
    environment: JSON.stringify(env),
    environ: Object.entries(env)
      .map(([key, value]) => `${key}=${value}`)
      .join(';'),
    function_version: '$LATEST',
    function_name: config.name,
    namespace: facts.envId,
    tencentcloud_region: facts.region,
  };
  return { env, context, requestId };
}
