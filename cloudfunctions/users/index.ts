import { createDomainFunction } from '@server/app/domain-function';
import { usersFunctionDeps } from '@server/users/deps';
import { usersFunctionActions, usersHandlers } from '@server/users/handlers';

export const main = createDomainFunction({ fn: 'users', actions: usersFunctionActions, handlers: usersHandlers, deps: usersFunctionDeps });
