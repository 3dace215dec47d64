import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { LocalCloudError } from '../core/errors';
import { boundaryOf, parseMultipart } from '../openapi/multipart';
import { assertCloudPath, assertEnvId, type ObjectRef } from './fileid';
import { TooLargeError, type ObjectStore } from './objects';
import type { UrlSigner } from './signing';

export const UPLOAD_PREFIX = '/storage/upload/';
export const DOWNLOAD_PREFIX = '/storage/file/';

const CONTENT_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.heic': 'image/heic',
  '.mp4': 'video/mp4',
  '.mov': 'video/quicktime',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
};

export function contentTypeOf(cloudPath: string): string {
  return CONTENT_TYPES[path.extname(cloudPath).toLowerCase()] ?? 'application/octet-stream';
}

/** Object path of a URL below a prefix: `<envId>/<percent-encoded segments>`. */
export function refFromPath(pathname: string, prefix: string): ObjectRef {
  const [envId, ...segments] = pathname.slice(prefix.length).split('/');
  let cloudPath: string;
  try {
    cloudPath = segments.map((segment) => decodeURIComponent(segment)).join('/');
  } catch {
    throw new LocalCloudError('INVALID_PARAM', 'malformed percent-encoding in the object path');
  }
  return { envId: assertEnvId(decodeURIComponent(envId ?? '')), cloudPath: assertCloudPath(cloudPath) };
}

/** The path part of an object URL; segments stay raw (SDKs `encodeURI` temporary URLs themselves). */
export function objectUrlPath(prefix: string, ref: ObjectRef, encode: boolean): string {
  const segments = ref.cloudPath.split('/').map((segment) => (encode ? encodeURIComponent(segment) : segment));
  return `${prefix}${ref.envId}/${segments.join('/')}`;
}

