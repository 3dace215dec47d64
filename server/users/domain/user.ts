import type { HouseholdStatus } from '@contracts/users';
import { ELDER_AGE, type Role } from '@contracts/roles';
import { ageThisYear } from '@contracts/time';

export interface Household {
  buildingId: string;
  buildingName: string;
  unit: string;
  room: string;
  status: HouseholdStatus;
  note?: string;
  reviewedBy?: string;
  reviewedAt?: Date;
}

/** A person known to linli. `openid` is private: it never leaves the backend. */
export interface User {
  id: string;
  openid: string;
  name: string;
  roles: Role[];
  birthYear?: number;
  phone?: string;
  household?: Household;
  createdAt: Date;
  updatedAt: Date;
}

export const isElder = (user: Pick<User, 'birthYear'>, now: Date): boolean =>
  user.birthYear !== undefined && ageThisYear(user.birthYear, now) >= ELDER_AGE;

export const hasRole = (user: Pick<User, 'roles'>, role: Role): boolean => user.roles.includes(role);

export const withRole = (roles: readonly Role[], role: Role): Role[] => (roles.includes(role) ? [...roles] : [...roles, role]);

export const withoutRole = (roles: readonly Role[], role: Role): Role[] => roles.filter((r) => r !== role);

/** The name staff and neighbours see: the household name once given, else a neutral label. */
export const displayName = (user: Pick<User, 'name'>): string => user.name || '未填写姓名';
