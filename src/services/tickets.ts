import type { ActionInput } from '@contracts/action';
import { inbox } from '@contracts/inbox';
import { tickets } from '@contracts/tickets';
import { call } from './call';

/** One function per `tickets` action; pages import these, never `call` or the transport. */
type In<K extends keyof typeof tickets> = ActionInput<(typeof tickets)[K]>;

export const listCategories = () => call(tickets.listCategories, {});
export const submitTicket = (input: In<'submitTicket'>) => call(tickets.submitTicket, input);
export const findSimilar = (input: In<'findSimilar'>) => call(tickets.findSimilar, input);
export const followTicket = (ticketId: string) => call(tickets.followTicket, { ticketId });
export const listMyTickets = (input: NonNullable<In<'listMyTickets'>> = {}) => call(tickets.listMyTickets, input);
export const listPublicTickets = (input: NonNullable<In<'listPublicTickets'>> = {}) => call(tickets.listPublicTickets, input);
export const getTicket = (ticketId: string) => call(tickets.getTicket, { ticketId });
export const nudgeTicket = (input: In<'nudgeTicket'>) => call(tickets.nudgeTicket, input);
export const cancelTicket = (input: In<'cancelTicket'>) => call(tickets.cancelTicket, input);
export const confirmTicket = (input: In<'confirmTicket'>) => call(tickets.confirmTicket, input);
export const reopenTicket = (input: In<'reopenTicket'>) => call(tickets.reopenTicket, input);
export const rateTicket = (input: In<'rateTicket'>) => call(tickets.rateTicket, input);

export type QueueQuery = NonNullable<In<'listQueue'>>;
export const listQueue = (input: QueueQuery = {}) => call(tickets.listQueue, input);
export const queueCounts = () => call(tickets.queueCounts, {});
export const acceptTicket = (input: In<'acceptTicket'>) => call(tickets.acceptTicket, input);
export const assignTicket = (input: In<'assignTicket'>) => call(tickets.assignTicket, input);
export const replyTicket = (input: In<'replyTicket'>) => call(tickets.replyTicket, input);
export const setExpectedTime = (input: In<'setExpectedTime'>) => call(tickets.setExpectedTime, input);
export const startTicket = (input: In<'startTicket'>) => call(tickets.startTicket, input);
export const resolveTicket = (input: In<'resolveTicket'>) => call(tickets.resolveTicket, input);
export const rejectTicket = (input: In<'rejectTicket'>) => call(tickets.rejectTicket, input);
export const revealContact = (ticketId: string) => call(tickets.revealContact, { ticketId });
export const reviewListing = (ticketId: string, list: boolean) => call(tickets.reviewListing, { ticketId, list });
export const listHandlers = () => call(tickets.listHandlers, {});
export const listAllCategories = () => call(tickets.listAllCategories, {});
export const saveCategory = (input: In<'saveCategory'>) => call(tickets.saveCategory, input);
export const ticketDashboard = (month: 'this' | 'last') => call(tickets.dashboard, { month });
export const exportTicketDashboard = (month: 'this' | 'last') => call(tickets.exportDashboard, { month });

/** The person agreed (in WeChat's prompt) to one message about their ticket's progress. */
export const recordTicketSubscription = () => call(inbox.recordSubscriptions, { accepted: ['ticketUpdate'] });
