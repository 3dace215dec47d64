import type { ParsedInput } from '@contracts/action';
import type { tickets } from '@contracts/tickets';
import { forbidden, notFound, ok, type Result } from '../../../kernel/result';
import { auditActor, type Caller } from '../../../users/caller';
import { displayName } from '../../../users/domain/user';
import { NOT_FOUND_MESSAGE, personOf } from '../../act';
import type { TicketsDeps } from '../../deps';
import { isHandler } from '../../domain/actors';
import { placeLabel } from '../../views';

/**
 * The reporter's name and phone, for a call back: only community staff and whoever handles the
 * ticket may have them, and every time they do it is written to the audit log first.
 */
export const revealContact = async (
  command: ParsedInput<typeof tickets.revealContact>,
  caller: Caller,
  deps: Pick<TicketsDeps, 'tickets' | 'users' | 'audit' | 'clock'>,
): Promise<Result<{ name: string; phone?: string; place: string }>> => {
  const ticket = await deps.tickets.byId(command.ticketId);
  if (!ticket) return notFound(NOT_FOUND_MESSAGE);
  if (!caller.roles.includes('staff') && !isHandler(ticket, personOf(caller))) return forbidden('只有处理这张单子的人可以查看联系方式');
  const reporter = await deps.users.byId(ticket.reporterId);
  const name = reporter ? displayName(reporter) : '居民';
  await deps.audit.record({
    at: deps.clock.now(),
    ...auditActor(caller),
    action: 'revealContact',
    targetType: 'ticket',
    targetId: ticket.id,
    targetName: name,
    detail: `查看${ticket.categoryName}单子的报告人联系方式`,
  });
  return ok({ name, ...(reporter?.phone ? { phone: reporter.phone } : {}), place: placeLabel(ticket.place, true) });
};
