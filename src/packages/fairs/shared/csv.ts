import Taro from '@tarojs/taro';
import type { CsvFile } from '@contracts/fairs';

/**
 * Hands a CSV to the person: a download in the browser; in WeChat the file is written to the
 * user's folder and shared into a chat (e.g. 文件传输助手) to open it on a computer.
 */
export const saveCsv = async (file: CsvFile): Promise<void> => {
  if (process.env.TARO_ENV === 'h5') {
    const url = URL.createObjectURL(new Blob([file.csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.filename;
    link.click();
    URL.revokeObjectURL(url);
    return;
  }
  const path = `${Taro.env.USER_DATA_PATH}/${file.filename}`;
  Taro.getFileSystemManager().writeFileSync(path, file.csv, 'utf8');
  await Taro.shareFileMessage({ filePath: path, fileName: file.filename });
};
