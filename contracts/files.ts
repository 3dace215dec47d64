import * as v from 'valibot';
import { defineAction } from './action';

/** What an upload is for; a file prepared for one purpose cannot be used for another. */
export const UPLOAD_PURPOSES = ['ticket', 'notice', 'fair', 'market'] as const;
export type UploadPurpose = (typeof UPLOAD_PURPOSES)[number];

export const FILE_TYPES = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp', pdf: 'application/pdf' } as const;
export type FileExt = keyof typeof FILE_TYPES;

/** WeChat's convention for a post: at most nine pictures. */
export const MAX_FILES_PER_UPLOAD = 9;

export interface PreparedUpload {
  /** Where to upload the file in cloud storage; the resulting `cloud://` id is what forms send. */
  cloudPath: string;
}

export const files = {
  /**
   * Reserves cloud paths for the caller's files. Only files uploaded to paths reserved by the
   * same person for the same purpose are accepted later, so nobody can attach someone else's photo.
   */
  prepareUploads: defineAction<{ uploads: PreparedUpload[] }>()({
    fn: 'users',
    name: 'prepareUploads',
    access: 'anyone',
    input: v.strictObject({
      purpose: v.picklist(UPLOAD_PURPOSES, '不支持的上传用途'),
      files: v.pipe(
        v.array(
          v.strictObject({ ext: v.picklist(Object.keys(FILE_TYPES) as [FileExt, ...FileExt[]], '只能上传图片或PDF文件') }),
          '参数不对',
        ),
        v.minLength(1, '请选择文件'),
        v.maxLength(MAX_FILES_PER_UPLOAD, `最多${MAX_FILES_PER_UPLOAD}个文件`),
      ),
    }),
  }),
} as const;

/** A `cloud://` file id as forms send it. */
export const fileId = (label: string) =>
  v.pipe(
    v.string(`${label}无效，请重新上传`),
    v.maxLength(1000, `${label}无效，请重新上传`),
    v.regex(/^cloud:\/\/[^\s/]+\/[^\s]+$/, `${label}无效，请重新上传`),
  );

/** A list of uploaded files for a form field, at most `max`. */
export const fileIds = (label: string, max: number = MAX_FILES_PER_UPLOAD) =>
  v.pipe(v.array(fileId(label), `${label}无效，请重新上传`), v.maxLength(max, `${label}最多${max}个`));
