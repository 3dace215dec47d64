import type { ParsedInput } from '@contracts/action';
import type { UserRow, users } from '@contracts/users';
import { notFound, ok, type Result } from '../../../kernel/result';
import type { UsersDeps } from '../../deps';
import { toUserRow } from '../../views';

export const getUser = async (command: ParsedInput<typeof users.getUser>, deps: UsersDeps): Promise<Result<UserRow>> => {
  const user = await deps.users.byId(command.userId);
  return user ? ok(toUserRow(user, deps.clock.now())) : notFound('找不到这个用户');
};
