import { CONFIRM_WINDOW_DAYS, NUDGE_INTERVAL_HOURS, type TicketAction } from '@contracts/tickets';
import { shanghaiDateTime } from '@contracts/time';
import { DAY, HOUR } from '../../kernel/clock';
import type { DeadlineKind, Ticket } from './ticket';

/** A rule that says "not now": CONFLICT for the state of things, RATE_LIMITED for too soon. */
export interface Refusal {
  code: 'CONFLICT' | 'RATE_LIMITED';
  message: string;
}

export const nudgeAvailableAt = (ticket: Pick<Ticket, 'lastNudgeAt'>): Date | undefined =>
  ticket.lastNudgeAt ? new Date(ticket.lastNudgeAt.getTime() + NUDGE_INTERVAL_HOURS * HOUR) : undefined;

/** The reporter may confirm or reopen until 7 days after it was resolved; then it closes by itself. */
export const confirmBy = (ticket: Pick<Ticket, 'resolvedAt'>): Date | undefined =>
  ticket.resolvedAt ? new Date(ticket.resolvedAt.getTime() + CONFIRM_WINDOW_DAYS * DAY) : undefined;

/** Whether a deadline was missed and not yet met: response until the first answer, resolution until resolved. */
export const isPastDeadline = (ticket: Ticket, deadline: DeadlineKind, now: Date): boolean => {
  if (deadline === 'response') return ticket.status === 'submitted' && !ticket.firstResponseAt && now >= ticket.responseDueAt;
  return (
    (ticket.status === 'submitted' || ticket.status === 'accepted' || ticket.status === 'in_progress') && now >= ticket.resolutionDueAt
  );
};

/** Time rules on top of the transition table; undefined means the change may go ahead. */
export const guard = (ticket: Ticket, action: TicketAction, now: Date, deadline?: DeadlineKind): Refusal | undefined => {
  switch (action) {
    case 'nudge': {
      const next = nudgeAvailableAt(ticket);
      if (next && now < next) return { code: 'RATE_LIMITED', message: `12小时内只能催一次，${shanghaiDateTime(next)} 后可以再催` };
      return undefined;
    }
    case 'confirm':
    case 'reopen': {
      const until = confirmBy(ticket);
      if (until && now >= until) return { code: 'CONFLICT', message: `已超过${CONFIRM_WINDOW_DAYS}天，系统已自动确认` };
      return undefined;
    }
    case 'autoConfirm': {
      const until = confirmBy(ticket);
      if (!until || now < until) return { code: 'CONFLICT', message: `还在${CONFIRM_WINDOW_DAYS}天确认期内` };
      return undefined;
    }
    case 'rate':
      return ticket.rating ? { code: 'CONFLICT', message: '已经评价过了' } : undefined;
    case 'markOverdue':
      return !deadline || !isPastDeadline(ticket, deadline, now) ? { code: 'CONFLICT', message: '还没有超时' } : undefined;
    default:
      return undefined;
  }
};
