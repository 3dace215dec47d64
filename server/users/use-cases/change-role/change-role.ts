import type { ParsedInput } from '@contracts/action';
import { ROLE_LABELS } from '@contracts/roles';
import type { UserRow, users } from '@contracts/users';
import { conflict, notFound, ok, type Result } from '../../../kernel/result';
import { auditActor, type Caller } from '../../caller';
import type { UsersDeps } from '../../deps';
import { displayName, withoutRole, withRole, type User } from '../../domain/user';
import { toUserRow } from '../../views';

export type ChangeRoleCommand = ParsedInput<typeof users.grantRole>;

const recordChange = (deps: UsersDeps, caller: Caller, target: User, action: 'grantRole' | 'revokeRole', detail: string, at: Date) =>
  deps.audit.record({
    at,
    ...auditActor(caller),
    action,
    targetType: 'user',
    targetId: target.id,
    targetName: displayName(target),
    detail,
  });

/** Granting a role someone has, or revoking one they lack, changes nothing and writes no audit line. */
export const grantRole = async (command: ChangeRoleCommand, caller: Caller, deps: UsersDeps): Promise<Result<UserRow>> => {
  const target = await deps.users.byId(command.userId);
  if (!target) return notFound('找不到这个用户');
  const now = deps.clock.now();
  if (target.roles.includes(command.role)) return ok(toUserRow(target, now));
  await deps.users.addRole(target.id, command.role, now);
  await recordChange(deps, caller, target, 'grantRole', `授予「${ROLE_LABELS[command.role]}」`, now);
  return ok(toUserRow({ ...target, roles: withRole(target.roles, command.role), updatedAt: now }, now));
};

export const revokeRole = async (command: ChangeRoleCommand, caller: Caller, deps: UsersDeps): Promise<Result<UserRow>> => {
  const target = await deps.users.byId(command.userId);
  if (!target) return notFound('找不到这个用户');
  const now = deps.clock.now();
  if (!target.roles.includes(command.role)) return ok(toUserRow(target, now));
  if (command.role === 'staff' && target.id === caller.user.id) return conflict('不能撤销自己的工作人员身份，请让其他工作人员操作');
  if (command.role === 'staff' && (await deps.users.countWithRole('staff')) <= 1) return conflict('至少要保留一名社区工作人员');
  await deps.users.removeRole(target.id, command.role, now);
  await recordChange(deps, caller, target, 'revokeRole', `撤销「${ROLE_LABELS[command.role]}」`, now);
  return ok(toUserRow({ ...target, roles: withoutRole(target.roles, command.role), updatedAt: now }, now));
};
