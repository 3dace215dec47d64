import type { Database } from '../../platform/cloudbase';
import type { Series } from '../domain/series';
import { C, fromDoc, insertOnce, toDoc, type WithId } from './docs';

export interface SeriesRepo {
  create(series: Series): Promise<Series>;
  byId(id: string): Promise<Series | undefined>;
  list(): Promise<Series[]>;
  active(): Promise<Series[]>;
  setGeneratedUntil(id: string, day: string): Promise<void>;
  stop(id: string): Promise<void>;
}

type SeriesDoc = WithId<Series>;

export const cloudbaseSeriesRepo = (db: Database): SeriesRepo => {
  const col = db.collection(C.series);
  return {
    async create(series) {
      if (await insertOnce(() => col.add(toDoc(series)))) return series;
      const doc = (await col.where({ createKey: series.createKey }).limit(1).get()).data[0] as SeriesDoc | undefined;
      if (!doc) throw new Error('series create key clashed but no series holds it');
      return fromDoc<Series>(doc);
    },
    async byId(id) {
      const doc = (await col.where({ _id: id }).limit(1).get()).data[0] as SeriesDoc | undefined;
      return doc ? fromDoc<Series>(doc) : undefined;
    },
    async list() {
      return ((await col.where({}).orderBy('createdAt', 'desc').limit(100).get()).data as SeriesDoc[]).map(fromDoc<Series>);
    },
    async active() {
      return ((await col.where({ active: true }).limit(100).get()).data as SeriesDoc[]).map(fromDoc<Series>);
    },
    async setGeneratedUntil(id, day) {
      await col.doc(id).update({ generatedUntil: day });
    },
    async stop(id) {
      await col.doc(id).update({ active: false });
    },
  };
};
