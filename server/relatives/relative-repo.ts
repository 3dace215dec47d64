import type { Database } from '../platform/cloudbase';
import { isDuplicateKeyError } from '../platform/db-errors';

export const RELATIVES_COLLECTION = 'relative_links';

/**
 * A staff-approved link between an elder and a relative who may act for them (book a fair
 * slot, see the booking). One document per pair (its id names the pair); unlinking keeps the
 * document, so the history of who could act for whom stays.
 */
export interface RelativeLink {
  id: string;
  elderId: string;
  relativeId: string;
  active: boolean;
  linkedBy: string;
  linkedAt: Date;
  unlinkedBy?: string;
  unlinkedAt?: Date;
}

export interface RelativeRepo {
  link(elderId: string, relativeId: string, by: string, now: Date): Promise<RelativeLink>;
  unlink(elderId: string, relativeId: string, by: string, now: Date): Promise<boolean>;
  isLinked(relativeId: string, elderId: string): Promise<boolean>;
  eldersOf(relativeId: string): Promise<RelativeLink[]>;
  relativesOf(elderId: string): Promise<RelativeLink[]>;
}

type LinkDoc = Omit<RelativeLink, 'id'> & { _id: string };
const toLink = ({ _id, ...rest }: LinkDoc): RelativeLink => ({ id: _id, ...rest });
const linkId = (elderId: string, relativeId: string) => `${elderId}_${relativeId}`;

export const cloudbaseRelativeRepo = (db: Database): RelativeRepo => {
  const col = db.collection(RELATIVES_COLLECTION);
  return {
    async link(elderId, relativeId, by, now) {
      const id = linkId(elderId, relativeId);
      const doc: LinkDoc = { _id: id, elderId, relativeId, active: true, linkedBy: by, linkedAt: now };
      try {
        await col.add(doc);
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
        await col.doc(id).update({ active: true, linkedBy: by, linkedAt: now });
      }
      return toLink(doc);
    },
    async unlink(elderId, relativeId, by, now) {
      const res = await col
        .where({ _id: linkId(elderId, relativeId), active: true })
        .update({ active: false, unlinkedBy: by, unlinkedAt: now });
      return Number(res.updated ?? 0) === 1;
    },
    async isLinked(relativeId, elderId) {
      const res = await col
        .where({ _id: linkId(elderId, relativeId), active: true })
        .limit(1)
        .get();
      return res.data.length === 1;
    },
    async eldersOf(relativeId) {
      return ((await col.where({ relativeId, active: true }).limit(20).get()).data as LinkDoc[]).map(toLink);
    },
    async relativesOf(elderId) {
      return ((await col.where({ elderId, active: true }).limit(20).get()).data as LinkDoc[]).map(toLink);
    },
  };
};
