import type { BookingStatus, CheckInMethod } from '@contracts/fairs';

/**
 * A booking of one slot for one person. `activeKey` and `capKey` are unique while the booking
 * is live (one per stall per person; at most the fair's cap per person) and are replaced by
 * dead values when it ends, so the unique indexes do the counting, never a count-then-insert.
 */
export interface Booking {
  id: string;
  fairId: string;
  stallId: string;
  slotId: string;
  userId: string;
  personName: string;
  /** e.g. 3号楼2单元301 */
  home: string;
  room: string;
  elder: boolean;
  bookedBy: string;
  bookedByName: string;
  proxy: boolean;
  requestId: string;
  status: BookingStatus;
  shortCode: string;
  activeKey: string;
  capKey: string;
  startsAt: Date;
  endsAt: Date;
  createdAt: Date;
  confirmedAt?: Date;
  promotedAt?: Date;
  cancelledAt?: Date;
  cancelledBy?: string;
  checkedInAt?: Date;
  checkedInBy?: string;
  checkInMethod?: CheckInMethod;
  failReason?: string;
}

export const LIVE_STATUSES: readonly BookingStatus[] = ['pending', 'confirmed', 'waiting', 'checked_in'];

export const isLive = (status: BookingStatus): boolean => LIVE_STATUSES.includes(status);

export const activeKeyOf = (stallId: string, userId: string): string => `${stallId}|${userId}`;
export const capKeyOf = (fairId: string, userId: string, n: number): string => `${fairId}|${userId}|${n}`;
export const deadKeys = (bookingId: string) => ({ activeKey: `x|${bookingId}|a`, capKey: `x|${bookingId}|c` });

/** How long after a slot ends its code still works (people finish late). */
export const GRACE_MS = 30 * 60_000;
/** How early before a slot starts a person may be checked in (elders come early). */
export const EARLY_MS = 60 * 60_000;
/** The longest waitlist a slot keeps. */
export const MAX_QUEUE = 1000;

/** A booking's place: `confirmed` inside the first `capacity` entries of the queue, else its waitlist number. */
export const placeInQueue = (
  queue: readonly string[],
  capacity: number,
  bookingId: string,
): { inWindow: boolean; waitPosition: number } | undefined => {
  const index = queue.indexOf(bookingId);
  if (index < 0) return undefined;
  return { inWindow: index < capacity, waitPosition: Math.max(0, index - capacity + 1) };
};

/** Whether the person (or whoever booked for them) may still cancel: until the slot starts. */
export const cancellable = (b: Pick<Booking, 'status' | 'startsAt'>, now: Date): boolean =>
  (b.status === 'confirmed' || b.status === 'waiting') && now < b.startsAt;

/** Confirmed, its slot over, never checked in. */
export const isNoShow = (b: Pick<Booking, 'status' | 'endsAt'>, now: Date): boolean => b.status === 'confirmed' && b.endsAt <= now;
