import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ErrorCodes, LocalCloudError } from '../core/errors';
import { TopLevelReply, type ActionHandler, type LocalCloudModule, type RouteHandler } from '../core/module';
import { readBody } from './body';

/**
 * The HTTP front: `POST /admin` with a JSON body whose `action` names the call, dispatched to the
 * module that registered it; the reply is `{ requestId, data }`, or `{ requestId, code, message }`
 * for an error (HTTP 200 either way, as CloudBase does, so the SDK raises the code). Modules'
 * raw routes are tried first (e.g. multipart open-API calls to /admin, storage URLs), the host
 * application's routes last.
 */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

export interface FrontOptions {
  modules: LocalCloudModule[];
  hostRoutes?: RouteHandler;
  defaultEnvId: string;
  log?: (line: string) => void;
  /** Told about every `/admin` call once answered: for slow-call logs and the server-side bench figure. */
  onAdminCall?: (call: AdminCall) => void;
}

export interface AdminCall {
  action: string;
  /** From the request's first byte read to the reply written, in milliseconds. */
  ms: number;
  /** The error code, when the call failed. */
  code?: string;
}

function send(res: ServerResponse, status: number, body: Record<string, unknown>, close = false): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...(close ? { connection: 'close' } : {}),
  });
  res.end(text);
}

// Unique per server run: a random prefix and a counter (a CSPRNG call per request showed in profiles).
const requestIdPrefix = randomBytes(8).toString('hex');
let requestCount = 0;

function requestIdOf(): string {
  requestCount = (requestCount + 1) % 2 ** 32;
  return requestIdPrefix + requestCount.toString(16).padStart(8, '0');
}

export function createFront(options: FrontOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const actions = new Map<string, ActionHandler>();
  for (const module of options.modules) {
    for (const [name, handler] of Object.entries(module.actions ?? {})) {
      if (actions.has(name)) throw new Error(`action ${name} is registered twice (module ${module.name})`);
      actions.set(name, handler);
    }
  }
  const routes = options.modules.map((m) => m.routes).filter((r): r is RouteHandler => Boolean(r));
  const log = options.log ?? ((line: string) => process.stderr.write(`[localcloud] ${line}\n`));

  const replyError = (res: ServerResponse, requestId: string, error: unknown): void => {
    if (error instanceof LocalCloudError) {
      send(res, 200, { requestId, code: error.code, message: error.message });
      return;
    }
    // Never a stack trace in the reply: the details go to the server's log only.
    log(`internal error (${requestId}): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    send(res, 200, { requestId, code: ErrorCodes.SYS_ERR, message: `internal error, requestId ${requestId}` });
  };

  async function admin(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const started = performance.now();
    const requestId = requestIdOf();
    const raw = await readBody(req, MAX_BODY_BYTES);
    if (!raw) {
      send(
        res,
        200,
        { requestId, code: ErrorCodes.EXCEED_REQUEST_SIZE_LIMIT, message: `request body exceeds ${MAX_BODY_BYTES} bytes` },
        true,
      );
      req.destroy();
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      send(res, 200, { requestId, code: ErrorCodes.INVALID_PARAM, message: 'request body is not valid JSON' });
      return;
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      send(res, 200, { requestId, code: ErrorCodes.INVALID_PARAM, message: 'request body must be a JSON object' });
      return;
    }
    const fields = body as Record<string, unknown>;
    const action = fields.action;
    const handler = typeof action === 'string' ? actions.get(action) : undefined;
    if (!handler) {
      send(res, 200, { requestId, code: ErrorCodes.INVALID_ACTION, message: `invalid action: ${String(action)}` });
      return;
    }
    const envId = (typeof fields.envName === 'string' && fields.envName) || url.searchParams.get('env') || options.defaultEnvId;
    try {
      const result = await handler({ action: action as string, body: fields, envId, requestId, headers: req.headers });
      if (result instanceof TopLevelReply) send(res, 200, { ...result.fields, requestId });
      else send(res, 200, { requestId, data: result ?? {} });
      options.onAdminCall?.({ action: action as string, ms: performance.now() - started });
    } catch (error) {
      replyError(res, requestId, error);
      options.onAdminCall?.({
        action: action as string,
        ms: performance.now() - started,
        code: error instanceof LocalCloudError ? error.code : ErrorCodes.SYS_ERR,
      });
    }
  }

  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    void (async () => {
      for (const route of routes) if (await route(req, res, url)) return;
      if (url.pathname === '/admin' && req.method === 'POST') return admin(req, res, url);
      if (options.hostRoutes && (await options.hostRoutes(req, res, url))) return;
      send(res, 404, { code: 'NOT_FOUND', message: `no route for ${req.method ?? ''} ${url.pathname}` });
    })().catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      replyError(res, requestIdOf(), error);
    });
  };
}
