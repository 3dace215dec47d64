import { tickets } from '@contracts/tickets';
import { createDomainFunction } from '@server/app/domain-function';
import { ticketsDeps } from '@server/tickets/deps';
import { ticketsHandlers } from '@server/tickets/handlers';

export const main = createDomainFunction({ fn: 'tickets', actions: tickets, handlers: ticketsHandlers, deps: ticketsDeps });
