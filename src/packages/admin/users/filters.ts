import type { HouseholdStatus } from '@contracts/users';
import type { Role } from '@contracts/roles';
import type { ListUsersFilter } from '../../../services/users';
import { ALL, type All } from '../shared/labels';

export interface UserFilters {
  role: Role | All;
  buildingId: string;
  status: HouseholdStatus | All;
  keyword: string;
}

export const NO_FILTERS: UserFilters = { role: ALL, buildingId: ALL, status: ALL, keyword: '' };

/** The filters as the listUsers action takes them: "all" means the filter is left out. */
export const toQuery = (filters: UserFilters, cursor?: string): ListUsersFilter => ({
  ...(filters.role !== ALL ? { role: filters.role } : {}),
  ...(filters.buildingId !== ALL ? { buildingId: filters.buildingId } : {}),
  ...(filters.status !== ALL ? { householdStatus: filters.status } : {}),
  ...(filters.keyword.trim() ? { keyword: filters.keyword.trim() } : {}),
  ...(cursor ? { cursor } : {}),
});
