import { TICKET_STATUS_LABELS, type TicketStatus } from '@contracts/tickets';
import { shanghaiDateTime } from '@contracts/time';
import type { BadgeTone } from '../../../ui/Badge';

const TONES: Record<TicketStatus, BadgeTone> = {
  submitted: 'warning',
  accepted: 'primary',
  in_progress: 'primary',
  resolved: 'success',
  closed: 'neutral',
  rejected: 'neutral',
  cancelled: 'neutral',
};

export const statusTone = (status: TicketStatus): BadgeTone => TONES[status];
export const statusLabel = (status: TicketStatus): string => TICKET_STATUS_LABELS[status];

/** `2026-11-19 10:00` in Shanghai time, from the server's ISO instant. */
export const when = (iso: string): string => shanghaiDateTime(new Date(iso));

/** `11月19日 10:00`: shorter, for lists. */
export const shortWhen = (iso: string): string => {
  const [date = '', time = ''] = when(iso).split(' ');
  const [, month, day] = date.split('-');
  return `${Number(month)}月${Number(day)}日 ${time}`;
};
