import type { ParsedInput } from '@contracts/action';
import type { TicketDetail, tickets } from '@contracts/tickets';
import { conflict, notFound, ok, type Result } from '../../../kernel/result';
import { auditActor, type Caller } from '../../../users/caller';
import { detailFor, NOT_FOUND_MESSAGE, personOf } from '../../act';
import type { TicketsDeps } from '../../deps';

/**
 * Staff decide whether neighbours see a public report: they settle one the content check held
 * back, or take a listed one down. A report its reporter kept private is never listed by
 * anyone else. Asking for what already holds changes nothing and writes no audit line, so a
 * retry is harmless; every real change is an audit line.
 */
export const reviewListing = async (
  command: ParsedInput<typeof tickets.reviewListing>,
  caller: Caller,
  deps: TicketsDeps,
): Promise<Result<TicketDetail>> => {
  const ticket = await deps.tickets.byId(command.ticketId);
  if (!ticket) return notFound(NOT_FOUND_MESSAGE);
  if (!ticket.public) return conflict('报告人没有选择公开，不能公开给邻居');
  const now = deps.clock.now();
  if (await deps.tickets.setListed(ticket.id, command.list, now)) {
    await deps.audit.record({
      at: now,
      ...auditActor(caller),
      action: 'reviewListing',
      targetType: 'ticket',
      targetId: ticket.id,
      targetName: ticket.categoryName,
      detail: command.list ? '公开给邻居' : '不公开给邻居，只有处理人员能看到',
    });
  }
  const current = await deps.tickets.byId(ticket.id);
  if (!current) return notFound(NOT_FOUND_MESSAGE);
  return ok(await detailFor(current, personOf(caller), deps));
};
