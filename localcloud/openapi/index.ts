import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { LocalCloudError } from '../core/errors';
import type { ActionRequest, LocalCloudModule } from '../core/module';
import type { Caller, InvocationIdentity } from '../functions/caller';
import { boundaryOf, parseMultipart } from './multipart';
import { decodeCommApiData, encodeCommOpenApiResp, type KeyValuePair } from './protobuf';

/** A binary answer (e.g. a mini-program code image), as wx-server-sdk hands it to the function. */
export interface OpenApiBinary {
  contentType: string;
  buffer: Buffer;
}

/** What WeChat's HTTP API would answer: a JSON object (`errcode` non-zero means failure) or bytes. */
export type OpenApiResult = Record<string, unknown> | OpenApiBinary;

export interface OpenApiCall {
  apiName: string;
  envId: string;
  /** The function making the call, when it comes from one. */
  functionName?: string;
  /** `wx.api` (node-sdk `callWxOpenApi`) or `wx.openApi` (wx-server-sdk `cloud.openapi`). */
  via: 'wx.api' | 'wx.openApi';
}

/**
 * Does one open API's local work. `requestData` is the body WeChat's HTTP API would receive
 * (snake_case keys: wx-server-sdk converts `cloud.openapi` arguments before sending); a media
 * argument arrives as `{ contentType, value: Buffer, fileName }`.
 */
export type OpenApiAdapter = (requestData: Record<string, unknown>, caller: Caller, call: OpenApiCall) => Promise<OpenApiResult>;

export interface OpenApiOptions {
  /** Adapters by API name as the caller names it, e.g. `security.msgSecCheck`, `subscribeMessage.send`. */
  adapters?: Record<string, OpenApiAdapter>;
  /** Who is behind a `wxCloudApiToken` (the functions module knows). */
  identify(token: unknown): InvocationIdentity | undefined;
  /** `permissions.openapi` of a function's config.json. */
  permissionsOf(functionName: string): string[] | undefined;
  /** Refuse calls a function's config.json does not permit, as production does (default true). */
  enforcePermissions?: boolean;
}

export interface OpenApiService {
  module: LocalCloudModule;
}

/** wx-server-sdk's code for "function has no permission to call this API". */
const NO_PERMISSION = -604101;
const MAX_BODY_BYTES = 20 * 1024 * 1024;

class PermissionDenied extends LocalCloudError {
  constructor(apiName: string, functionName: string) {
    super(
      'PERMISSION_DENIED',
      `function has no permission to call this API: add "${apiName}" to permissions.openapi in ${functionName}/config.json`,
    );
  }
}

function isBinary(result: OpenApiResult): result is OpenApiBinary {
  return Buffer.isBuffer(result.buffer) && typeof result.contentType === 'string';
}

const MEDIA_TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif' };

