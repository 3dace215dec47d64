import { users } from '@contracts/users';
import { createDomainFunction } from '@server/app/domain-function';
import { usersDeps } from '@server/users/deps';
import { usersHandlers } from '@server/users/handlers';

export const main = createDomainFunction({ fn: 'users', actions: users, handlers: usersHandlers, deps: usersDeps });
