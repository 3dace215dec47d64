import type { Database } from '../../platform/cloudbase';
import type { HoursEntry } from '../domain/hours';
import { C, fromDoc, insertOnce, toDoc, type WithId } from './docs';

/** Volunteer hours: append-only, one line per shift (unique key) and one per correction. */
export interface HoursRepo {
  /** Appends once per key; a retry gets the line already written. */
  append(entry: HoursEntry): Promise<{ entry: HoursEntry; created: boolean }>;
  ofVolunteerYear(volunteerId: string, year: number): Promise<HoursEntry[]>;
  ofFairs(fairIds: readonly string[]): Promise<HoursEntry[]>;
}

export interface WalkIn {
  id: string;
  fairId: string;
  stallId: string;
  at: Date;
  by: string;
  elder: boolean;
  /** `<actor>:<requestId>`, unique: a double tap or a retry records one person. */
  requestKey: string;
}

export interface WalkInRepo {
  record(walkIn: WalkIn): Promise<void>;
  ofFairs(fairIds: readonly string[]): Promise<Pick<WalkIn, 'stallId' | 'elder'>[]>;
  countAtStall(stallId: string): Promise<number>;
}

/** Every check-in attempt at a stall, refused or not: append-only, for audit and rate limits. */
export interface CheckInAttempt {
  id: string;
  at: Date;
  actorId: string;
  stallId: string;
  fairId?: string;
  bookingId?: string;
  method: 'qr' | 'code' | 'name';
  outcome: string;
  /** A hint of what was presented (never a whole valid code). */
  presented: string;
}

export interface AttemptRepo {
  append(attempt: CheckInAttempt): Promise<void>;
  failuresSince(actorId: string, since: Date): Promise<number>;
  ofStall(stallId: string, limit: number): Promise<CheckInAttempt[]>;
}

export const cloudbaseHoursRepo = (db: Database): HoursRepo => {
  const col = db.collection(C.hours);
  const _ = db.command;
  const many = (docs: unknown[]) => (docs as WithId<HoursEntry>[]).map(fromDoc<HoursEntry>);
  return {
    async append(entry) {
      if (await insertOnce(() => col.add(toDoc(entry)))) return { entry, created: true };
      const doc = (await col.where({ key: entry.key }).limit(1).get()).data[0] as WithId<HoursEntry> | undefined;
      if (!doc) throw new Error('hours key clashed but no entry holds it');
      return { entry: fromDoc<HoursEntry>(doc), created: false };
    },
    async ofVolunteerYear(volunteerId, year) {
      return many((await col.where({ volunteerId, year }).orderBy('at', 'desc').limit(1000).get()).data);
    },
    async ofFairs(fairIds) {
      if (!fairIds.length) return [];
      return many(
        (
          await col
            .where({ fairId: _.in([...fairIds]) })
            .limit(1000)
            .get()
        ).data,
      );
    },
  };
};

export const cloudbaseWalkInRepo = (db: Database): WalkInRepo => {
  const col = db.collection(C.walkIns);
  const _ = db.command;
  return {
    async record(walkIn) {
      await insertOnce(() => col.add(toDoc(walkIn)));
    },
    async ofFairs(fairIds) {
      if (!fairIds.length) return [];
      return (
        await col
          .where({ fairId: _.in([...fairIds]) })
          .field({ stallId: true, elder: true })
          .limit(1000)
          .get()
      ).data as Pick<WalkIn, 'stallId' | 'elder'>[];
    },
    async countAtStall(stallId) {
      return Number((await col.where({ stallId }).count()).total);
    },
  };
};

export const cloudbaseAttemptRepo = (db: Database): AttemptRepo => {
  const col = db.collection(C.attempts);
  const _ = db.command;
  return {
    async append(attempt) {
      await col.add(toDoc(attempt));
    },
    async failuresSince(actorId, since) {
      return Number((await col.where({ actorId, at: _.gte(since), outcome: _.neq('ok') }).count()).total);
    },
    async ofStall(stallId, limit) {
      return ((await col.where({ stallId }).orderBy('at', 'desc').limit(limit).get()).data as WithId<CheckInAttempt>[]).map(
        fromDoc<CheckInAttempt>,
      );
    },
  };
};
