import { files } from '@contracts/files';
import { inbox } from '@contracts/inbox';
import { relatives } from '@contracts/relatives';
import { users } from '@contracts/users';
import type { Handlers } from '../kernel/entry';
import type { Caller } from './caller';
import { prepareUploads } from '../files/uploads';
import { listInbox, markInboxRead, recordSubscriptions, unreadCount } from '../notifications/use-cases/inbox';
import { linkRelative, linksOf, myRelatives, registerOffline, unlinkRelative } from '../relatives/use-cases/relatives';
import type { UsersFunctionDeps } from './deps';
import { assignGridWorker } from './use-cases/assign-grid-worker/assign-grid-worker';
import { bindHousehold } from './use-cases/bind-household/bind-household';
import { grantRole, revokeRole } from './use-cases/change-role/change-role';
import { listAudit } from './use-cases/list-audit/list-audit';
import { listBuildings } from './use-cases/list-buildings/list-buildings';
import { getUser } from './use-cases/get-user/get-user';
import { listUsers } from './use-cases/list-users/list-users';
import { me } from './use-cases/me/me';
import { updateProfile } from './use-cases/update-profile/update-profile';
import { verifyHousehold } from './use-cases/verify-household/verify-household';

/** Everything the `users` function answers: identity, household, roles, the inbox and uploads. */
export const usersFunctionActions = { ...users, ...inbox, ...files, ...relatives };

export const usersHandlers: Handlers<typeof usersFunctionActions, UsersFunctionDeps, Caller> = {
  me: (_input, { caller, deps }) => me(caller, deps),
  updateProfile: (input, { caller, deps }) => updateProfile(input, caller, deps),
  listBuildings: (_input, { deps }) => listBuildings(deps),
  bindHousehold: (input, { caller, deps }) => bindHousehold(input, caller, deps),
  listUsers: (input, { deps }) => listUsers(input, deps),
  getUser: (input, { deps }) => getUser(input, deps),
  grantRole: (input, { caller, deps }) => grantRole(input, caller, deps),
  revokeRole: (input, { caller, deps }) => revokeRole(input, caller, deps),
  verifyHousehold: (input, { caller, deps }) => verifyHousehold(input, caller, deps),
  assignGridWorker: (input, { caller, deps }) => assignGridWorker(input, caller, deps),
  listAudit: (input, { deps }) => listAudit(input, deps),
  listInbox: (input, { caller, deps }) => listInbox(input, caller.user.id, deps),
  unreadCount: (_input, { caller, deps }) => unreadCount(caller.user.id, deps),
  markInboxRead: (input, { caller, deps }) => markInboxRead(input, caller.user.id, deps),
  recordSubscriptions: (input, { caller, deps }) => recordSubscriptions(input, caller.user.id, deps),
  prepareUploads: (input, { caller, deps }) => prepareUploads(input, caller.user.id, deps),
  myRelatives: (_input, { caller, deps }) => myRelatives(caller, deps),
  linksOf: (input, { deps }) => linksOf(input, deps),
  linkRelative: (input, { caller, deps }) => linkRelative(input, caller, deps),
  unlinkRelative: (input, { caller, deps }) => unlinkRelative(input, caller, deps),
  registerOffline: (input, { caller, deps }) => registerOffline(input, caller, deps),
};
