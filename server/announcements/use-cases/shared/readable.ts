import { fail, notFound, ok, type Result } from '../../../kernel/result';
import type { Caller } from '../../../users/caller';
import type { AnnouncementsDeps } from '../../deps';
import { readerKeys, sharesKey } from '../../domain/audience';
import { isExpired, type Notice } from '../../domain/notice';
import type { Receipt } from '../../domain/receipt';
import type { ReaderInfo } from '../../infra/receipt-repo';
import { NOTICE_NOT_FOUND } from './admin-view';

export type Readable = { notice: Notice; receipt?: Receipt; mine: boolean };

/**
 * Whether the caller may read a notice: it must be published and not ended, and be for them —
 * by their keys now, or because it was sent to them when it was published (they moved since).
 * Staff may look at any published notice; it is then not "theirs" and nothing is recorded.
 */
export const readableNotice = async (noticeId: string, caller: Caller, deps: AnnouncementsDeps): Promise<Result<Readable>> => {
  const now = deps.clock.now();
  const [notice, receipt] = await Promise.all([deps.notices.byId(noticeId), deps.receipts.get(noticeId, caller.user.id)]);
  if (!notice || notice.status === 'draft' || notice.status === 'scheduled') return notFound(NOTICE_NOT_FOUND);
  if (notice.status === 'withdrawn') return fail('NOTICE_WITHDRAWN');
  if (isExpired(notice, now)) return fail('NOTICE_EXPIRED');
  if (sharesKey(readerKeys(caller.user, now), notice.audienceKeys) || receipt?.inAudience) return ok({ notice, receipt, mine: true });
  if (caller.roles.includes('staff')) return ok({ notice, receipt, mine: false });
  return fail('NOT_IN_AUDIENCE');
};

/** The reader as a receipt records them when they were not in the publish-time audience. */
export const readerInfo = (caller: Caller): ReaderInfo => {
  const home = caller.user.household;
  return {
    name: caller.user.name,
    ...(home ? { buildingId: home.buildingId, buildingName: home.buildingName, unit: home.unit, room: home.room } : {}),
  };
};
