import Taro from '@tarojs/taro';
import type { Attachment, CsvFile } from '@contracts/announcements';
import { CallError } from '../../../services/errors';
import { fileUrl, localFile, type LocalFile } from '../../../services/files';

/** Pictures from the album or camera (compressed: a notice needs no originals). */
export const pickImages = async (count: number): Promise<LocalFile[]> => {
  const res = await Taro.chooseImage({ count, sizeType: ['compressed'], sourceType: ['album', 'camera'] });
  return res.tempFilePaths.map((path) => localFile(path));
};

export interface PickedPdf {
  file: LocalFile;
  name: string;
}

/** One PDF: from a chat in WeChat (where documents live on a phone), a file dialog in the browser. */
export const pickPdf = async (): Promise<PickedPdf | undefined> => {
  if (process.env.TARO_ENV === 'weapp') {
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['pdf'] });
    const picked = res.tempFiles[0];
    return picked ? { file: localFile(picked.path, 'pdf'), name: picked.name } : undefined;
  }
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = 'application/pdf';
    input.onchange = () => {
      const picked = input.files?.[0];
      resolve(picked ? { file: localFile(URL.createObjectURL(picked), 'pdf'), name: picked.name } : undefined);
    };
    input.click();
  });
};

/** Opens an attachment: pictures full screen, PDFs in WeChat's document viewer or a new browser tab. */
export const openAttachment = async (attachment: Attachment): Promise<void> => {
  if (attachment.kind === 'image') {
    await Taro.previewImage({ urls: [fileUrl(attachment.fileID)] });
    return;
  }
  if (process.env.TARO_ENV === 'weapp') {
    const { tempFilePath } = await Taro.cloud.downloadFile({ fileID: attachment.fileID });
    await Taro.openDocument({ filePath: tempFilePath, fileType: 'pdf', showMenu: true });
    return;
  }
  window.open(fileUrl(attachment.fileID), '_blank');
};

/**
 * Hands the CSV the server made to the person: in WeChat it is written to a file and shared to a
 * chat (to the grid worker, or to one's own 文件传输助手 to open on a computer); in the browser it
 * downloads.
 */
export const saveCsv = async (file: CsvFile): Promise<void> => {
  if (process.env.TARO_ENV === 'weapp') {
    const filePath = `${Taro.env.USER_DATA_PATH}/${file.filename}`;
    Taro.getFileSystemManager().writeFileSync(filePath, file.csv, 'utf8');
    await Taro.shareFileMessage({ filePath, fileName: file.filename });
    return;
  }
  const url = URL.createObjectURL(new Blob([file.csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

/** A picker the person closed without choosing is not an error. */
export const wasCancelled = (error: unknown): boolean =>
  !(error instanceof CallError) && /cancel/i.test(String((error as { errMsg?: string })?.errMsg ?? error));
