import type { ParsedInput } from '@contracts/action';
import type { FieldErrors } from '@contracts/envelope';
import type { files, PreparedUpload, UploadPurpose } from '@contracts/files';
import { shanghaiDate } from '@contracts/time';
import type { Clock } from '../kernel/clock';
import { newId } from '../kernel/ids';
import { invalidInput, ok, type Result } from '../kernel/result';
import type { UploadRepo } from './upload-repo';

export interface UploadDeps {
  uploads: UploadRepo;
  clock: Clock;
}

export const prepareUploads = async (
  command: ParsedInput<typeof files.prepareUploads>,
  ownerId: string,
  deps: UploadDeps,
): Promise<Result<{ uploads: PreparedUpload[] }>> => {
  const now = deps.clock.now();
  const day = shanghaiDate(now).replace(/-/g, '');
  const grants = command.files.map((f) => ({
    cloudPath: `uploads/${command.purpose}/${day}/${newId(18)}.${f.ext}`,
    ownerId,
    purpose: command.purpose,
    createdAt: now,
  }));
  await deps.uploads.reserve(grants);
  return ok({ uploads: grants.map((g) => ({ cloudPath: g.cloudPath })) });
};

/** The cloud path inside a `cloud://<env>.<bucket>/<path>` file id. */
export const cloudPathOf = (fileID: string): string | undefined => {
  const match = /^cloud:\/\/[^/]+\/(.+)$/.exec(fileID);
  return match?.[1];
};

/**
 * Accepts the file ids only if each was reserved by this person for this purpose. The field
 * named in the error is the form field the files came in.
 */
export const checkOwnedUploads = async (
  fileIDs: readonly string[],
  owner: { ownerId: string; purpose: UploadPurpose; field: string },
  deps: UploadDeps,
): Promise<Result<string[]>> => {
  const unique = [...new Set(fileIDs)];
  if (unique.length !== fileIDs.length) return invalidInput({ [owner.field]: '同一张图片只能上传一次' });
  const paths = unique.map(cloudPathOf);
  const grants = new Map((await deps.uploads.byPaths(paths.filter((p): p is string => !!p))).map((g) => [g.cloudPath, g]));
  const bad = paths.some((p) => {
    const grant = p ? grants.get(p) : undefined;
    return !grant || grant.ownerId !== owner.ownerId || grant.purpose !== owner.purpose;
  });
  if (bad) {
    const fields: FieldErrors = { [owner.field]: '图片无效，请重新上传' };
    return invalidInput(fields);
  }
  return ok(unique);
};
