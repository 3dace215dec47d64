import type { FairStatus } from '@contracts/fairs';
import { shanghaiInstant } from '@contracts/time';

/** A fair day (志愿服务大集): when and where, and how many bookings one person may hold. */
export interface Fair {
  id: string;
  title: string;
  /** Shanghai calendar day, YYYY-MM-DD. */
  date: string;
  opensAt: Date;
  closesAt: Date;
  place: string;
  description: string;
  coverFileId?: string;
  bookingCap: number;
  status: FairStatus;
  stallCount: number;
  seriesId?: string;
  /** The fair this one was copied from (a retried copy continues from the same source). */
  copiedFrom?: string;
  /** Unique: `req:<actor>:<requestId>` or `series:<seriesId>:<date>`, so a retry or a re-run creates nothing twice. */
  createKey: string;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  publishedAt?: Date;
  cancelledAt?: Date;
  cancelReason?: string;
}

/** The instant of `HH:mm` on a Shanghai day. */
export const atClock = (date: string, clock: string): Date => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = clock.split(':').map(Number) as [number, number];
  return shanghaiInstant(y, m, d, hh, mm);
};

/** Opening hours as instants, or a message when the end is not after the start. */
export const fairHours = (date: string, opens: string, closes: string): { opensAt: Date; closesAt: Date } | string => {
  const opensAt = atClock(date, opens);
  const closesAt = atClock(date, closes);
  return closesAt > opensAt ? { opensAt, closesAt } : '结束时间应晚于开始时间';
};

export const isBookable = (fair: Pick<Fair, 'status'>): boolean => fair.status === 'published';
