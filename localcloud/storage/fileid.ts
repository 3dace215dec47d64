import { LocalCloudError } from '../core/errors';

/** A stored object: which environment it belongs to and its path in that environment's bucket. */
export interface ObjectRef {
  envId: string;
  cloudPath: string;
}

const ENV_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** Production uses `<hex of the env's first two characters>-<envId>-<appid number>`. */
export function bucketOf(envId: string): string {
  return `${Buffer.from(envId.slice(0, 2)).toString('hex')}-${envId}-1250000000`;
}

export function fileIdOf(ref: ObjectRef): string {
  return `cloud://${ref.envId}.${bucketOf(ref.envId)}/${ref.cloudPath}`;
}

export function assertEnvId(envId: string): string {
  if (!ENV_ID.test(envId)) throw new LocalCloudError('INVALID_PARAM', `invalid environment id: ${JSON.stringify(envId)}`);
  return envId;
}

/**
 * CloudBase's object-key rules (not empty, no leading `/`, no `//`, at most 850 bytes, no ASCII
 * control characters), plus what keeps a key inside the data directory and its URLs unambiguous:
 * no `.`/`..` segments, no `\`, and none of `?`, `#`, `%` (download URLs carry the raw path, which
 * SDKs run through `encodeURI`).
 */
export function assertCloudPath(cloudPath: unknown): string {
  const fail = (why: string): never => {
    throw new LocalCloudError('INVALID_PARAM', `invalid cloudPath ${JSON.stringify(cloudPath)}: ${why}`);
  };
  if (typeof cloudPath !== 'string' || cloudPath === '') return fail('must be a non-empty string');
  if (Buffer.byteLength(cloudPath) > 850) fail('longer than 850 bytes');
  if (cloudPath.startsWith('/')) fail('must not start with /');
  if (cloudPath.endsWith('/')) fail('must name a file, not a folder');
  if (cloudPath.includes('//')) fail('must not contain //');
  if (/[\u0000-\u001f\u007f]/.test(cloudPath)) fail('must not contain control characters');
  if (/[\\?#%]/.test(cloudPath)) fail('must not contain \\, ?, # or %');
  if (cloudPath.split('/').some((segment) => segment === '.' || segment === '..')) fail('must not contain . or .. segments');
  return cloudPath;
}

/** Parses `cloud://<envId>.<bucket>/<path>`; the bucket must be the environment's own. */
export function parseFileId(fileId: unknown): ObjectRef {
  const invalid = (): never => {
    throw new LocalCloudError('INVALID_PARAM', `invalid fileID: ${JSON.stringify(fileId)}`);
  };
  if (typeof fileId !== 'string' || !fileId.startsWith('cloud://')) return invalid();
  const rest = fileId.slice('cloud://'.length);
  const slash = rest.indexOf('/');
  if (slash <= 0) return invalid();
  const host = rest.slice(0, slash);
  const dot = host.indexOf('.');
  if (dot <= 0) return invalid();
  const envId = host.slice(0, dot);
  if (!ENV_ID.test(envId) || host.slice(dot + 1) !== bucketOf(envId)) return invalid();
  return { envId, cloudPath: assertCloudPath(rest.slice(slash + 1)) };
}
