import type { IncomingMessage, ServerResponse } from 'node:http';
import { FUNCTION_NAMES, type FunctionName } from '@contracts/functions';
import { BodyTooLarge, failure, readBody, sendJson } from './http';
import { identify } from './identity';

/** Functions the browser may call; `jobs` only ever runs from its timers. */
const CALLABLE = new Set<string>(FUNCTION_NAMES.filter((n) => n !== 'jobs'));
const MAX_BODY = 512 * 1024;

export interface GatewayDeps {
  secret: Buffer;
  localMode: boolean;
  invoke(name: FunctionName, event: unknown, openid: string): Promise<unknown>;
  log(line: Record<string, unknown>): void;
}

/**
 * `POST /api/functions/<name>`: the browser's stand-in for `wx.cloud.callFunction`. The event
 * goes to the same function code that deploys, with the signed-in person's OPENID in the
 * platform context; the reply is the function's envelope.
 */
export const handleGateway = async (req: IncomingMessage, res: ServerResponse, name: string, deps: GatewayDeps): Promise<void> => {
  if (req.method !== 'POST') return sendJson(res, 405, failure('INVALID_INPUT', '请求方式不对'));
  if (!CALLABLE.has(name)) return sendJson(res, 404, failure('UNKNOWN_ACTION'));
  const who = identify(req, deps.secret, deps.localMode);
  if ('refused' in who) return sendJson(res, 403, failure('FORBIDDEN'));
  if (!who.openid) return sendJson(res, 401, failure('UNAUTHENTICATED'));

  let event: unknown;
  try {
    event = JSON.parse((await readBody(req, MAX_BODY)).toString('utf8'));
  } catch (error) {
    if (error instanceof BodyTooLarge) return sendJson(res, 413, failure('INVALID_INPUT', '提交的内容太长了'));
    return sendJson(res, 400, failure('INVALID_INPUT', '请求格式不对'));
  }
  try {
    sendJson(res, 200, await deps.invoke(name as FunctionName, event, who.openid));
  } catch (error) {
    deps.log({ level: 'error', msg: 'function call failed', fn: name, error: error instanceof Error ? error.message : String(error) });
    sendJson(res, 200, failure('INTERNAL'));
  }
};