function pairValue(pair: KeyValuePair): unknown {
  if (pair.filename !== undefined) {
    const contentType = pair.contentType ?? MEDIA_TYPES[path.extname(pair.filename).toLowerCase()] ?? 'application/octet-stream';
    return { contentType, value: pair.value, fileName: pair.filename };
  }
  const text = pair.value.toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new LocalCloudError('INVALID_PARAM', 'request body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The SDK parses an error reply to a multipart call only when it has exactly this content type. */
function sendTcbError(res: ServerResponse, code: string, message: string): void {
  const body = JSON.stringify({ code, message, requestId: randomUUID() });
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function sendProtobuf(res: ServerResponse, body: Buffer): void {
  res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length });
  res.end(body);
}

export function createOpenApiModule(options: OpenApiOptions): OpenApiService {
  const adapters = options.adapters ?? {};
  const enforce = options.enforcePermissions ?? true;

  async function dispatch(
    apiName: unknown,
    requestData: Record<string, unknown>,
    token: unknown,
    envId: string,
    via: OpenApiCall['via'],
  ): Promise<OpenApiResult> {
    if (typeof apiName !== 'string' || apiName === '') throw new LocalCloudError('INVALID_PARAM', 'apiName must be a non-empty string');
    const adapter = Object.prototype.hasOwnProperty.call(adapters, apiName) ? adapters[apiName] : undefined;
    if (!adapter) {
      throw new LocalCloudError(
        'OPENAPI_NOT_AVAILABLE_LOCALLY',
        `open API ${apiName} is not available locally: register an adapter for "${apiName}" in the local cloud's openApi option`,
      );
    }
    const identity = options.identify(token);
    const functionName = identity?.functionName;
    if (enforce && functionName && !(options.permissionsOf(functionName) ?? []).includes(apiName)) {
      throw new PermissionDenied(apiName, functionName);
    }
    let result: OpenApiResult;
    try {
      result = await adapter(requestData, identity?.caller ?? {}, { apiName, envId, functionName, via });
    } catch (error) {
      throw new LocalCloudError('SYS_ERR', `open API ${apiName} failed locally: ${(error as Error)?.message ?? String(error)}`);
    }
    if (result === null || typeof result !== 'object' || Array.isArray(result)) {
      throw new LocalCloudError('SYS_ERR', `open API ${apiName}: the local adapter must resolve with an object`);
    }
    return result;
  }

  async function wxApi(request: ActionRequest): Promise<unknown> {
    const { body } = request;
    let requestData: Record<string, unknown> = {};
    if (typeof body.requestData === 'string' && body.requestData !== '') {
      try {
        requestData = JSON.parse(body.requestData) as Record<string, unknown>;
      } catch {
        throw new LocalCloudError('INVALID_PARAM', 'requestData must be a JSON string');
      }
    }
    const result = await dispatch(body.apiName, requestData, body.wxCloudApiToken, request.envId, 'wx.api');
    if (isBinary(result)) {
      throw new LocalCloudError(
        'INVALID_PARAM',
        `open API ${String(body.apiName)} answers binary data, which callWxOpenApi (wx.api) cannot carry locally: call it through wx-server-sdk cloud.openapi`,
      );
    }
    return { responseData: JSON.stringify(result) };
  }

  /** wx-server-sdk's `cloud.openapi` posts multipart/form-data to /admin with a protobuf request. */
  async function multipartRoute(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    if (req.method !== 'POST' || url.pathname !== '/admin' || !/^multipart\/form-data/i.test(req.headers['content-type'] ?? '')) {
      return false;
    }
    let fields: Map<string, Buffer>;
    try {
      fields = parseMultipart(await readBody(req), boundaryOf(req.headers['content-type']));
    } catch (error) {
      sendTcbError(res, 'INVALID_PARAM', `malformed multipart request: ${(error as Error).message}`);
      return true;
    }
    const text = (name: string): string | undefined => fields.get(name)?.toString('utf8');
    const action = text('action');
    const apiName = text('apiName');
    if (action !== 'wx.openApi') {
      sendTcbError(res, 'OPENAPI_NOT_AVAILABLE_LOCALLY', `${action ?? 'this action'} (${apiName ?? ''}) is not available locally`);
      return true;
    }
    const envId = text('envName') || url.searchParams.get('env') || '';
    try {
      const message = decodeCommApiData(fields.get('requestData') ?? Buffer.alloc(0));
      const requestData: Record<string, unknown> = {};
      for (const pair of message.pairs) requestData[pair.key] = pairValue(pair);
      const result = await dispatch(apiName, requestData, text('wxCloudApiToken'), envId, 'wx.openApi');
      const response = isBinary(result)
        ? { respData: result.buffer, contentType: result.contentType }
        : { respData: Buffer.from(JSON.stringify(result)), contentType: 'application/json' };
      sendProtobuf(res, encodeCommOpenApiResp({ ...response, httpCode: 200 }));
    } catch (error) {
      if (error instanceof PermissionDenied) {
        sendProtobuf(res, encodeCommOpenApiResp({ respData: Buffer.alloc(0), contentType: '', errorCode: NO_PERMISSION }));
      } else if (error instanceof LocalCloudError) sendTcbError(res, error.code, error.message);
      else sendTcbError(res, 'SYS_ERR', `malformed open API request: ${(error as Error).message}`);
    }
    return true;
  }

  return {
    module: { name: 'openapi', actions: { 'wx.api': wxApi }, routes: multipartRoute },
  };
}
