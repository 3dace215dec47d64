import { isDuplicateKeyError } from '../../platform/db-errors';

/** Collections of the fairs domain, as declared in cloudbase.indexes.json. */
export const C = {
  fairs: 'fairs',
  series: 'fair_series',
  stalls: 'fair_stalls',
  slots: 'fair_slots',
  bookings: 'fair_bookings',
  codes: 'fair_codes',
  shifts: 'fair_shifts',
  presence: 'fair_presence',
  walkIns: 'fair_walkins',
  attempts: 'fair_checkin_attempts',
  hours: 'volunteer_hours',
} as const;

export type WithId<T extends { id: string }> = Omit<T, 'id'> & { _id: string };

export const fromDoc = <T extends { id: string }>(doc: WithId<T>): T => {
  const { _id, ...rest } = doc;
  return { id: _id, ...rest } as unknown as T;
};

export const toDoc = <T extends { id: string }>(entity: T): WithId<T> => {
  const { id, ...rest } = entity;
  return { _id: id, ...rest } as unknown as WithId<T>;
};

/** Inserts; false when a unique index (or the id) already holds this key. */
export const insertOnce = async (add: () => Promise<unknown>): Promise<boolean> => {
  try {
    await add();
    return true;
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
};

export const updatedCount = (res: { updated?: unknown }): number => Number(res.updated ?? 0);
