import { TICKET_ACTIONS, type TicketAction, type TicketStatus } from '@contracts/tickets';

/**
 * How someone stands to a ticket when acting on it:
 * - reporter: filed it;
 * - staff: community staff (社区工作人员), who may handle any ticket;
 * - handler: the person it is assigned to, or any property person (物业人员) while the
 *   property company handles it;
 * - system: the timer jobs.
 */
export type Actor = 'reporter' | 'staff' | 'handler' | 'system';
export const ACTORS: readonly Actor[] = ['reporter', 'staff', 'handler', 'system'];

/** `same` keeps the state (a reply, a nudge); the change is still on the timeline. */
type Next = TicketStatus | 'same';

interface Transition {
  action: TicketAction;
  from: readonly TicketStatus[];
  by: readonly Actor[];
  to: Next;
}

const OPEN: readonly TicketStatus[] = ['submitted', 'accepted', 'in_progress'];
const HANDLING: readonly Actor[] = ['staff', 'handler'];

/**
 * Every allowed transition, and only those: anything not listed here is refused. Time rules
 * (nudge once per 12 hours, confirm or reopen within 7 days, rate once) are guards in rules.ts.
 */
export const TRANSITIONS: readonly Transition[] = [
  { action: 'accept', from: ['submitted'], by: HANDLING, to: 'accepted' },
  // Assigning is a first answer too; transferring work already started makes the new handler start over.
  { action: 'assign', from: OPEN, by: HANDLING, to: 'accepted' },
  { action: 'reply', from: [...OPEN, 'resolved'], by: HANDLING, to: 'same' },
  { action: 'setExpected', from: ['accepted', 'in_progress'], by: HANDLING, to: 'same' },
  { action: 'start', from: ['accepted'], by: HANDLING, to: 'in_progress' },
  { action: 'resolve', from: ['accepted', 'in_progress'], by: HANDLING, to: 'resolved' },
  { action: 'reject', from: OPEN, by: ['staff'], to: 'rejected' },
  { action: 'cancel', from: ['submitted'], by: ['reporter'], to: 'cancelled' },
  { action: 'nudge', from: OPEN, by: ['reporter'], to: 'same' },
  { action: 'confirm', from: ['resolved'], by: ['reporter'], to: 'closed' },
  { action: 'reopen', from: ['resolved'], by: ['reporter'], to: 'accepted' },
  { action: 'rate', from: ['closed'], by: ['reporter'], to: 'same' },
  { action: 'autoConfirm', from: ['resolved'], by: ['system'], to: 'closed' },
  { action: 'markOverdue', from: OPEN, by: ['system'], to: 'same' },
];

const key = (status: TicketStatus, action: TicketAction, actor: Actor) => `${status}|${action}|${actor}`;

const TABLE: ReadonlyMap<string, TicketStatus> = (() => {
  const table = new Map<string, TicketStatus>();
  for (const t of TRANSITIONS) {
    for (const from of t.from) {
      for (const actor of t.by) {
        const k = key(from, t.action, actor);
        if (table.has(k)) throw new Error(`transition listed twice: ${k}`);
        table.set(k, t.to === 'same' ? from : t.to);
      }
    }
  }
  return table;
})();

/** The state after `action` by `actor` from `status`, or undefined when not allowed. */
export const nextState = (status: TicketStatus, action: TicketAction, actor: Actor): TicketStatus | undefined =>
  TABLE.get(key(status, action, actor));

/** The state reached by the first of the caller's standings that may act (a staff member who filed the ticket is both). */
export const nextStateFor = (status: TicketStatus, action: TicketAction, actors: readonly Actor[]): TicketStatus | undefined => {
  for (const actor of actors) {
    const next = nextState(status, action, actor);
    if (next) return next;
  }
  return undefined;
};

/** Whether any of these standings may ever do `action` (in some state): else it is not theirs to do at all. */
export const mayEver = (action: TicketAction, actors: readonly Actor[]): boolean =>
  TRANSITIONS.some((t) => t.action === action && t.by.some((a) => actors.includes(a)));

/** The actions these standings may take from `status`, in the contract's order. */
export const actionsFrom = (status: TicketStatus, actors: readonly Actor[]): TicketAction[] =>
  TICKET_ACTIONS.filter((action) => nextStateFor(status, action, actors) !== undefined);
