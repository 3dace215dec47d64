import type { Role } from '@contracts/roles';
import type { UsersDeps } from './deps';
import { displayName, withRole, type User } from './domain/user';

/** Who is calling, as the backend knows them: identity from the platform, roles from the database. */
export interface Caller {
  openid: string;
  roles: Role[];
  user: User;
}

const SYSTEM = { actorId: 'system', actorName: '系统' };

/** Who an audit line names when a person acts: their id and the name staff read in 操作记录. */
export const auditActor = (caller: Caller): { actorId: string; actorName: string } => ({
  actorId: caller.user.id,
  actorName: displayName(caller.user),
});

/**
 * Finds the caller's user, creating it on their first call. OPENIDs listed in the configuration
 * become staff, recorded in the audit log like any other grant.
 */
export const resolveCaller = async (openid: string, deps: UsersDeps): Promise<Caller> => {
  const now = deps.clock.now();
  let user = await deps.users.byOpenid(openid);
  if (!user) {
    const created = await deps.users.create({ openid, name: '', roles: [], createdAt: now, updatedAt: now });
    // Two first calls can race: the unique OPENID index lets one create, the other reads.
    user = created ?? (await deps.users.byOpenid(openid));
    if (!user) throw new Error('user vanished right after a duplicate-key insert');
  }
  if (deps.config.adminOpenids.includes(openid) && !user.roles.includes('staff')) {
    await deps.users.addRole(user.id, 'staff', now);
    await deps.audit.record({
      ...SYSTEM,
      at: now,
      action: 'grantRole',
      targetType: 'user',
      targetId: user.id,
      targetName: displayName(user),
      detail: 'staff（配置的管理员）',
    });
    user = { ...user, roles: withRole(user.roles, 'staff') };
  }
  return { openid, roles: user.roles, user };
};
