import type { Audience, ServiceType, StallMode } from '@contracts/fairs';
import { ELDER_AGE } from '@contracts/roles';
import { ageThisYear } from '@contracts/time';

/** A stall at a fair: one service, run by a team, booked by time slot or served walk-in. */
export interface Stall {
  id: string;
  fairId: string;
  order: number;
  service: string;
  serviceType: ServiceType;
  team: string;
  location: string;
  mode: StallMode;
  slotMinutes: number;
  capacity: number;
  audience: Audience;
  buildingIds: string[];
  bookingOpensAt?: Date;
  /** What the stall's printed code carries (8 characters): volunteers scan it to start and end a shift. */
  checkinToken: string;
  createKey: string;
  createdAt: Date;
}

/** A bookable time slot; `queue` (arrival order) decides who is in: the first `capacity` entries. */
export interface Slot {
  id: string;
  fairId: string;
  stallId: string;
  index: number;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  queued: number;
  version: number;
  syncNeeded: boolean;
}

/** The slots of a stall across the fair's hours; a last slot that would run past closing is dropped. */
export const slotTimes = (opensAt: Date, closesAt: Date, minutes: number): { startsAt: Date; endsAt: Date }[] => {
  const out: { startsAt: Date; endsAt: Date }[] = [];
  const step = minutes * 60_000;
  for (let t = opensAt.getTime(); t + step <= closesAt.getTime(); t += step)
    out.push({ startsAt: new Date(t), endsAt: new Date(t + step) });
  return out;
};

export const slotIdOf = (stallId: string, index: number): string => `${stallId}_${index}`;

export interface Person {
  birthYear?: number;
  buildingId?: string;
  verified: boolean;
}

export const isElderAt = (birthYear: number | undefined, at: Date): boolean =>
  birthYear !== undefined && ageThisYear(birthYear, at) >= ELDER_AGE;

/** Why this person may not book this stall, or undefined when they may. */
export const eligibilityProblem = (stall: Pick<Stall, 'audience' | 'buildingIds'>, person: Person, now: Date): string | undefined => {
  if (!person.verified) return '请先绑定房屋并由社区核实';
  if (stall.audience === 'elders' && !isElderAt(person.birthYear, now)) return '这个摊位只为60岁以上长者服务';
  if (stall.audience === 'building' && (!person.buildingId || !stall.buildingIds.includes(person.buildingId)))
    return '这个摊位只为指定楼栋的居民服务';
  return undefined;
};

const TOKEN_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** 8 characters people can read and type: no 0/O or 1/I. */
export const tokenFrom = (bytes: Uint8Array): string =>
  Array.from(bytes.slice(0, 8), (b) => TOKEN_ALPHABET[b % TOKEN_ALPHABET.length]).join('');
