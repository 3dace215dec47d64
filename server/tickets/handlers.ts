import { tickets } from '@contracts/tickets';
import type { Handlers } from '../kernel/entry';
import type { Caller } from '../users/caller';
import type { TicketsDeps } from './deps';
import { listAllCategories, listCategories, saveCategory } from './use-cases/categories/categories';
import { dashboard, exportDashboard } from './use-cases/dashboard/dashboard';
import { findSimilar } from './use-cases/find-similar/find-similar';
import { followTicket } from './use-cases/follow-ticket/follow-ticket';
import { getTicket } from './use-cases/get-ticket/get-ticket';
import {
  acceptTicket,
  assignTicket,
  listHandlers,
  rejectTicket,
  replyTicket,
  resolveTicket,
  setExpectedTime,
  startTicket,
} from './use-cases/handle-ticket/handle-ticket';
import { listMyTickets, listPublicTickets, listQueue, queueCounts } from './use-cases/list-tickets/list-tickets';
import { cancelTicket, confirmTicket, nudgeTicket, rateTicket, reopenTicket } from './use-cases/resident-changes/resident-changes';
import { revealContact } from './use-cases/reveal-contact/reveal-contact';
import { reviewListing } from './use-cases/review-listing/review-listing';
import { submitTicket } from './use-cases/submit-ticket/submit-ticket';

/** Each action of the `tickets` function, routed to its use case with the caller. */
export const ticketsHandlers: Handlers<typeof tickets, TicketsDeps, Caller> = {
  listCategories: (_input, { deps }) => listCategories(deps),
  submitTicket: (input, { caller, deps }) => submitTicket(input, caller, deps),
  findSimilar: (input, { caller, deps }) => findSimilar(input, caller, deps),
  followTicket: (input, { caller, deps }) => followTicket(input, caller, deps),
  listMyTickets: (input, { caller, deps }) => listMyTickets(input, caller, deps),
  listPublicTickets: (input, { deps }) => listPublicTickets(input, deps),
  getTicket: (input, { caller, deps }) => getTicket(input, caller, deps),
  nudgeTicket: (input, { caller, deps }) => nudgeTicket(input, caller, deps),
  cancelTicket: (input, { caller, deps }) => cancelTicket(input, caller, deps),
  confirmTicket: (input, { caller, deps }) => confirmTicket(input, caller, deps),
  reopenTicket: (input, { caller, deps }) => reopenTicket(input, caller, deps),
  rateTicket: (input, { caller, deps }) => rateTicket(input, caller, deps),
  listQueue: (input, { caller, deps }) => listQueue(input, caller, deps),
  queueCounts: (_input, { caller, deps }) => queueCounts(caller, deps),
  acceptTicket: (input, { caller, deps }) => acceptTicket(input, caller, deps),
  assignTicket: (input, { caller, deps }) => assignTicket(input, caller, deps),
  replyTicket: (input, { caller, deps }) => replyTicket(input, caller, deps),
  setExpectedTime: (input, { caller, deps }) => setExpectedTime(input, caller, deps),
  startTicket: (input, { caller, deps }) => startTicket(input, caller, deps),
  resolveTicket: (input, { caller, deps }) => resolveTicket(input, caller, deps),
  rejectTicket: (input, { caller, deps }) => rejectTicket(input, caller, deps),
  revealContact: (input, { caller, deps }) => revealContact(input, caller, deps),
  reviewListing: (input, { caller, deps }) => reviewListing(input, caller, deps),
  listHandlers: (_input, { deps }) => listHandlers(deps),
  listAllCategories: (_input, { deps }) => listAllCategories(deps),
  saveCategory: (input, { caller, deps }) => saveCategory(input, caller, deps),
  dashboard: (input, { deps }) => dashboard(input, deps),
  exportDashboard: (input, { deps }) => exportDashboard(input, deps),
};
