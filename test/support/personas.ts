import type { Role } from '@contracts/roles';
import type { Platform } from '@server/app/platform';
import { resolveCaller, type Caller } from '@server/users/caller';
import { usersDeps } from '@server/users/deps';

/** One person per role (and one with none), for permission matrices. */
export const PERSONAS: readonly { key: string; roles: Role[] }[] = [
  { key: 'newcomer', roles: [] },
  { key: 'resident', roles: ['resident'] },
  { key: 'staff', roles: ['staff'] },
  { key: 'grid_worker', roles: ['grid_worker'] },
  { key: 'property', roles: ['property'] },
  { key: 'volunteer', roles: ['volunteer'] },
  { key: 'canteen_operator', roles: ['canteen_operator'] },
];

let counter = 0;

/** Creates a user with exactly these roles and returns them as a caller. */
export const makeCaller = async (platform: Platform, roles: readonly Role[], name = '测试用户'): Promise<Caller> => {
  counter += 1;
  const openid = `test-${process.pid}-${Date.now().toString(36)}-${counter}`;
  const deps = usersDeps(platform);
  const caller = await resolveCaller(openid, deps);
  const now = platform.clock.now();
  await deps.users.update(caller.user.id, { name }, now);
  for (const role of roles) await deps.users.addRole(caller.user.id, role, now);
  const user = await deps.users.byId(caller.user.id);
  if (!user) throw new Error('persona vanished');
  return { openid, roles: user.roles, user };
};
