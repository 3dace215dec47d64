import type { Database } from '../../platform/cloudbase';
import type { Building } from '../domain/building';

export const BUILDINGS_COLLECTION = 'buildings';

export interface BuildingRepo {
  all(): Promise<Building[]>;
  byId(id: string): Promise<Building | undefined>;
  setGridWorker(id: string, userId: string): Promise<void>;
}

type BuildingDoc = Omit<Building, 'id'> & { _id: string };

const toBuilding = ({ _id, ...rest }: BuildingDoc): Building => ({ id: _id, ...rest });

/** A community has tens of buildings, not thousands: one page holds them all. */
const MAX_BUILDINGS = 200;

export const cloudbaseBuildingRepo = (db: Database): BuildingRepo => {
  const collection = db.collection(BUILDINGS_COLLECTION);
  return {
    async all() {
      const res = await collection.orderBy('order', 'asc').limit(MAX_BUILDINGS).get();
      return (res.data as BuildingDoc[]).map(toBuilding);
    },
    async byId(id) {
      const res = await collection.where({ _id: id }).limit(1).get();
      const doc = (res.data as BuildingDoc[])[0];
      return doc ? toBuilding(doc) : undefined;
    },
    async setGridWorker(id, userId) {
      await collection.doc(id).update({ gridWorkerId: userId });
    },
  };
};
