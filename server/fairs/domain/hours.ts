import { shanghaiParts } from '@contracts/time';

/**
 * One line of a volunteer's hours ledger. Append-only: a shift adds its minutes once (unique
 * `key`), and staff corrections are new lines with a reason, never edits.
 */
export interface HoursEntry {
  id: string;
  volunteerId: string;
  minutes: number;
  kind: 'shift' | 'correction';
  /** The day the minutes count for (the shift's start). */
  at: Date;
  month: string;
  year: number;
  shiftId?: string;
  fairId?: string;
  reason?: string;
  byId?: string;
  byName?: string;
  key: string;
  createdAt: Date;
}

export const monthOf = (at: Date): { month: string; year: number } => {
  const p = shanghaiParts(at);
  return { month: `${p.year}-${String(p.month).padStart(2, '0')}`, year: p.year };
};

/** Totals per month of one year, in calendar order, from a year's entries. */
export const monthlyTotals = (entries: readonly Pick<HoursEntry, 'month' | 'minutes'>[]): { month: string; minutes: number }[] => {
  const byMonth = new Map<string, number>();
  for (const e of entries) byMonth.set(e.month, (byMonth.get(e.month) ?? 0) + e.minutes);
  return [...byMonth.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, minutes]) => ({ month, minutes }));
};
