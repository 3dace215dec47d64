import Taro from '@tarojs/taro';
import { SUBSCRIBE_TEMPLATES } from '@contracts/subscribe-templates';
import type { MapPoint } from '@contracts/tickets';
import { fileUrl, localFile, type LocalFile } from '../../../services/files';

/** Longest side of a photo after compression: enough to see a crack, small enough to upload on 4G. */
const MAX_SIDE = 1280;

/** Whether the person closed the picker (not an error worth showing). */
export const wasCancelled = (error: unknown): boolean => /cancel/i.test(String((error as { errMsg?: string })?.errMsg ?? error));

/**
 * Re-encodes a picture as a new JPEG in the browser. Drawing it on a canvas keeps the pixels
 * only: the location and the camera data (EXIF) of the original are gone.
 */
const reencodeInBrowser = (path: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const image = new window.Image();
    image.onload = () => {
      const scale = Math.min(1, MAX_SIDE / Math.max(image.naturalWidth, image.naturalHeight));
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.round(image.naturalWidth * scale));
      canvas.height = Math.max(1, Math.round(image.naturalHeight * scale));
      canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
      canvas.toBlob((blob) => (blob ? resolve(URL.createObjectURL(blob)) : reject(new Error('compress failed'))), 'image/jpeg', 0.7);
    };
    image.onerror = () => reject(new Error('image unreadable'));
    image.src = path;
  });

/** WeChat's compressImage writes a new JPEG (without the original's EXIF, location included). */
const compressInWeChat = async (path: string): Promise<string> => {
  const res = await Taro.compressImage({ src: path, quality: 70, compressedWidth: MAX_SIDE });
  return res.tempFilePath;
};

/** Up to `count` photos from the album or the camera, compressed and stripped of location data. */
export const pickPhotos = async (count: number): Promise<LocalFile[]> => {
  const res = await Taro.chooseMedia({ count, mediaType: ['image'], sizeType: ['compressed'], sourceType: ['album', 'camera'] });
  const compress = process.env.TARO_ENV === 'weapp' ? compressInWeChat : reencodeInBrowser;
  return Promise.all(res.tempFiles.map(async (f) => localFile(await compress(f.tempFilePath), 'jpg')));
};

export const previewPhotos = (fileIDs: readonly string[], current: string): void => {
  void Taro.previewImage({ urls: fileIDs.map(fileUrl), current: fileUrl(current) }).catch(() => undefined);
};

export const callPhone = (phone: string): void => {
  void Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined);
};

/** A point on the map (WeChat's location picker); undefined when the person gave up. */
export const chooseMapPoint = async (): Promise<MapPoint | undefined> => {
  try {
    const res = await Taro.chooseLocation({});
    return { latitude: Math.round(res.latitude * 1e6) / 1e6, longitude: Math.round(res.longitude * 1e6) / 1e6 };
  } catch {
    return undefined;
  }
};

export const canChooseMapPoint = (): boolean => process.env.TARO_ENV === 'weapp';

/** A CSV for a spreadsheet: downloaded in the browser; in WeChat copied, to paste on a computer. */
export const saveCsv = async (filename: string, csv: string): Promise<'downloaded' | 'copied'> => {
  if (process.env.TARO_ENV === 'weapp') {
    await Taro.setClipboardData({ data: csv.replace(/^\uFEFF/, '') });
    return 'copied';
  }
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  return 'downloaded';
};

/**
 * Asks WeChat (from the person's tap, as it requires) for one progress message about their
 * ticket and tells the server when granted. Everything also reaches the in-app inbox, so a
 * refusal or a failure changes nothing else.
 */
export const askForProgressMessages = async (record: () => Promise<unknown>): Promise<void> => {
  if (process.env.TARO_ENV !== 'weapp') return;
  try {
    const id = SUBSCRIBE_TEMPLATES.ticketUpdate.id;
    const res = (await Taro.requestSubscribeMessage({ tmplIds: [id], entityIds: [] } as never)) as unknown as Record<string, string>;
    if (res[id] === 'accept') await record();
  } catch {
    // Declined, or templates not set up on this account: the inbox still gets every update.
  }
};
