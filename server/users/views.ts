import type { BuildingView, HouseholdView, MeView, UserRow } from '@contracts/users';
import { maskPhone } from '@contracts/privacy';
import type { Building } from './domain/building';
import { isElder, type Household, type User } from './domain/user';

const householdView = (h: Household): HouseholdView => ({
  buildingId: h.buildingId,
  buildingName: h.buildingName,
  unit: h.unit,
  room: h.room,
  status: h.status,
  ...(h.note ? { note: h.note } : {}),
});

export const toMeView = (user: User, communityName: string, now: Date): MeView => ({
  id: user.id,
  name: user.name,
  roles: [...user.roles],
  isElder: isElder(user, now),
  ...(user.birthYear !== undefined ? { birthYear: user.birthYear } : {}),
  ...(user.phone ? { phoneMasked: maskPhone(user.phone) } : {}),
  ...(user.household ? { household: householdView(user.household) } : {}),
  community: { name: communityName },
});

/** Only ever sent to staff: it carries the full phone number. */
export const toUserRow = (user: User, now: Date): UserRow => ({
  id: user.id,
  name: user.name,
  roles: [...user.roles],
  isElder: isElder(user, now),
  ...(user.birthYear !== undefined ? { birthYear: user.birthYear } : {}),
  ...(user.phone ? { phone: user.phone } : {}),
  ...(user.household ? { household: householdView(user.household) } : {}),
  createdAt: user.createdAt.toISOString(),
});

export const toBuildingView = (building: Building, gridWorker?: Pick<User, 'id' | 'name'>): BuildingView => ({
  id: building.id,
  name: building.name,
  units: [...building.units],
  ...(gridWorker ? { gridWorker: { id: gridWorker.id, name: gridWorker.name } } : {}),
});
