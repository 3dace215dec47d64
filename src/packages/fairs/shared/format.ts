import { shanghaiParts } from '@contracts/time';

const pad = (n: number) => String(n).padStart(2, '0');
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** 09:30, Shanghai time, whatever the phone's time zone. */
export const hm = (iso: string): string => {
  const p = shanghaiParts(new Date(iso));
  return `${pad(p.hour)}:${pad(p.minute)}`;
};

/** 11月22日 周日 */
export const dayLabel = (iso: string): string => {
  const p = shanghaiParts(new Date(iso));
  return `${p.month}月${p.day}日 周${WEEKDAYS[p.weekday]}`;
};

export const when = (startsAt: string, endsAt: string): string => `${dayLabel(startsAt)} ${hm(startsAt)}–${hm(endsAt)}`;

export const hours = (minutes: number): string => `${(minutes / 60).toFixed(1)}小时`;
