/**
 * linli's day boundaries are Asia/Shanghai (UTC+8, no daylight saving). They are computed with
 * a fixed offset on purpose: time-zone databases are unreliable inside Android WeChat.
 */
export const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Calendar fields of an instant as seen on a wall clock in Shanghai. */
export const shanghaiParts = (at: Date) => {
  const shifted = new Date(at.getTime() + SHANGHAI_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    weekday: shifted.getUTCDay(),
  };
};

/** The instant a Shanghai calendar day starts (00:00 +08:00). */
export const startOfShanghaiDay = (at: Date): Date => {
  const { year, month, day } = shanghaiParts(at);
  return new Date(Date.UTC(year, month - 1, day) - SHANGHAI_OFFSET_MS);
};

export const startOfShanghaiMonth = (at: Date): Date => {
  const { year, month } = shanghaiParts(at);
  return new Date(Date.UTC(year, month - 1, 1) - SHANGHAI_OFFSET_MS);
};

/** `YYYY-MM-DD` in Shanghai. */
export const shanghaiDate = (at: Date): string => {
  const p = shanghaiParts(at);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
};

/** `YYYY-MM-DD HH:mm` in Shanghai, for people and CSV exports. */
export const shanghaiDateTime = (at: Date): string => {
  const p = shanghaiParts(at);
  return `${shanghaiDate(at)} ${pad(p.hour)}:${pad(p.minute)}`;
};

/** The instant of a Shanghai wall-clock time, e.g. (2026, 11, 22, 10, 0) → 2026-11-22T02:00:00Z. */
export const shanghaiInstant = (year: number, month: number, day: number, hour = 0, minute = 0): Date =>
  new Date(Date.UTC(year, month - 1, day, hour, minute) - SHANGHAI_OFFSET_MS);

/** Age in whole years reached during the current Shanghai calendar year. */
export const ageThisYear = (birthYear: number, now: Date): number => shanghaiParts(now).year - birthYear;
