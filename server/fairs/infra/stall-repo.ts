import type { Database } from '../../platform/cloudbase';
import type { Stall } from '../domain/stall';
import { C, fromDoc, insertOnce, toDoc, type WithId } from './docs';

export interface StallRepo {
  /** Creates the stall, or returns the one already created under its key (a retry). */
  create(stall: Stall): Promise<{ stall: Stall; created: boolean }>;
  byId(id: string): Promise<Stall | undefined>;
  byFair(fairId: string): Promise<Stall[]>;
  byFairs(fairIds: readonly string[]): Promise<Stall[]>;
  byToken(token: string): Promise<Stall | undefined>;
  remove(id: string): Promise<boolean>;
}

type StallDoc = WithId<Stall>;

export const cloudbaseStallRepo = (db: Database): StallRepo => {
  const col = db.collection(C.stalls);
  const _ = db.command;
  const one = async (where: Record<string, unknown>) => {
    const doc = (await col.where(where).limit(1).get()).data[0] as StallDoc | undefined;
    return doc ? fromDoc<Stall>(doc) : undefined;
  };
  return {
    async create(stall) {
      if (await insertOnce(() => col.add(toDoc(stall)))) return { stall, created: true };
      const existing = await one({ createKey: stall.createKey });
      if (!existing) throw new Error('stall create key clashed but no stall holds it');
      return { stall: existing, created: false };
    },
    byId: (id) => one({ _id: id }),
    async byFair(fairId) {
      return ((await col.where({ fairId }).orderBy('order', 'asc').limit(200).get()).data as StallDoc[]).map(fromDoc<Stall>);
    },
    async byFairs(fairIds) {
      if (!fairIds.length) return [];
      return (
        (
          await col
            .where({ fairId: _.in([...fairIds]) })
            .orderBy('order', 'asc')
            .limit(1000)
            .get()
        ).data as StallDoc[]
      ).map(fromDoc<Stall>);
    },
    byToken: (token) => one({ checkinToken: token }),
    async remove(id) {
      const res = await col.where({ _id: id }).remove();
      return Number(res.deleted ?? 0) === 1;
    },
  };
};
