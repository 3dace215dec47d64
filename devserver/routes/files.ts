import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLarge, failure, readBody, sendJson } from './http';
import { identify } from './identity';

export interface FilesDeps {
  secret: Buffer;
  localMode: boolean;
  put(cloudPath: string, data: Buffer): Promise<string>;
  tempUrl(fileID: string): string;
}

const MAX_FILE = 10 * 1024 * 1024;
const SAFE_PATH = /^(?!.*\.\.)[A-Za-z0-9_\-/.]{1,200}$/;
const ALLOWED_TYPES = /^(image\/(jpeg|png|webp|gif)|application\/pdf)$/;

/**
 * `/api/files`: the browser's stand-in for `wx.cloud.uploadFile` (POST the bytes to a cloud
 * path) and for showing a `cloud://` file (GET redirects to a short-lived signed URL).
 */
export const handleFiles = async (req: IncomingMessage, res: ServerResponse, url: URL, deps: FilesDeps): Promise<void> => {
  const who = identify(req, deps.secret, deps.localMode);
  if ('refused' in who) return sendJson(res, 403, failure('FORBIDDEN'));
  if (!who.openid) return sendJson(res, 401, failure('UNAUTHENTICATED'));

  if (req.method === 'GET') {
    const fileID = url.searchParams.get('fileID') ?? '';
    if (!fileID.startsWith('cloud://')) return sendJson(res, 400, failure('INVALID_INPUT', '文件地址不对'));
    res.writeHead(302, { location: deps.tempUrl(fileID), 'cache-control': 'no-store' });
    res.end();
    return;
  }
  if (req.method !== 'POST') return sendJson(res, 405, failure('INVALID_INPUT', '请求方式不对'));
  const cloudPath = url.searchParams.get('cloudPath') ?? '';
  if (!SAFE_PATH.test(cloudPath) || cloudPath.startsWith('/')) return sendJson(res, 400, failure('INVALID_INPUT', '文件路径不对'));
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
  if (!ALLOWED_TYPES.test(type)) return sendJson(res, 415, failure('INVALID_INPUT', '只能上传图片或PDF文件'));
  try {
    const data = await readBody(req, MAX_FILE);
    if (data.length === 0) return sendJson(res, 400, failure('INVALID_INPUT', '文件是空的'));
    sendJson(res, 200, { ok: true, data: { fileID: await deps.put(cloudPath, data) } });
  } catch (error) {
    if (error instanceof BodyTooLarge) return sendJson(res, 413, failure('INVALID_INPUT', '文件不能超过10MB'));
    throw error;
  }
};
