import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ActionRequest } from '../../core/module';
import { bucketOf, createStorageModule, type StorageService } from '../../storage';

const ENV = 'local-test';

describe('storage module (actions and its own routes, no /admin front)', () => {
  let dataDir: string;
  let storage: StorageService;
  let server: Server;
  let base = '';
  let now = Date.parse('2026-03-01T00:00:00Z');

  const call = (action: string, body: Record<string, unknown>): Promise<unknown> => {
    const handler = storage.module.actions?.[action];
    if (!handler) throw new Error(`no handler for ${action}`);
    const request: ActionRequest = { action, body, envId: ENV, requestId: 'r1', headers: {} };
    return handler(request);
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'lc-storage-'));
    storage = createStorageModule({ dataDir, envId: ENV, baseUrl: () => base, secret: 'storage-secret', clock: () => now });
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', base);
      void storage.module.routes?.(req, res, url).then((handled) => {
        if (!handled) res.writeHead(404).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function upload(cloudPath: string, data: Buffer): Promise<string> {
    const meta = (await call('storage.getUploadMetadata', { path: cloudPath, method: 'put' })) as Record<string, string>;
    const res = await fetch(meta.url, { method: 'PUT', headers: { authorization: meta.authorization }, body: new Uint8Array(data) });
    expect(res.status).toBe(200);
    return meta.fileId;
  }

  async function tempUrl(fileID: string, maxAge?: number): Promise<Record<string, unknown>> {
    const data = (await call('storage.batchGetDownloadUrl', {
      file_list: [{ fileid: fileID, ...(maxAge ? { max_age: maxAge } : {}) }],
    })) as { download_list: Array<Record<string, unknown>> };
    return data.download_list[0];
  }

  it('uploads to the signed URL, hands out a temporary URL, and serves the bytes', async () => {
    const bytes = Buffer.from('an image, honestly');
    const fileID = await upload('posts/猫 1.png', bytes);
    expect(fileID).toBe(`cloud://${ENV}.${bucketOf(ENV)}/posts/猫 1.png`);
    const item = await tempUrl(fileID, 60);
    expect(item).toMatchObject({ fileID, code: 'SUCCESS', maxAge: 60 });
    const res = await fetch(encodeURI(String(item.tempFileURL)));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(bytes);
    await expect(storage.read(fileID)).resolves.toEqual(bytes);
  });

  it('refuses an expired or tampered download URL with 403', async () => {
    const fileID = await storage.put('docs/a.txt', Buffer.from('hello'));
    const url = storage.tempUrl(fileID, 30);
    expect((await fetch(url)).status).toBe(200);
    const tampered = url.replace(/sign=([A-Za-z0-9_-])/, (_m, c: string) => `sign=${c === 'A' ? 'B' : 'A'}`);
    expect((await fetch(tampered)).status).toBe(403);
    const otherFile = url.replace('docs/a.txt', 'docs/b.txt');
    expect((await fetch(otherFile)).status).toBe(403);
    now += 31_000;
    expect((await fetch(url)).status).toBe(403);
  });

  it('refuses an upload without a valid signature, or for another path', async () => {
    const meta = (await call('storage.getUploadMetadata', { path: 'x/one.txt' })) as Record<string, string>;
    const other = meta.url.replace('one.txt', 'two.txt');
    expect((await fetch(other, { method: 'PUT', headers: { authorization: meta.authorization }, body: 'x' })).status).toBe(403);
    expect((await fetch(meta.url, { method: 'PUT', body: 'x' })).status).toBe(403);
    now += 601_000;
    expect((await fetch(meta.url, { method: 'PUT', headers: { authorization: meta.authorization }, body: 'x' })).status).toBe(403);
  });

  it('deletes files: gone from reads and temporary URLs', async () => {
    const fileID = await storage.put('tmp/del.txt', Buffer.from('bye'));
    const url = storage.tempUrl(fileID);
    const deleted = (await call('storage.batchDeleteFile', { fileid_list: [fileID, fileID] })) as {
      delete_list: Array<{ code: string }>;
    };
    expect(deleted.delete_list.map((item) => item.code)).toEqual(['SUCCESS', 'STORAGE_FILE_NONEXIST']);
    expect((await fetch(url)).status).toBe(404);
    expect(await tempUrl(fileID)).toMatchObject({ code: 'STORAGE_FILE_NONEXIST', tempFileURL: '' });
    await expect(storage.read(fileID)).rejects.toMatchObject({ code: 'STORAGE_FILE_NONEXIST' });
  });

  it('refuses path traversal everywhere', async () => {
    for (const bad of ['../escape.txt', 'a/../../escape.txt', '/abs.txt', 'a//b', 'a\\..\\b', 'a/./b', 'a%2e%2e/b']) {
      await expect(storage.put(bad, Buffer.from('x'))).rejects.toMatchObject({ code: 'INVALID_PARAM' });
      await expect(call('storage.getUploadMetadata', { path: bad })).rejects.toMatchObject({ code: 'INVALID_PARAM' });
    }
    await expect(storage.read(`cloud://${ENV}.${bucketOf(ENV)}/../../etc/passwd`)).rejects.toMatchObject({ code: 'INVALID_PARAM' });
    await expect(storage.read(`cloud://other.${bucketOf(ENV)}/a.txt`)).rejects.toMatchObject({ code: 'INVALID_PARAM' });
    for (const raw of [
      '/storage/file/local-test/..%2F..%2Fetc%2Fpasswd',
      '/storage/file/local-test/%2e%2e/x',
      '/storage/upload/..%2Fx/a',
    ]) {
      const res = await fetch(`${base}${raw}`, {
        method: raw.includes('upload') ? 'PUT' : 'GET',
        body: raw.includes('upload') ? 'x' : undefined,
      });
      expect(res.status).toBe(400);
    }
  });

  it('accepts a COS form POST upload (as web SDKs send it) with the same authorization', async () => {
    const meta = (await call('storage.getUploadMetadata', { path: 'form/pic.gif' })) as Record<string, string>;
    const form = new FormData();
    form.append('key', 'form/pic.gif');
    form.append('Signature', meta.authorization);
    form.append('x-cos-security-token', meta.token);
    form.append('success_action_status', '201');
    form.append('file', new Blob([new Uint8Array([71, 73, 70])]), 'pic.gif');
    const res = await fetch(meta.url, { method: 'POST', body: form });
    expect(res.status).toBe(201);
    await expect(storage.read(meta.fileId)).resolves.toEqual(Buffer.from('GIF'));
    const wrongKey = new FormData();
    wrongKey.append('key', 'form/other.gif');
    wrongKey.append('Signature', meta.authorization);
    wrongKey.append('file', new Blob(['x']));
    expect((await fetch(meta.url, { method: 'POST', body: wrongKey })).status).toBe(400);
  });

  it('answers HEAD with the size and type', async () => {
    const fileID = await storage.put('h/data.json', Buffer.from('{"a":1}'));
    const res = await fetch(storage.tempUrl(fileID), { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe('7');
    expect(res.headers.get('content-type')).toBe('application/json');
  });
});
