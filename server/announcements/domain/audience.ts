import type { AudienceGroup } from '@contracts/announcements';
import type { Role } from '@contracts/roles';
import { isElder, type User } from '../../users/domain/user';
import type { Audience } from './notice';

/**
 * Audience as keys, so that "which notices are for me" is one indexed query: a notice stores the
 * keys of its audience, a reader's profile yields their keys, and a notice is for the reader
 * when the two share a key.
 */
export const ALL_KEY = 'all';
export const buildingKey = (buildingId: string) => `b:${buildingId}`;
export const groupKey = (group: AudienceGroup) => `g:${group}`;

const STAFF_ROLES: readonly Role[] = ['staff', 'grid_worker', 'property'];

export const audienceKeys = (audience: Pick<Audience, 'kind' | 'buildingIds' | 'groups'>): string[] =>
  audience.kind === 'all'
    ? [ALL_KEY]
    : audience.kind === 'buildings'
      ? audience.buildingIds.map(buildingKey)
      : audience.groups.map(groupKey);

/**
 * A reader's keys. Building notices reach verified households only: anyone can claim an
 * address, staff confirm it. Elders are 60+ by birth year in Shanghai's calendar.
 */
export const readerKeys = (user: Pick<User, 'roles' | 'birthYear' | 'household'>, now: Date): string[] => {
  const keys = [ALL_KEY];
  if (user.household?.status === 'verified') keys.push(buildingKey(user.household.buildingId));
  if (isElder(user, now)) keys.push(groupKey('elder'));
  if (user.roles.includes('volunteer')) keys.push(groupKey('volunteer'));
  if (user.roles.some((r) => STAFF_ROLES.includes(r))) keys.push(groupKey('staff'));
  return keys;
};

export const sharesKey = (a: readonly string[], b: readonly string[]): boolean => a.some((key) => b.includes(key));

/**
 * Who a notice is sent to (and counted in its statistics): community members — people with a
 * role, i.e. a bound household or a job here — whose keys match. Someone who only opened the app
 * once may still read an "everyone" notice, but is not counted as audience.
 */
export const isRecipient = (user: Pick<User, 'roles' | 'birthYear' | 'household'>, keys: readonly string[], now: Date): boolean =>
  user.roles.length > 0 && sharesKey(readerKeys(user, now), keys);
