import type { TicketAction, TicketStatus } from '@contracts/tickets';
import { HOUR } from '../../kernel/clock';
import { guard, type Refusal } from './rules';
import { mayEver, nextStateFor, type Actor } from './state-machine';
import type { DeadlineKind, EventActor, Ticket, TicketEvent } from './ticket';

export interface AssigneeRef {
  id: string;
  name: string;
  role: 'staff' | 'property';
}

/** One change someone asks for, with what it carries. */
export type Change =
  | { action: 'accept'; note?: string }
  | { action: 'assign'; to: AssigneeRef; note?: string }
  | { action: 'reply'; note: string; photos: string[] }
  | { action: 'setExpected'; expectedAt: Date; note?: string }
  | { action: 'start'; note?: string }
  | { action: 'resolve'; note: string; photos: string[] }
  | { action: 'reject'; note: string }
  | { action: 'cancel'; note?: string }
  | { action: 'nudge' }
  | { action: 'confirm'; stars: number; comment?: string }
  | { action: 'reopen'; note: string; photos: string[] }
  | { action: 'rate'; stars: number; comment?: string }
  | { action: 'autoConfirm' }
  | { action: 'markOverdue'; deadline: DeadlineKind };

/** Ticket fields a change sets, and optional fields it clears. */
export type TicketPatch = Partial<Omit<Ticket, 'id'>>;
export type ClearableField = 'responseAlarmAt' | 'resolutionAlarmAt' | 'resolvedAt' | 'expectedAt';

export interface Applied {
  patch: TicketPatch;
  clear: ClearableField[];
  event: Omit<TicketEvent, 'id' | 'ticketId'>;
}

export type Decision = { ok: true; applied: Applied } | { ok: false; refusal: Refusal | 'forbidden' };

const HANDLING_ACTIONS: readonly TicketAction[] = ['accept', 'assign', 'reply', 'setExpected', 'start', 'resolve', 'reject'];

const CONFLICT_MESSAGES: Partial<Record<TicketStatus, string>> = {
  submitted: '这张单子还没有受理',
  accepted: '已有工作人员受理了这张单子',
  in_progress: '这张单子正在处理中',
  resolved: '这张单子已处理完成，等待确认',
  closed: '这张单子已经完成',
  rejected: '这张单子已被驳回',
  cancelled: '这张单子已撤销',
};

export const conflictMessage = (status: TicketStatus): string => CONFLICT_MESSAGES[status] ?? '状态已变化，请刷新后再试';

/**
 * Decides a change: the transition table says whether it is allowed at all, the time rules
 * whether it is allowed now, and this says what it writes — to the ticket and to the timeline.
 */
export const decide = (ticket: Ticket, change: Change, actors: readonly Actor[], by: EventActor, now: Date): Decision => {
  const next = nextStateFor(ticket.status, change.action, actors);
  if (!next)
    return {
      ok: false,
      refusal: mayEver(change.action, actors) ? { code: 'CONFLICT', message: conflictMessage(ticket.status) } : 'forbidden',
    };
  const refusal = guard(ticket, change.action, now, change.action === 'markOverdue' ? change.deadline : undefined);
  if (refusal) return { ok: false, refusal };

  const patch: TicketPatch = { status: next, version: ticket.version + 1, updatedAt: now };
  const clear: ClearableField[] = [];
  const event: Applied['event'] = { seq: ticket.version + 1, action: change.action, actor: by, at: now, status: next, photos: [] };

  if (HANDLING_ACTIONS.includes(change.action) && !ticket.firstResponseAt) {
    patch.firstResponseAt = now;
    clear.push('responseAlarmAt');
    // Late to answer is over once answered; it stays overdue only if the fix is late too.
    if (ticket.overdue && now < ticket.resolutionDueAt) patch.overdue = false;
  }
  const takeIfUnassigned = () => {
    if (ticket.assigneeId === '' && (by.kind === 'staff' || by.kind === 'property')) {
      patch.assigneeId = by.userId;
      patch.assigneeName = by.name;
      patch.assigneeRole = by.kind;
    }
  };
  const finish = () => {
    patch.overdue = false;
    clear.push('resolutionAlarmAt');
  };

  switch (change.action) {
    case 'accept':
      takeIfUnassigned();
      if (change.note) event.note = change.note;
      break;
    case 'assign':
      patch.assigneeId = change.to.id;
      patch.assigneeName = change.to.name;
      patch.assigneeRole = change.to.role;
      patch.handlerOrg = change.to.role === 'property' ? 'property' : 'community';
      event.assigneeName = change.to.name;
      if (change.note) event.note = change.note;
      break;
    case 'reply':
      event.note = change.note;
      event.photos = change.photos;
      break;
    case 'setExpected':
      patch.expectedAt = change.expectedAt;
      event.expectedAt = change.expectedAt;
      if (change.note) event.note = change.note;
      break;
    case 'start':
      takeIfUnassigned();
      if (change.note) event.note = change.note;
      break;
    case 'resolve':
      takeIfUnassigned();
      patch.resolvedAt = now;
      finish();
      event.note = change.note;
      event.photos = change.photos;
      break;
    case 'reject':
      patch.closedAt = now;
      finish();
      event.note = change.note;
      break;
    case 'cancel':
      patch.closedAt = now;
      finish();
      clear.push('responseAlarmAt');
      if (change.note) event.note = change.note;
      break;
    case 'nudge':
      patch.lastNudgeAt = now;
      break;
    case 'confirm':
    case 'rate':
      if (change.action === 'confirm') patch.closedAt = now;
      patch.rating = { stars: change.stars, at: now, ...(change.comment ? { comment: change.comment } : {}) };
      event.stars = change.stars;
      if (change.comment) event.note = change.comment;
      break;
    case 'reopen': {
      const due = new Date(now.getTime() + ticket.resolutionHours * HOUR);
      patch.reopenCount = ticket.reopenCount + 1;
      patch.overdue = false;
      patch.resolutionDueAt = due;
      patch.resolutionAlarmAt = due;
      clear.push('resolvedAt', 'expectedAt');
      event.note = change.note;
      event.photos = change.photos;
      break;
    }
    case 'autoConfirm':
      patch.closedAt = now;
      break;
    case 'markOverdue':
      patch.overdue = true;
      patch.wasOverdue = true;
      event.deadline = change.deadline;
      break;
  }
  return { ok: true, applied: { patch, clear: [...new Set(clear)], event } };
};

/** The ticket as it is after an applied change. */
export const applyPatch = (ticket: Ticket, applied: Applied): Ticket => {
  const next: Ticket = { ...ticket, ...applied.patch };
  for (const field of applied.clear) delete next[field];
  return next;
};
