import type { Database } from '../../platform/cloudbase';
import type { TicketEvent } from '../domain/ticket';
import { EVENTS_COLLECTION, toEvent, type EventDoc } from './docs';

/** A ticket's timeline is read whole: a ticket gathers tens of entries, not thousands. */
export const MAX_TIMELINE = 500;

/** Append-only: events are written only together with their ticket change (ticket-store.ts). */
export interface EventRepo {
  timeline(ticketId: string): Promise<TicketEvent[]>;
}

export const cloudbaseEventRepo = (db: Database): EventRepo => {
  const collection = db.collection(EVENTS_COLLECTION);
  return {
    async timeline(ticketId) {
      const res = await collection.where({ ticketId }).orderBy('seq', 'asc').limit(MAX_TIMELINE).get();
      return (res.data as EventDoc[]).map(toEvent);
    },
  };
};
