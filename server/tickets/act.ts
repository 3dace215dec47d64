import type { TicketAction, TicketDetail } from '@contracts/tickets';
import { conflict, fail, forbidden, notFound, ok, type Result } from '../kernel/result';
import type { Caller } from '../users/caller';
import { displayName } from '../users/domain/user';
import type { TicketsDeps } from './deps';
import { actorsOf, relationOf, seesPrivate, type Person } from './domain/actors';
import { decide, type Change } from './domain/change';
import type { EventActor, Ticket } from './domain/ticket';
import { eventIdFor } from './keys';
import { announceChange } from './notify';
import { toDetail } from './views';

export const NOT_FOUND_MESSAGE = '找不到这张单子，可能已被删除';
export const BUSY_MESSAGE = '同时操作的人太多，请刷新后再试';

const REPORTER_ACTIONS: readonly TicketAction[] = ['cancel', 'nudge', 'confirm', 'reopen', 'rate'];

export const personOf = (caller: Caller): Person => ({ id: caller.user.id, roles: caller.roles });

/** How the timeline names the person: as the reporter for the reporter's own actions, else by role. */
const eventActorFor = (caller: Caller, action: TicketAction): EventActor => {
  const name = displayName(caller.user);
  if (REPORTER_ACTIONS.includes(action)) return { kind: 'reporter', userId: caller.user.id, name };
  const kind = !caller.roles.includes('staff') && caller.roles.includes('property') ? 'property' : 'staff';
  return { kind, userId: caller.user.id, name };
};

/** The ticket as this person sees it now, with its timeline (and the reporter's masked name for staff). */
export const detailFor = async (ticket: Ticket, person: Person, deps: TicketsDeps): Promise<TicketDetail> => {
  const relation = relationOf(ticket, person);
  const [timeline, reporter] = await Promise.all([
    deps.events.timeline(ticket.id),
    relation !== 'reporter' && seesPrivate(relation) ? deps.users.byId(ticket.reporterId) : Promise.resolve(undefined),
  ]);
  return toDetail(ticket, timeline, person, deps.clock.now(), reporter);
};

/** Whether a person may know the ticket exists: neighbours only know listed tickets. */
export const visibleTo = (ticket: Ticket, person: Person): boolean => ticket.listed || seesPrivate(relationOf(ticket, person));

/**
 * One change by a person: decided by the transition table inside a transaction that writes the
 * ticket and its timeline entry together. A retry with the same request id changes nothing and
 * answers as the first call did; the notifications are keyed by the entry, so a retry after a
 * failure half way still tells everyone — once.
 */
export const act = async (
  command: { ticketId: string; requestId: string },
  change: Change,
  caller: Caller,
  deps: TicketsDeps,
): Promise<Result<TicketDetail>> => {
  const person = personOf(caller);
  const now = deps.clock.now();
  const eventId = eventIdFor(command.ticketId, person.id, change.action, command.requestId);
  const outcome = await deps.store.change(command.ticketId, eventId, (ticket) =>
    decide(ticket, change, actorsOf(ticket, person), eventActorFor(caller, change.action), now),
  );
  switch (outcome.kind) {
    case 'missing':
      return notFound(NOT_FOUND_MESSAGE);
    case 'busy':
      return conflict(BUSY_MESSAGE);
    case 'refused':
      if (outcome.refusal !== 'forbidden') return fail(outcome.refusal.code, outcome.refusal.message);
      return visibleTo(outcome.ticket, person) ? forbidden('这张单子不归您处理') : notFound(NOT_FOUND_MESSAGE);
    default:
      await announceChange(outcome.ticket, outcome.event, deps);
      return ok(await detailFor(outcome.ticket, person, deps));
  }
};

const SYSTEM: EventActor = { kind: 'system', userId: 'system', name: '系统' };

/**
 * A change the timer jobs make. The request id is derived from what the job does (e.g.
 * `overdue-resolution-1`), so a job that runs twice applies it once.
 */
export const actAsSystem = async (ticketId: string, requestKey: string, change: Change, deps: TicketsDeps) => {
  const now = deps.clock.now();
  const outcome = await deps.store.change(ticketId, eventIdFor(ticketId, SYSTEM.userId, change.action, requestKey), (ticket) =>
    decide(ticket, change, ['system'], SYSTEM, now),
  );
  if (outcome.kind === 'changed' || outcome.kind === 'replayed') await announceChange(outcome.ticket, outcome.event, deps);
  return outcome;
};
