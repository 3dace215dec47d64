import type { Caller } from '../users/caller';
import type { FairsDeps } from './deps';
import { onDuty } from './domain/shift';
import type { Stall } from './domain/stall';

export const isStaff = (caller: Caller): boolean => caller.roles.includes('staff');

/** Volunteers act at a stall only while on one of its shifts (a little before to a little after); staff anywhere. */
export const mayServeStall = async (caller: Caller, stall: Stall, now: Date, deps: Pick<FairsDeps, 'shifts'>): Promise<boolean> => {
  if (isStaff(caller)) return true;
  const shifts = await deps.shifts.byStall(stall.id);
  return shifts.some((s) => s.volunteers.includes(caller.user.id) && onDuty(s, now));
};

/** Who may act for a person's booking: the person, whoever booked it, a linked relative, or staff. */
export const mayActFor = async (
  caller: Caller,
  booking: { userId: string; bookedBy: string },
  deps: Pick<FairsDeps, 'relatives'>,
): Promise<boolean> =>
  booking.userId === caller.user.id ||
  booking.bookedBy === caller.user.id ||
  isStaff(caller) ||
  (await deps.relatives.isLinked(caller.user.id, booking.userId));
