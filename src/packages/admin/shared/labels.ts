import { GRANTABLE_ROLES, ROLE_LABELS, ROLES, type GrantableRole, type Role } from '@contracts/roles';
import { HOUSEHOLD_STATUS_LABELS, HOUSEHOLD_STATUSES, type HouseholdStatus, type UserRow } from '@contracts/users';
import type { Option } from '../../../ui/OptionGroup';

export const ALL = 'all';
export type All = typeof ALL;

export const ROLE_FILTER: readonly Option<Role | All>[] = [
  { value: ALL, label: '全部' },
  ...ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
];

export const STATUS_FILTER: readonly Option<HouseholdStatus | All>[] = [
  { value: ALL, label: '全部' },
  ...HOUSEHOLD_STATUSES.map((status) => ({ value: status, label: HOUSEHOLD_STATUS_LABELS[status] })),
];

export const grantable = (role: Role): role is GrantableRole => (GRANTABLE_ROLES as readonly Role[]).includes(role);

export const GRANTABLE: readonly GrantableRole[] = GRANTABLE_ROLES;

export const householdLine = (row: Pick<UserRow, 'household'>): string =>
  row.household ? `${row.household.buildingName} ${row.household.unit} ${row.household.room}` : '未绑定房屋';
