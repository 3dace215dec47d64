import type { ParsedInput } from '@contracts/action';
import type { tickets } from '@contracts/tickets';
import { conflict, notFound, ok, type Result } from '../../../kernel/result';
import type { Caller } from '../../../users/caller';
import { NOT_FOUND_MESSAGE } from '../../act';
import type { TicketsDeps } from '../../deps';

/**
 * "我也遇到了": the resident follows an open, listed report instead of filing a duplicate, and
 * hears of every change to it. Following twice is the same as once.
 */
export const followTicket = async (
  command: ParsedInput<typeof tickets.followTicket>,
  caller: Caller,
  deps: Pick<TicketsDeps, 'tickets'>,
): Promise<Result<{ following: true; followers: number }>> => {
  const ticket = await deps.tickets.byId(command.ticketId);
  if (!ticket || (!ticket.listed && ticket.reporterId !== caller.user.id)) return notFound(NOT_FOUND_MESSAGE);
  if (ticket.reporterId === caller.user.id) return conflict('这是您自己提交的，不用再关注');
  const followed = await deps.tickets.follow(ticket.id, caller.user.id);
  if (!followed) return conflict('这件事已经处理完了，不能再关注');
  return ok({ following: true, followers: followed.followerIds.length });
};
