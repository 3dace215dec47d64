import { NOTICE_LIMITS } from '@contracts/announcements';
import type { Database } from '../../platform/cloudbase';
import { NOTICES_COLLECTION } from './notice-repo';
import { inTransaction } from './transaction';

export const PINS_COLLECTION = 'notice_pins';
const BOARD = 'board';

export type PinOutcome = 'pinned' | 'unpinned' | 'full' | 'not_published';

/**
 * The pinned notices (a few at most). The board and the notice change in one transaction, so
 * two staff pinning at the same moment can never make four: one of them finds the board full.
 */
export interface PinBoard {
  pin(noticeId: string, now: Date): Promise<PinOutcome>;
  unpin(noticeId: string, now: Date): Promise<PinOutcome>;
}

interface BoardDoc {
  _id: string;
  ids: string[];
}

class Refused extends Error {
  constructor(readonly outcome: PinOutcome) {
    super(outcome);
  }
}

export const cloudbasePinBoard = (db: Database): PinBoard => ({
  async pin(noticeId, now) {
    try {
      await inTransaction(db, async (tx) => {
        const board = tx.collection(PINS_COLLECTION).doc(BOARD);
        const notices = tx.collection(NOTICES_COLLECTION);
        const notice = (await notices.doc(noticeId).get()).data as { status?: string } | null;
        if (notice?.status !== 'published') throw new Refused('not_published');
        const current = ((await board.get()).data as BoardDoc | null)?.ids ?? [];
        let ids = current.filter((id) => id !== noticeId);
        if (ids.length >= NOTICE_LIMITS.pinned) {
          // Notices that ended or were withdrawn since they were pinned give their place back.
          const live = await Promise.all(
            ids.map(async (id) =>
              ((await notices.doc(id).get()).data as { status?: string } | null)?.status === 'published' ? id : undefined,
            ),
          );
          ids = live.filter((id): id is string => id !== undefined);
        }
        if (ids.length >= NOTICE_LIMITS.pinned) throw new Refused('full');
        await board.set({ ids: [...ids, noticeId] });
        await notices.doc(noticeId).update({ pinned: true, pinnedAt: now, updatedAt: now });
      });
      return 'pinned';
    } catch (error) {
      if (error instanceof Refused) return error.outcome;
      throw error;
    }
  },
  async unpin(noticeId, now) {
    await inTransaction(db, async (tx) => {
      const board = tx.collection(PINS_COLLECTION).doc(BOARD);
      const current = ((await board.get()).data as BoardDoc | null)?.ids ?? [];
      if (current.includes(noticeId)) await board.set({ ids: current.filter((id) => id !== noticeId) });
      await tx.collection(NOTICES_COLLECTION).doc(noticeId).update({ pinned: false, updatedAt: now });
    });
    return 'unpinned';
  },
});
