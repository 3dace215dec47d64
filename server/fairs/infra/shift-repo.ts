import type { Database } from '../../platform/cloudbase';
import type { Presence, Shift } from '../domain/shift';
import { C, fromDoc, insertOnce, toDoc, updatedCount, type WithId } from './docs';

export interface ShiftRepo {
  create(shift: Shift): Promise<Shift>;
  byId(id: string): Promise<Shift | undefined>;
  byIds(ids: readonly string[]): Promise<Shift[]>;
  byFair(fairId: string): Promise<Shift[]>;
  byStall(stallId: string): Promise<Shift[]>;
  ofVolunteer(volunteerId: string, from?: Date): Promise<Shift[]>;
  /** Adds the volunteer if there is room, atomically (the array's length is the head count). */
  join(shiftId: string, volunteerId: string, capacity: number): Promise<'joined' | 'already' | 'full'>;
  leave(shiftId: string, volunteerId: string): Promise<void>;
  removeByStall(stallId: string): Promise<void>;
}

export interface PresenceRepo {
  /** Starts presence once; false when it already exists. */
  start(presence: Presence): Promise<boolean>;
  byId(id: string): Promise<Presence | undefined>;
  ofShifts(shiftIds: readonly string[]): Promise<Presence[]>;
  /** Ends presence if still open; false when it was closed already (by the person or the timer). */
  close(id: string, outAt: Date, autoClosed: boolean): Promise<boolean>;
  markSettled(id: string): Promise<void>;
  /** Presence whose hours are not in the ledger yet and whose shift is over (plus grace). */
  dueForSettling(now: Date, limit: number): Promise<Presence[]>;
}

type ShiftDoc = WithId<Shift>;
type PresenceDoc = WithId<Presence>;

export const cloudbaseShiftRepo = (db: Database): ShiftRepo => {
  const col = db.collection(C.shifts);
  const _ = db.command;
  const many = (docs: unknown[]) => (docs as ShiftDoc[]).map(fromDoc<Shift>);
  const byId = async (id: string) => {
    const doc = (await col.where({ _id: id }).limit(1).get()).data[0] as ShiftDoc | undefined;
    return doc ? fromDoc<Shift>(doc) : undefined;
  };
  return {
    async create(shift) {
      if (await insertOnce(() => col.add(toDoc(shift)))) return shift;
      const doc = (await col.where({ createKey: shift.createKey }).limit(1).get()).data[0] as ShiftDoc | undefined;
      if (!doc) throw new Error('shift create key clashed but no shift holds it');
      return fromDoc<Shift>(doc);
    },
    byId,
    async byIds(ids) {
      if (!ids.length) return [];
      return many(
        (
          await col
            .where({ _id: _.in([...ids]) })
            .limit(1000)
            .get()
        ).data,
      );
    },
    async byFair(fairId) {
      return many((await col.where({ fairId }).orderBy('startsAt', 'asc').limit(1000).get()).data);
    },
    async byStall(stallId) {
      return many((await col.where({ stallId }).orderBy('startsAt', 'asc').limit(1000).get()).data);
    },
    async ofVolunteer(volunteerId, from) {
      const where = from ? { volunteers: volunteerId, endsAt: _.gt(from) } : { volunteers: volunteerId };
      return many((await col.where(where).orderBy('startsAt', 'asc').limit(200).get()).data);
    },
    async join(shiftId, volunteerId, capacity) {
      const res = await col
        .where({ _id: shiftId, volunteers: _.neq(volunteerId), [`volunteers.${capacity - 1}`]: _.exists(false) })
        .update({ volunteers: _.push(volunteerId) });
      if (updatedCount(res) === 1) return 'joined';
      const shift = await byId(shiftId);
      return shift?.volunteers.includes(volunteerId) ? 'already' : 'full';
    },
    async leave(shiftId, volunteerId) {
      await col.where({ _id: shiftId, volunteers: volunteerId }).update({ volunteers: _.pull(volunteerId) });
    },
    async removeByStall(stallId) {
      await col.where({ stallId }).remove();
    },
  };
};

export const cloudbasePresenceRepo = (db: Database): PresenceRepo => {
  const col = db.collection(C.presence);
  const _ = db.command;
  return {
    start: (presence) => insertOnce(() => col.add(toDoc(presence))),
    async byId(id) {
      const doc = (await col.where({ _id: id }).limit(1).get()).data[0] as PresenceDoc | undefined;
      return doc ? fromDoc<Presence>(doc) : undefined;
    },
    async ofShifts(shiftIds) {
      if (!shiftIds.length) return [];
      return (
        (
          await col
            .where({ shiftId: _.in([...shiftIds]) })
            .limit(1000)
            .get()
        ).data as PresenceDoc[]
      ).map(fromDoc<Presence>);
    },
    async close(id, outAt, autoClosed) {
      const res = await col.where({ _id: id, open: true }).update({ open: false, outAt, ...(autoClosed ? { autoClosed: true } : {}) });
      return updatedCount(res) === 1;
    },
    async markSettled(id) {
      await col.doc(id).update({ settled: true });
    },
    async dueForSettling(now, limit) {
      return (
        (
          await col
            .where({ settled: false, closeBy: _.lte(now) })
            .limit(limit)
            .get()
        ).data as PresenceDoc[]
      ).map(fromDoc<Presence>);
    },
  };
};
