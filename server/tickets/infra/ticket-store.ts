import type { Database } from '../../platform/cloudbase';
import { applyPatch, type Applied, type Decision } from '../domain/change';
import type { Refusal } from '../domain/rules';
import type { Ticket, TicketEvent } from '../domain/ticket';
import { EVENTS_COLLECTION, TICKETS_COLLECTION, eventFields, ticketFields, toEvent, toTicket, type EventDoc, type TicketDoc } from './docs';

/** The part of the SDK's transaction this store uses (the SDK types it as `any`). */
interface TxDoc {
  get(): Promise<{ data?: unknown }>;
  set(data: object): Promise<unknown>;
  update(data: object): Promise<unknown>;
}
interface Tx {
  collection(name: string): { doc(id: string): TxDoc };
}
type RunTransaction = <T>(callback: (tx: Tx) => Promise<T>, times?: number) => Promise<T>;

/** What happened to a requested change. */
export type ChangeOutcome =
  | { kind: 'changed'; ticket: Ticket; event: TicketEvent }
  /** The same request (same idempotency key) was already applied: nothing written again. */
  | { kind: 'replayed'; ticket: Ticket; event: TicketEvent }
  | { kind: 'refused'; ticket: Ticket; refusal: Refusal | 'forbidden' }
  | { kind: 'missing' }
  /** Others kept changing the ticket at the same moment; the caller should refresh and retry. */
  | { kind: 'busy' };

export interface TicketStore {
  /** Files a ticket with its first timeline entry, once: a retry (same id) returns the stored one. */
  create(ticket: Ticket, event: TicketEvent): Promise<{ ticket: Ticket; created: boolean }>;
  /**
   * Applies one change in a transaction: reads the ticket, skips a change already made under
   * this event id, asks `decide`, then writes the ticket and its timeline entry together.
   */
  change(ticketId: string, eventId: string, decide: (ticket: Ticket) => Decision): Promise<ChangeOutcome>;
}

/** Retries after a conflict: the loser of a race re-reads and is refused by the state machine. */
const TRANSACTION_ATTEMPTS = 8;

const isConflict = (error: unknown): boolean => {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return /TRANSACTION_CONFLICT/.test(`${String(code ?? '')} ${String(message ?? '')}`);
};

export const cloudbaseTicketStore = (db: Database): TicketStore => {
  const _ = db.command;
  const run = (db.runTransaction as RunTransaction).bind(db);

  const updateOf = (applied: Applied): Record<string, unknown> => {
    const update: Record<string, unknown> = { ...applied.patch };
    for (const field of applied.clear) update[field] = _.remove();
    return update;
  };

  return {
    async create(ticket, event) {
      try {
        return await run(async (tx) => {
          const existing = (await tx.collection(TICKETS_COLLECTION).doc(ticket.id).get()).data as TicketDoc | undefined | null;
          if (existing) return { ticket: toTicket({ ...existing, _id: ticket.id }), created: false };
          await tx.collection(TICKETS_COLLECTION).doc(ticket.id).set(ticketFields(ticket));
          await tx.collection(EVENTS_COLLECTION).doc(event.id).set(eventFields(event));
          return { ticket, created: true };
        }, TRANSACTION_ATTEMPTS);
      } catch (error) {
        // Two copies of the same submission raced to the end: the other one filed it.
        if (!isConflict(error)) throw error;
        const res = await db.collection(TICKETS_COLLECTION).where({ _id: ticket.id }).limit(1).get();
        const doc = (res.data as TicketDoc[])[0];
        if (!doc) throw error;
        return { ticket: toTicket(doc), created: false };
      }
    },

    async change(ticketId, eventId, decide) {
      try {
        return await run<ChangeOutcome>(async (tx) => {
          const raw = (await tx.collection(TICKETS_COLLECTION).doc(ticketId).get()).data as TicketDoc | undefined | null;
          if (!raw) return { kind: 'missing' };
          const ticket = toTicket({ ...raw, _id: ticketId });
          const done = (await tx.collection(EVENTS_COLLECTION).doc(eventId).get()).data as EventDoc | undefined | null;
          if (done) return { kind: 'replayed', ticket, event: toEvent({ ...done, _id: eventId }) };
          const decision = decide(ticket);
          if (!decision.ok) return { kind: 'refused', ticket, refusal: decision.refusal };
          const event: TicketEvent = { id: eventId, ticketId, ...decision.applied.event };
          await tx.collection(TICKETS_COLLECTION).doc(ticketId).update(updateOf(decision.applied));
          await tx.collection(EVENTS_COLLECTION).doc(eventId).set(eventFields(event));
          return { kind: 'changed', ticket: applyPatch(ticket, decision.applied), event };
        }, TRANSACTION_ATTEMPTS);
      } catch (error) {
        if (isConflict(error)) return { kind: 'busy' };
        throw error;
      }
    },
  };
};
