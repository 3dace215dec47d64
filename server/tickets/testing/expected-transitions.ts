import type { TicketAction, TicketStatus } from '@contracts/tickets';
import type { Actor } from '../domain/state-machine';

/**
 * The state machine as the issue describes it, written out by hand and independently of
 * state-machine.ts: for each action, the states it may start from, who may do it, and where
 * it leads ('same' keeps the state). Tests compare the transition table against this.
 */
type Row = { from: TicketStatus[]; by: Actor[]; to: TicketStatus | 'same' };

const open: TicketStatus[] = ['submitted', 'accepted', 'in_progress'];
const handling: Actor[] = ['staff', 'handler'];

export const EXPECTED: Record<TicketAction, Row> = {
  accept: { from: ['submitted'], by: handling, to: 'accepted' },
  assign: { from: open, by: handling, to: 'accepted' },
  reply: { from: [...open, 'resolved'], by: handling, to: 'same' },
  setExpected: { from: ['accepted', 'in_progress'], by: handling, to: 'same' },
  start: { from: ['accepted'], by: handling, to: 'in_progress' },
  resolve: { from: ['accepted', 'in_progress'], by: handling, to: 'resolved' },
  reject: { from: open, by: ['staff'], to: 'rejected' },
  cancel: { from: ['submitted'], by: ['reporter'], to: 'cancelled' },
  nudge: { from: open, by: ['reporter'], to: 'same' },
  confirm: { from: ['resolved'], by: ['reporter'], to: 'closed' },
  reopen: { from: ['resolved'], by: ['reporter'], to: 'accepted' },
  rate: { from: ['closed'], by: ['reporter'], to: 'same' },
  autoConfirm: { from: ['resolved'], by: ['system'], to: 'closed' },
  markOverdue: { from: open, by: ['system'], to: 'same' },
};

export const expectedNext = (status: TicketStatus, action: TicketAction, actor: Actor): TicketStatus | undefined => {
  const row = EXPECTED[action];
  if (!row.from.includes(status) || !row.by.includes(actor)) return undefined;
  return row.to === 'same' ? status : row.to;
};
