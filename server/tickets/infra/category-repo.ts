import type { Database } from '../../platform/cloudbase';
import { mergeCategories, type Category } from '../domain/category';
import { CATEGORIES_COLLECTION } from './docs';

/** A community has a handful of categories: one page holds them all. */
const MAX_CATEGORIES = 200;

export interface CategoryRepo {
  /** Defaults overlaid with staff's edits, active or not. */
  all(): Promise<Category[]>;
  byId(id: string): Promise<Category | undefined>;
  save(category: Category, now: Date): Promise<void>;
}

type CategoryDoc = Omit<Category, 'id'> & { _id: string; updatedAt: Date };

export const cloudbaseCategoryRepo = (db: Database): CategoryRepo => {
  const collection = db.collection(CATEGORIES_COLLECTION);
  const all = async () => {
    const res = await collection.orderBy('order', 'asc').limit(MAX_CATEGORIES).get();
    const stored = (res.data as CategoryDoc[]).map(({ _id, updatedAt: _at, ...rest }) => ({ id: _id, ...rest }));
    return mergeCategories(stored);
  };
  return {
    all,
    async byId(id) {
      return (await all()).find((c) => c.id === id);
    },
    async save({ id, ...fields }, now) {
      await collection.doc(id).set({ ...fields, updatedAt: now });
    },
  };
};
