import type { Database } from '../../platform/cloudbase';
import { MAX_QUEUE } from '../domain/booking';
import type { Slot } from '../domain/stall';
import { C, fromDoc, insertOnce, toDoc, type WithId } from './docs';

/** A slot with its queue (arrival order), read only where the queue itself is needed. */
export type QueuedSlot = Slot & { queue: string[] };

export interface SlotRepo {
  /** Creates the slots (ids are derived from the stall, so a retry adds nothing twice). */
  createAll(slots: readonly QueuedSlot[]): Promise<void>;
  byId(id: string): Promise<Slot | undefined>;
  withQueue(id: string): Promise<QueuedSlot | undefined>;
  byStall(stallId: string): Promise<Slot[]>;
  byFair(fairId: string): Promise<Slot[]>;
  /**
   * Appends the booking to the queue, once, atomically: its index is its arrival. Answers the
   * queue after the change, or undefined when the waitlist is full and it is not in the queue.
   */
  join(slotId: string, bookingId: string): Promise<QueuedSlot | undefined>;
  /** Takes the booking out of the queue (once); the next in line moves into the seats. */
  leave(slotId: string, bookingId: string): Promise<void>;
  /** Clears the "someone left" flag if nobody changed the queue since `version` was read. */
  markSynced(slotId: string, version: number): Promise<void>;
  needingSync(limit: number): Promise<Slot[]>;
  removeByStall(stallId: string): Promise<void>;
}

type SlotDoc = WithId<QueuedSlot>;
const NO_QUEUE = { queue: false } as const;

export const cloudbaseSlotRepo = (db: Database): SlotRepo => {
  const col = db.collection(C.slots);
  const _ = db.command;
  const toSlot = (doc: SlotDoc): Slot => {
    const { queue: _queue, ...rest } = fromDoc<QueuedSlot>(doc);
    return rest;
  };
  return {
    async createAll(slots) {
      for (const slot of slots) await insertOnce(() => col.add(toDoc(slot)));
    },
    async byId(id) {
      const doc = (await col.where({ _id: id }).field(NO_QUEUE).limit(1).get()).data[0] as SlotDoc | undefined;
      return doc ? toSlot(doc) : undefined;
    },
    async withQueue(id) {
      const doc = (await col.where({ _id: id }).limit(1).get()).data[0] as SlotDoc | undefined;
      return doc ? fromDoc<QueuedSlot>(doc) : undefined;
    },
    async byStall(stallId) {
      return ((await col.where({ stallId }).field(NO_QUEUE).orderBy('startsAt', 'asc').limit(1000).get()).data as SlotDoc[]).map(toSlot);
    },
    async byFair(fairId) {
      return ((await col.where({ fairId }).field(NO_QUEUE).orderBy('startsAt', 'asc').limit(1000).get()).data as SlotDoc[]).map(toSlot);
    },
    async join(slotId, bookingId) {
      const res = (await col
        .where({ _id: slotId, queue: _.neq(bookingId), [`queue.${MAX_QUEUE - 1}`]: _.exists(false) })
        .updateAndReturn({ queue: _.push(bookingId), queued: _.inc(1) })) as { doc?: SlotDoc | null };
      const doc = res.doc ?? ((await col.where({ _id: slotId }).limit(1).get()).data[0] as SlotDoc | undefined);
      return doc && doc.queue.includes(bookingId) ? fromDoc<QueuedSlot>(doc) : undefined;
    },
    async leave(slotId, bookingId) {
      await col
        .where({ _id: slotId, queue: bookingId })
        .update({ queue: _.pull(bookingId), queued: _.inc(-1), version: _.inc(1), syncNeeded: true });
    },
    async markSynced(slotId, version) {
      await col.where({ _id: slotId, version }).update({ syncNeeded: false });
    },
    async needingSync(limit) {
      return ((await col.where({ syncNeeded: true }).field(NO_QUEUE).limit(limit).get()).data as SlotDoc[]).map(toSlot);
    },
    async removeByStall(stallId) {
      await col.where({ stallId }).remove();
    },
  };
};
