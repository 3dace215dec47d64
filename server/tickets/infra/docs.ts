import type { Ticket, TicketEvent } from '../domain/ticket';

export const TICKETS_COLLECTION = 'tickets';
export const EVENTS_COLLECTION = 'ticket_events';
export const CATEGORIES_COLLECTION = 'ticket_categories';

export type TicketDoc = Omit<Ticket, 'id'> & { _id: string };
export type EventDoc = Omit<TicketEvent, 'id'> & { _id: string };

export const toTicket = ({ _id, ...rest }: TicketDoc): Ticket => ({ id: _id, ...rest });
export const toEvent = ({ _id, ...rest }: EventDoc): TicketEvent => ({ id: _id, ...rest });

/** A document's fields without its id, as `set` and `add` take them. */
export const ticketFields = ({ id: _id, ...rest }: Ticket): Omit<Ticket, 'id'> => rest;
export const eventFields = ({ id: _id, ...rest }: TicketEvent): Omit<TicketEvent, 'id'> => rest;
