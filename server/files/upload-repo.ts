import type { UploadPurpose } from '@contracts/files';
import type { Database } from '../platform/cloudbase';

export const UPLOADS_COLLECTION = 'uploads';

/** A cloud path reserved by one person for one purpose. */
export interface UploadGrant {
  cloudPath: string;
  ownerId: string;
  purpose: UploadPurpose;
  createdAt: Date;
}

export interface UploadRepo {
  reserve(grants: readonly UploadGrant[]): Promise<void>;
  byPaths(paths: readonly string[]): Promise<UploadGrant[]>;
}

export const cloudbaseUploadRepo = (db: Database): UploadRepo => {
  const collection = db.collection(UPLOADS_COLLECTION);
  const _ = db.command;
  return {
    async reserve(grants) {
      if (grants.length) await collection.add([...grants]);
    },
    async byPaths(paths) {
      if (!paths.length) return [];
      const res = await collection
        .where({ cloudPath: _.in([...paths]) })
        .limit(paths.length)
        .get();
      return (res.data as (UploadGrant & { _id: string })[]).map(({ _id: _ignored, ...grant }) => grant);
    },
  };
};
