import Taro from '@tarojs/taro';
import { FILE_TYPES, files, type FileExt, type UploadPurpose } from '@contracts/files';
import { call } from './call';
import { CallError } from './errors';

export interface LocalFile {
  /** A path from chooseMedia/chooseImage (a temp path in WeChat, a blob: URL in the browser). */
  path: string;
  ext: FileExt;
}

/** Reports progress over all files together, 0–100. */
export type UploadProgress = (percent: number) => void;

const extOf = (path: string): FileExt => {
  const ext = /\.([a-z0-9]+)(?:\?|$)/i.exec(path)?.[1]?.toLowerCase();
  if (ext === 'jpeg') return 'jpg';
  return ext && ext in FILE_TYPES ? (ext as FileExt) : 'jpg';
};

/** A picked file as the upload needs it; the extension comes from the path when it has one. */
export const localFile = (path: string, ext?: FileExt): LocalFile => ({ path, ext: ext ?? extOf(path) });

const uploadInWeChat = (cloudPath: string, filePath: string, onProgress: (fraction: number) => void) =>
  new Promise<string>((resolve, reject) => {
    const task = Taro.cloud.uploadFile({
      cloudPath,
      filePath,
      success: (res) => resolve(res.fileID),
      fail: () => reject(CallError.network()),
    }) as unknown as { onProgressUpdate?: (cb: (p: { progress: number }) => void) => void };
    task?.onProgressUpdate?.((p) => onProgress(p.progress / 100));
  });

const uploadInBrowser = async (cloudPath: string, file: LocalFile, onProgress: (fraction: number) => void): Promise<string> => {
  let blob: Blob;
  try {
    blob = await (await fetch(file.path)).blob();
  } catch {
    throw new CallError('INVALID_INPUT', '读取文件失败，请重新选择');
  }
  return new Promise<string>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/files?cloudPath=${encodeURIComponent(cloudPath)}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', FILE_TYPES[file.ext]);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onerror = () => reject(CallError.network());
    xhr.onload = () => {
      try {
        const reply = JSON.parse(xhr.responseText) as { ok: boolean; data?: { fileID: string }; error?: { code: string; message: string } };
        if (reply.ok && reply.data) resolve(reply.data.fileID);
        else reject(new CallError('INVALID_INPUT', reply.error?.message ?? '上传失败，请重试'));
      } catch {
        reject(CallError.internal());
      }
    };
    xhr.send(blob);
  });
};

/**
 * Uploads the picked files to cloud storage under paths the server reserved for this person and
 * purpose, and resolves with their `cloud://` ids — what forms then send.
 */
export const uploadFiles = async (purpose: UploadPurpose, picked: readonly LocalFile[], onProgress?: UploadProgress): Promise<string[]> => {
  if (!picked.length) return [];
  const { uploads } = await call(files.prepareUploads, { purpose, files: picked.map((f) => ({ ext: f.ext })) });
  const fractions = picked.map(() => 0);
  const report = (i: number) => (fraction: number) => {
    fractions[i] = fraction;
    onProgress?.(Math.round((fractions.reduce((a, b) => a + b, 0) / picked.length) * 100));
  };
  const ids: string[] = [];
  for (const [i, file] of picked.entries()) {
    const cloudPath = uploads[i]?.cloudPath;
    if (!cloudPath) throw CallError.internal();
    ids.push(
      process.env.TARO_ENV === 'weapp'
        ? await uploadInWeChat(cloudPath, file.path, report(i))
        : await uploadInBrowser(cloudPath, file, report(i)),
    );
  }
  onProgress?.(100);
  return ids;
};

/** What an Image's `src` needs: WeChat shows `cloud://` ids itself; the browser asks the local server. */
export const fileUrl = (fileID: string): string =>
  process.env.TARO_ENV === 'weapp' ? fileID : `/api/files?fileID=${encodeURIComponent(fileID)}`;