function xmlEscape(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** COS answers errors as XML; the SDK's uploadFile reads Code, Message, RequestId and TraceId from it. */
export function sendCosError(res: ServerResponse, status: number, code: string, message: string, resource: string): void {
  const requestId = randomUUID();
  const body =
    `<?xml version='1.0' encoding='utf-8' ?>\n<Error><Code>${xmlEscape(code)}</Code>` +
    `<Message>${xmlEscape(message)}</Message><Resource>${xmlEscape(resource)}</Resource>` +
    `<RequestId>${requestId}</RequestId><TraceId>${requestId}</TraceId></Error>`;
  res.writeHead(status, { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(body), 'x-cos-request-id': requestId });
  res.end(body);
}

export interface StorageRoutesDeps {
  store: ObjectStore;
  signer: UrlSigner;
  now(): number;
  maxUploadBytes: number;
}

function nowSeconds(deps: StorageRoutesDeps): number {
  return Math.floor(deps.now() / 1000);
}

/** `q-sign-time=<expiry>&q-signature=<hmac>`: the upload authorization handed out by getUploadMetadata. */
export function uploadAuthorization(deps: Pick<StorageRoutesDeps, 'signer'>, ref: ObjectRef, expiresAt: number): string {
  return `q-sign-time=${expiresAt}&q-signature=${deps.signer.sign('upload', ref, expiresAt)}`;
}

function readLimited(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(new TooLargeError(`larger than ${limit} bytes`));
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The body and authorization of an upload: a raw PUT (node-sdk) or a COS form POST (web SDKs). */
async function uploadRequest(
  deps: StorageRoutesDeps,
  req: IncomingMessage,
  ref: ObjectRef,
): Promise<{ source: Buffer | Readable; authorization: string; status: number }> {
  const header = req.headers.authorization ?? req.headers.signature;
  if (req.method === 'PUT') return { source: req, authorization: (Array.isArray(header) ? header[0] : header) ?? '', status: 200 };
  const fields = parseMultipart(await readLimited(req, deps.maxUploadBytes + 64 * 1024), boundaryOf(req.headers['content-type']));
  const key = fields.get('key')?.toString('utf8');
  if (key !== undefined && key !== ref.cloudPath) throw new LocalCloudError('INVALID_PARAM', 'the form key does not name this object');
  const file = fields.get('file');
  if (!file) throw new LocalCloudError('INVALID_PARAM', 'the form has no file field');
  const signature = fields.get('Signature') ?? fields.get('signature');
  const status = Number(fields.get('success_action_status')?.toString('utf8') ?? 204);
  return { source: file, authorization: signature?.toString('utf8') ?? '', status: [200, 201, 204].includes(status) ? status : 204 };
}

async function handleUpload(deps: StorageRoutesDeps, req: IncomingMessage, res: ServerResponse, ref: ObjectRef): Promise<void> {
  const resource = `/${ref.cloudPath}`;
  let upload: Awaited<ReturnType<typeof uploadRequest>>;
  try {
    upload = await uploadRequest(deps, req, ref);
  } catch (error) {
    req.resume();
    if (error instanceof TooLargeError)
      return sendCosError(res, 400, 'EntityTooLarge', `Your proposed upload is ${error.message}`, resource);
    return sendCosError(res, 400, 'InvalidArgument', (error as Error).message, resource);
  }
  const params = new URLSearchParams(upload.authorization);
  const expiresAt = Number(params.get('q-sign-time'));
  const signature = params.get('q-signature') ?? '';
  if (!Number.isInteger(expiresAt) || !deps.signer.verify('upload', ref, expiresAt, signature)) {
    req.resume();
    return sendCosError(res, 403, 'SignatureDoesNotMatch', 'The upload signature does not match this object', resource);
  }
  if (expiresAt < nowSeconds(deps)) {
    req.resume();
    return sendCosError(res, 403, 'AccessDenied', 'Request has expired', resource);
  }
  try {
    await deps.store.write(ref, upload.source, deps.maxUploadBytes);
  } catch (error) {
    req.resume();
    if (error instanceof TooLargeError)
      return sendCosError(res, 400, 'EntityTooLarge', `Your proposed upload is ${error.message}`, resource);
    if (error instanceof LocalCloudError) return sendCosError(res, 409, 'InvalidObjectState', error.message, resource);
    throw error;
  }
  res.writeHead(upload.status, { 'content-length': 0, etag: `"${randomUUID()}"` });
  res.end();
}

async function handleDownload(deps: StorageRoutesDeps, req: IncomingMessage, res: ServerResponse, ref: ObjectRef, url: URL): Promise<void> {
  const expiresAt = Number(url.searchParams.get('t'));
  const signature = url.searchParams.get('sign') ?? '';
  if (!Number.isInteger(expiresAt) || !deps.signer.verify('download', ref, expiresAt, signature)) {
    return sendCosError(res, 403, 'AccessDenied', 'Access Denied.', `/${ref.cloudPath}`);
  }
  if (expiresAt < nowSeconds(deps)) return sendCosError(res, 403, 'AccessDenied', 'Request has expired', `/${ref.cloudPath}`);
  const size = await deps.store.size(ref);
  if (size === undefined) return sendCosError(res, 404, 'NoSuchKey', 'The specified key does not exist.', `/${ref.cloudPath}`);
  res.writeHead(200, {
    'content-type': contentTypeOf(ref.cloudPath),
    'content-length': size,
    'cache-control': 'private, max-age=0',
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') return void res.end();
  deps.store
    .stream(ref)
    .on('error', () => res.destroy())
    .pipe(res);
}

/** Serves the upload endpoint getUploadMetadata points at, and signed temporary download URLs. */
export function storageRoutes(deps: StorageRoutesDeps) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    const upload = url.pathname.startsWith(UPLOAD_PREFIX);
    const download = url.pathname.startsWith(DOWNLOAD_PREFIX);
    if (!upload && !download) return false;
    let ref: ObjectRef;
    try {
      ref = refFromPath(url.pathname, upload ? UPLOAD_PREFIX : DOWNLOAD_PREFIX);
    } catch (error) {
      req.resume();
      sendCosError(res, 400, 'InvalidURI', (error as Error).message, url.pathname);
      return true;
    }
    if (upload && (req.method === 'PUT' || req.method === 'POST')) await handleUpload(deps, req, res, ref);
    else if (download && (req.method === 'GET' || req.method === 'HEAD')) await handleDownload(deps, req, res, ref, url);
    else {
      req.resume();
      sendCosError(res, 405, 'MethodNotAllowed', `${req.method ?? ''} is not allowed here`, url.pathname);
    }
    return true;
  };
}
