import type { Role } from '@contracts/roles';
import type { TicketRelation } from '@contracts/tickets';
import type { Actor } from './state-machine';
import type { Ticket } from './ticket';

export interface Person {
  id: string;
  roles: readonly Role[];
}

/** Property people handle whatever the property company handles, and whatever is assigned to them. */
export const isHandler = (ticket: Pick<Ticket, 'handlerOrg' | 'assigneeId'>, person: Person): boolean =>
  (ticket.assigneeId !== '' && ticket.assigneeId === person.id) || (person.roles.includes('property') && ticket.handlerOrg === 'property');

/** Every standing a person has towards a ticket, for the transition table. */
export const actorsOf = (ticket: Pick<Ticket, 'reporterId' | 'handlerOrg' | 'assigneeId'>, person: Person): Actor[] => {
  const actors: Actor[] = [];
  if (ticket.reporterId === person.id) actors.push('reporter');
  if (person.roles.includes('staff')) actors.push('staff');
  if (isHandler(ticket, person)) actors.push('handler');
  return actors;
};

/**
 * What the person may see. Staff, handlers and grid workers (viewer) see the whole ticket
 * except the reporter's contact; everyone else — property people included, for tickets the
 * property company does not handle — only a listed ticket, without personal data.
 */
export const relationOf = (ticket: Pick<Ticket, 'reporterId' | 'handlerOrg' | 'assigneeId'>, person: Person): TicketRelation => {
  if (ticket.reporterId === person.id) return 'reporter';
  if (person.roles.includes('staff')) return 'staff';
  if (isHandler(ticket, person)) return 'handler';
  if (person.roles.includes('grid_worker')) return 'viewer';
  return 'neighbour';
};

/** Whether the relation sees the reporter's room, the private notes and the internal parts. */
export const seesPrivate = (relation: TicketRelation): boolean => relation !== 'neighbour';
