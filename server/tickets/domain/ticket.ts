import type { HandlerOrg, MapPoint, PlaceType, TicketKind, TicketStatus, TimelineAction, VisitWindow } from '@contracts/tickets';

/** Where the problem is. A household place carries the room: only the reporter and handlers see it. */
export interface Place {
  type: PlaceType;
  buildingId?: string;
  buildingName?: string;
  unit?: string;
  room?: string;
  spot?: string;
  /** The spot normalised for duplicate matching (no spaces, punctuation, width differences). */
  spotKey?: string;
  point?: MapPoint;
}

export type DeadlineKind = 'response' | 'resolution';

/** The person (or the system) behind a change, as the timeline names them. */
export interface EventActor {
  kind: 'reporter' | 'staff' | 'property' | 'system';
  userId: string;
  name: string;
}

export interface Rating {
  stars: number;
  comment?: string;
  at: Date;
}

/**
 * A repair, complaint or suggestion. `version` counts the changes: event n of the timeline is
 * the change that made version n, so the ticket and its timeline are written together.
 */
export interface Ticket {
  id: string;
  version: number;
  kind: TicketKind;
  categoryId: string;
  categoryName: string;
  handlerOrg: HandlerOrg;
  /** The category's deadlines when the ticket was filed; later edits do not move them. */
  firstResponseHours: number;
  resolutionHours: number;
  status: TicketStatus;
  description: string;
  photos: string[];
  place: Place;
  /** Top-level copy of place.buildingId ('' for none), for the queue's building filter. */
  buildingId: string;
  visit?: VisitWindow;
  public: boolean;
  /** In the neighbours' list: public and the content check passed. */
  listed: boolean;
  /** The content check asked for a person's review: not listed until staff act. */
  held: boolean;
  reporterId: string;
  /** '' when nobody in particular handles it yet. */
  assigneeId: string;
  assigneeName?: string;
  assigneeRole?: 'staff' | 'property';
  followerIds: string[];
  createdAt: Date;
  updatedAt: Date;
  firstResponseAt?: Date;
  resolvedAt?: Date;
  closedAt?: Date;
  expectedAt?: Date;
  responseDueAt: Date;
  resolutionDueAt: Date;
  /** Present while a deadline is live and not yet reported: the overdue job looks for these. */
  responseAlarmAt?: Date;
  resolutionAlarmAt?: Date;
  /** Overdue now (an open ticket past a deadline): the queue's filter. */
  overdue: boolean;
  /** Ever overdue (for the dashboard). */
  wasOverdue: boolean;
  /** How often it was reopened: each reopening starts a new resolution deadline. */
  reopenCount: number;
  lastNudgeAt?: Date;
  rating?: Rating;
}

export interface TicketEvent {
  id: string;
  ticketId: string;
  seq: number;
  action: TimelineAction;
  actor: EventActor;
  at: Date;
  status: TicketStatus;
  note?: string;
  photos: string[];
  expectedAt?: Date;
  stars?: number;
  assigneeName?: string;
  deadline?: DeadlineKind;
}

export const isOpen = (status: TicketStatus): boolean => status === 'submitted' || status === 'accepted' || status === 'in_progress';

/** The first words of a description for lists and messages. */
export const excerptOf = (text: string, max = 40): string => {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
};
