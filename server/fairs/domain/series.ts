import { shanghaiParts } from '@contracts/time';

/** A recurring fair: the same place and hours on given days of each month, generated ahead as drafts. */
export interface Series {
  id: string;
  title: string;
  place: string;
  opensAt: string;
  closesAt: string;
  description: string;
  bookingCap: number;
  daysOfMonth: number[];
  /** Whose stalls and shifts each generated fair copies; else the series' latest fair. */
  templateFairId?: string;
  active: boolean;
  /** The last day generation has covered (YYYY-MM-DD). */
  generatedUntil?: string;
  createKey: string;
  createdBy: string;
  createdAt: Date;
}

/** How far ahead fairs are generated. */
export const AHEAD_DAYS = 45;

const pad = (n: number) => String(n).padStart(2, '0');

/** The Shanghai days in (from, from + days] that fall on the series' days of month. */
export const dueDates = (daysOfMonth: readonly number[], from: Date, days: number): string[] => {
  const out: string[] = [];
  const start = shanghaiParts(from);
  for (let i = 0; i <= days; i += 1) {
    const d = new Date(Date.UTC(start.year, start.month - 1, start.day + i));
    if (daysOfMonth.includes(d.getUTCDate())) out.push(`${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`);
  }
  return out;
};
