import type { Household, User } from '../users/domain/user';
import { displayName } from '../users/domain/user';
import type { Recipient } from '../notifications/notifier';
import { isElderAt, type Person } from './domain/stall';

/** Elders without a phone are registered by staff under an OPENID that no WeChat user can have. */
export const OFFLINE_OPENID_PREFIX = 'offline:';

export const homeOf = (h: Household | undefined): string => (h ? `${h.buildingName}${h.unit}${h.room}` : '');

export const personOf = (user: User): Person => ({
  birthYear: user.birthYear,
  buildingId: user.household?.buildingId,
  verified: user.household?.status === 'verified',
});

export const isElder = (user: User, now: Date): boolean => isElderAt(user.birthYear, now);

export const nameOf = displayName;

/** Who a notification can reach: everyone in the inbox; WeChat only where there is a real OPENID. */
export const recipientsOf = (users: readonly User[]): Recipient[] => users.map((u) => ({ userId: u.id, openid: u.openid }));

export const isOffline = (user: User): boolean => user.openid.startsWith(OFFLINE_OPENID_PREFIX);
