import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { LocalCloudError } from '../core/errors';
import type { ActionRequest, LocalCloudModule } from '../core/module';
import { assertCloudPath, assertEnvId, fileIdOf, parseFileId, type ObjectRef } from './fileid';
import { DOWNLOAD_PREFIX, objectUrlPath, storageRoutes, UPLOAD_PREFIX, uploadAuthorization } from './http';
import { ObjectStore } from './objects';
import { UrlSigner } from './signing';

export { bucketOf, fileIdOf, parseFileId } from './fileid';

export interface StorageOptions {
  /** Files live under `<dataDir>/storage/<envId>/<cloudPath>`. */
  dataDir: string;
  envId: string;
  baseUrl(): string;
  /** Signs upload and download URLs. */
  secret: string | Buffer;
  /** The current time (a Date or epoch milliseconds); URL expiry is judged by it (tests inject one). */
  clock?: () => number | Date;
  /** Largest accepted upload (default 100 MB). */
  maxUploadBytes?: number;
}

export interface StorageService {
  module: LocalCloudModule;
  /** Stores bytes at a cloud path of the default environment; resolves with the `cloud://` file ID. */
  put(cloudPath: string, data: Buffer): Promise<string>;
  /** A signed temporary download URL served by the local cloud (default lifetime: 2 hours). */
  tempUrl(fileID: string, maxAgeSeconds?: number): string;
  /** The bytes of a file; rejects with STORAGE_FILE_NONEXIST when there is none. */
  read(fileID: string): Promise<Buffer>;
  /** Deletes a file; false when there was none. */
  remove(fileID: string): Promise<boolean>;
}

/** Temporary URLs of cloud files last about two hours in production when no maxAge is given. */
export const DEFAULT_MAX_AGE_SECONDS = 7200;
/** How long an upload URL from getUploadMetadata stays valid. */
const UPLOAD_URL_SECONDS = 600;

type FileResult = { fileID: string; code: string; message?: string };

function missing(fileID: string): FileResult {
  return { fileID, code: 'STORAGE_FILE_NONEXIST', message: 'storage file not exist' };
}

function asList(value: unknown, field: string): unknown[] {
  if (!Array.isArray(value)) throw new LocalCloudError('INVALID_PARAM', `${field} must be an array`);
  return value;
}

export function createStorageModule(options: StorageOptions): StorageService {
  const now = (): number => {
    const value = options.clock ? options.clock() : Date.now();
    return typeof value === 'number' ? value : value.getTime();
  };
  const store = new ObjectStore(path.join(options.dataDir, 'storage'));
  const signer = new UrlSigner(options.secret);
  const maxUploadBytes = options.maxUploadBytes ?? 100 * 1024 * 1024;
  const envOf = (request: ActionRequest): string => assertEnvId(request.envId || options.envId);

  function signedUrl(ref: ObjectRef, maxAgeSeconds: number): string {
    if (!Number.isFinite(maxAgeSeconds) || maxAgeSeconds <= 0) {
      throw new LocalCloudError('INVALID_PARAM', `maxAge must be a positive number of seconds, got ${maxAgeSeconds}`);
    }
    const expiresAt = Math.floor(now() / 1000) + Math.floor(maxAgeSeconds);
    const sign = signer.sign('download', ref, expiresAt);
    return `${options.baseUrl()}${objectUrlPath(DOWNLOAD_PREFIX, ref, false)}?sign=${sign}&t=${expiresAt}`;
  }

  async function getUploadMetadata(request: ActionRequest): Promise<unknown> {
    const ref = { envId: envOf(request), cloudPath: assertCloudPath(request.body.path) };
    const expiresAt = Math.floor(now() / 1000) + UPLOAD_URL_SECONDS;
    const authorization = uploadAuthorization({ signer }, ref, expiresAt);
    return {
      url: `${options.baseUrl()}${objectUrlPath(UPLOAD_PREFIX, ref, true)}`,
      token: 'local',
      authorization,
      fileId: fileIdOf(ref),
      cosFileId: randomUUID(),
      download_url: signedUrl(ref, UPLOAD_URL_SECONDS),
    };
  }

  async function batchGetDownloadUrl(request: ActionRequest): Promise<unknown> {
    const items = asList(request.body.file_list, 'file_list');
    const downloadList = await Promise.all(
      items.map(async (item) => {
        const entry = (item ?? {}) as Record<string, unknown>;
        const fileID = String(entry.fileid ?? '');
        const maxAge = entry.max_age === undefined || entry.max_age === null ? DEFAULT_MAX_AGE_SECONDS : Number(entry.max_age);
        let ref: ObjectRef;
        try {
          ref = parseFileId(fileID);
        } catch (error) {
          return { fileID, tempFileURL: '', code: 'INVALID_PARAM', message: (error as Error).message };
        }
        if ((await store.size(ref)) === undefined) return { ...missing(fileID), tempFileURL: '' };
        return { fileID, tempFileURL: signedUrl(ref, maxAge), maxAge, code: 'SUCCESS' };
      }),
    );
    return { download_list: downloadList };
  }

  async function batchDeleteFile(request: ActionRequest): Promise<unknown> {
    const items = asList(request.body.fileid_list, 'fileid_list');
    const deleteList: FileResult[] = [];
    for (const item of items) {
      const fileID = String(item);
      let ref: ObjectRef;
      try {
        ref = parseFileId(fileID);
      } catch (error) {
        deleteList.push({ fileID, code: 'INVALID_PARAM', message: (error as Error).message });
        continue;
      }
      deleteList.push((await store.remove(ref)) ? { fileID, code: 'SUCCESS' } : missing(fileID));
    }
    return { delete_list: deleteList };
  }

  return {
    module: {
      name: 'storage',
      actions: {
        'storage.getUploadMetadata': getUploadMetadata,
        'storage.batchGetDownloadUrl': batchGetDownloadUrl,
        'storage.batchDeleteFile': batchDeleteFile,
      },
      routes: storageRoutes({ store, signer, now, maxUploadBytes }),
    },
    async put(cloudPath, data) {
      const ref = { envId: options.envId, cloudPath: assertCloudPath(cloudPath) };
      await store.write(ref, data, maxUploadBytes);
      return fileIdOf(ref);
    },
    tempUrl: (fileID, maxAgeSeconds = DEFAULT_MAX_AGE_SECONDS) => signedUrl(parseFileId(fileID), maxAgeSeconds),
    async read(fileID) {
      const data = await store.read(parseFileId(fileID));
      if (!data) throw new LocalCloudError('STORAGE_FILE_NONEXIST', `storage file not exist: ${fileID}`);
      return data;
    },
    remove: (fileID) => store.remove(parseFileId(fileID)),
  };
}
