import type { ParsedInput } from '@contracts/action';
import type { Page } from '@contracts/fields';
import type { AuditRow, users } from '@contracts/users';
import { invalidInput, ok, type Result } from '../../../kernel/result';
import { decodeCursor } from '../../../platform/paging';
import type { UsersDeps } from '../../deps';

export type ListAuditCommand = ParsedInput<typeof users.listAudit>;

export const listAudit = async (command: ListAuditCommand, deps: UsersDeps): Promise<Result<Page<AuditRow>>> => {
  if (command.cursor && !decodeCursor(command.cursor)) return invalidInput({ cursor: '分页参数不对' });
  const page = await deps.audit.list(command.limit, command.cursor);
  return ok({
    items: page.items.map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      actorName: e.actorName,
      action: e.action,
      targetName: e.targetName,
      detail: e.detail,
    })),
    ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
  });
};
