/** A volunteer shift at a stall; `volunteers` holds who is on it, at most `capacity`. */
export interface Shift {
  id: string;
  fairId: string;
  stallId: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  selfSignup: boolean;
  volunteers: string[];
  createKey: string;
  createdAt: Date;
}

/** A volunteer's presence on a shift: checked in by scanning the stall's code, out the same way or by the timer. */
export interface Presence {
  id: string;
  shiftId: string;
  fairId: string;
  stallId: string;
  volunteerId: string;
  inAt: Date;
  outAt?: Date;
  open: boolean;
  /** When the timer closes a forgotten check-out: shift end + grace. */
  closeBy: Date;
  autoClosed?: boolean;
  /** The hours of this presence are in the ledger. */
  settled: boolean;
}

export const presenceIdOf = (shiftId: string, volunteerId: string): string => `${shiftId}_${volunteerId}`;

/** Forgotten check-outs close this long after the shift ends. */
export const SHIFT_GRACE_MS = 30 * 60_000;
/** A volunteer may check in this early before the shift starts. */
export const SHIFT_EARLY_MS = 30 * 60_000;

export const overlaps = (a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }): boolean =>
  a.startsAt < b.endsAt && b.startsAt < a.endsAt;

/** Minutes served: the overlap of presence with the shift, so never more than the shift itself. */
export const servedMinutes = (inAt: Date, outAt: Date, shift: { startsAt: Date; endsAt: Date }): number => {
  const from = Math.max(inAt.getTime(), shift.startsAt.getTime());
  const to = Math.min(outAt.getTime(), shift.endsAt.getTime());
  return Math.max(0, Math.floor((to - from) / 60_000));
};

/** Whether `now` lets a volunteer act at the shift's stall: from a little before it starts to a little after it ends. */
export const onDuty = (shift: { startsAt: Date; endsAt: Date }, now: Date): boolean =>
  now.getTime() >= shift.startsAt.getTime() - SHIFT_EARLY_MS && now.getTime() <= shift.endsAt.getTime() + SHIFT_GRACE_MS;
