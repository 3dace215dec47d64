import { shanghaiDate, shanghaiDateTime } from '@contracts/time';
import { byAddress, NO_BUILDING } from './stats';
import type { Receipt } from './receipt';

const BOM = '\uFEFF';

/** Quotes a cell when needed, and defuses text a spreadsheet would run as a formula. */
export const csvCell = (value: string): string => {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

const row = (cells: readonly string[]) => cells.map(csvCell).join(',');

/** Every person the notice was sent to, by address, with when they read and acknowledged it. */
export const audienceCsv = (audience: readonly Receipt[], mustAck: boolean): string => {
  const header = ['楼栋', '单元', '房号', '姓名', '是否已读', '阅读时间', ...(mustAck ? ['是否确认', '确认时间'] : [])];
  const lines = [...audience]
    .sort(byAddress)
    .map((r) =>
      row([
        r.buildingName ?? NO_BUILDING,
        r.unit ?? '',
        r.room ?? '',
        r.name || '未填写姓名',
        r.read ? '已读' : '未读',
        r.readAt ? shanghaiDateTime(r.readAt) : '',
        ...(mustAck ? [r.acked ? '已确认' : '未确认', r.ackAt ? shanghaiDateTime(r.ackAt) : ''] : []),
      ]),
    );
  // CRLF: what spreadsheet programs expect from CSV (RFC 4180).
  return `${BOM}${[row(header), ...lines].join('\r\n')}\r\n`;
};

/** 通知阅读情况-停水通知-2026-11-19.csv, with characters file systems dislike removed. */
export const csvFilename = (title: string, now: Date): string =>
  `通知阅读情况-${Array.from(title.replace(/[\\/:*?"<>|\s]+/g, ''))
    .slice(0, 20)
    .join('')}-${shanghaiDate(now)}.csv`;
