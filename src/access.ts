import { mayCall } from '@contracts/action';
import { ROLE_LABELS, type Role } from '@contracts/roles';
import { users } from '@contracts/users';

/** Whether to offer the 管理 area; the server checks again on every admin action. */
export const canManage = (roles: readonly Role[]): boolean => mayCall(users.listUsers.access, roles);

export const roleLabels = (roles: readonly Role[]): string[] => roles.map((role) => ROLE_LABELS[role]);
