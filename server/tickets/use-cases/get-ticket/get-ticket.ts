import type { ParsedInput } from '@contracts/action';
import type { TicketDetail, tickets } from '@contracts/tickets';
import { notFound, ok, type Result } from '../../../kernel/result';
import type { Caller } from '../../../users/caller';
import { detailFor, NOT_FOUND_MESSAGE, personOf, visibleTo } from '../../act';
import type { TicketsDeps } from '../../deps';

/**
 * One ticket with its whole timeline, as the caller may see it: the reporter fully, staff and
 * handlers without the reporter's contact, neighbours only a listed ticket and no personal data.
 * A private ticket is "not found" to neighbours, so they cannot even tell it exists.
 */
export const getTicket = async (
  command: ParsedInput<typeof tickets.getTicket>,
  caller: Caller,
  deps: TicketsDeps,
): Promise<Result<TicketDetail>> => {
  const ticket = await deps.tickets.byId(command.ticketId);
  const person = personOf(caller);
  if (!ticket || !visibleTo(ticket, person)) return notFound(NOT_FOUND_MESSAGE);
  return ok(await detailFor(ticket, person, deps));
};
