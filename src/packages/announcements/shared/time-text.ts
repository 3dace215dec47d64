import { shanghaiDateTime, shanghaiInstant } from '@contracts/time';

/**
 * Staff type times as `2026-11-25 18:00` (Shanghai). The app turns that into an ISO instant with
 * an explicit offset — never `new Date('2026-11-25 18:00')`, which iOS cannot parse.
 */
const PATTERN = /^(\d{4})-(\d{1,2})-(\d{1,2})\s+(\d{1,2}):(\d{2})$/;

export const parseShanghaiText = (text: string): string | undefined => {
  const m = PATTERN.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return undefined;
  const at = shanghaiInstant(year, month, day, hour, minute);
  // 2026-02-31 would roll over into March: refuse it rather than guess.
  return shanghaiDateTime(at) ===
    `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} ${String(hour).padStart(2, '0')}:${m[5]}`
    ? at.toISOString()
    : undefined;
};

export const shanghaiText = (iso: string | undefined): string => (iso ? shanghaiDateTime(new Date(iso)) : '');

export const TIME_HINT = '格式：2026-11-25 18:00';
