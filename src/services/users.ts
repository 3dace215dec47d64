import type { ActionInput } from '@contracts/action';
import { users } from '@contracts/users';
import { call } from './call';

/** One function per `users` action; pages import these, never `call` or the transport. */
export const getMe = () => call(users.me, {});
export const updateProfile = (input: ActionInput<typeof users.updateProfile>) => call(users.updateProfile, input);
export const listBuildings = () => call(users.listBuildings, {});
export const bindHousehold = (input: ActionInput<typeof users.bindHousehold>) => call(users.bindHousehold, input);

export type ListUsersFilter = NonNullable<ActionInput<typeof users.listUsers>>;
export const listUsers = (filter: ListUsersFilter = {}) => call(users.listUsers, filter);
export const getUser = (userId: string) => call(users.getUser, { userId });
export const grantRole = (input: ActionInput<typeof users.grantRole>) => call(users.grantRole, input);
export const revokeRole = (input: ActionInput<typeof users.revokeRole>) => call(users.revokeRole, input);
export const verifyHousehold = (input: ActionInput<typeof users.verifyHousehold>) => call(users.verifyHousehold, input);
export const assignGridWorker = (input: ActionInput<typeof users.assignGridWorker>) => call(users.assignGridWorker, input);
export const listAudit = (input: NonNullable<ActionInput<typeof users.listAudit>> = {}) => call(users.listAudit, input);
