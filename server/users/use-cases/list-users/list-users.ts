import type { ParsedInput } from '@contracts/action';
import type { Page } from '@contracts/fields';
import type { UserRow, users } from '@contracts/users';
import { invalidInput, ok, type Result } from '../../../kernel/result';
import { decodeCursor } from '../../../platform/paging';
import type { UsersDeps } from '../../deps';
import { toUserRow } from '../../views';

export type ListUsersCommand = ParsedInput<typeof users.listUsers>;

export const listUsers = async (command: ListUsersCommand, deps: UsersDeps): Promise<Result<Page<UserRow>>> => {
  if (command.cursor && !decodeCursor(command.cursor)) return invalidInput({ cursor: '分页参数不对' });
  const { role, buildingId, householdStatus, keyword } = command;
  const page = await deps.users.list({ role, buildingId, householdStatus, keyword: keyword || undefined }, command.limit, command.cursor);
  const now = deps.clock.now();
  return ok({ items: page.items.map((u) => toUserRow(u, now)), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) });
};
