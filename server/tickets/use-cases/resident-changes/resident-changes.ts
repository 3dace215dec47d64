import type { ParsedInput } from '@contracts/action';
import type { TicketDetail, tickets } from '@contracts/tickets';
import { checkOwnedUploads } from '../../../files/uploads';
import type { Result } from '../../../kernel/result';
import type { Caller } from '../../../users/caller';
import { act } from '../../act';
import type { TicketsDeps } from '../../deps';

const comment = (text: string) => (text ? { comment: text } : {});

/** 催一下: at most once per 12 hours while the ticket is open (rules.ts). */
export const nudgeTicket = (
  command: ParsedInput<typeof tickets.nudgeTicket>,
  caller: Caller,
  deps: TicketsDeps,
): Promise<Result<TicketDetail>> => act(command, { action: 'nudge' }, caller, deps);

/** Withdrawn by the reporter, only before anyone accepted it. */
export const cancelTicket = (
  command: ParsedInput<typeof tickets.cancelTicket>,
  caller: Caller,
  deps: TicketsDeps,
): Promise<Result<TicketDetail>> => act(command, { action: 'cancel', ...(command.reason ? { note: command.reason } : {}) }, caller, deps);

/** "已解决": the reporter confirms within 7 days of the fix and rates it. */
export const confirmTicket = (
  command: ParsedInput<typeof tickets.confirmTicket>,
  caller: Caller,
  deps: TicketsDeps,
): Promise<Result<TicketDetail>> => act(command, { action: 'confirm', stars: command.stars, ...comment(command.comment) }, caller, deps);

/** A rating after the ticket closed by itself (auto-confirmed), once. */
export const rateTicket = (
  command: ParsedInput<typeof tickets.rateTicket>,
  caller: Caller,
  deps: TicketsDeps,
): Promise<Result<TicketDetail>> => act(command, { action: 'rate', stars: command.stars, ...comment(command.comment) }, caller, deps);

/** "没修好": back to the handler with a reason (and photos), within 7 days of the fix. */
export const reopenTicket = async (
  command: ParsedInput<typeof tickets.reopenTicket>,
  caller: Caller,
  deps: TicketsDeps,
): Promise<Result<TicketDetail>> => {
  const photos = await checkOwnedUploads(command.photos, { ownerId: caller.user.id, purpose: 'ticket', field: 'photos' }, deps);
  if (!photos.ok) return photos;
  return act(command, { action: 'reopen', note: command.reason, photos: photos.data }, caller, deps);
};
