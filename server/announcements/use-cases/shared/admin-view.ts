import type { NoticeAdmin } from '@contracts/announcements';
import { notFound, ok, type Result } from '../../../kernel/result';
import type { AnnouncementsDeps } from '../../deps';
import type { Notice } from '../../domain/notice';
import { toAdmin, type RowCounts } from '../../views';

export const NOTICE_NOT_FOUND = '找不到这条通知';

/** Read and acknowledged counts once a notice has gone out (the audience was fixed at publish). */
export const rowCounts = async (notice: Notice, deps: Pick<AnnouncementsDeps, 'receipts'>): Promise<RowCounts | undefined> => {
  if (notice.status === 'draft' || notice.status === 'scheduled') return undefined;
  // The audience size is fixed when delivery finishes; until then it is counted.
  if (notice.audienceSize !== undefined && !notice.fanoutPending) {
    const { read, acked } = await deps.receipts.readCounts(notice.id);
    return { audienceSize: notice.audienceSize, readCount: read, ackCount: acked };
  }
  const counts = await deps.receipts.counts(notice.id);
  return { audienceSize: counts.audience, readCount: counts.read, ackCount: counts.acked };
};

/** The notice as staff manage it, read fresh after a change. */
export const adminView = async (noticeId: string, deps: AnnouncementsDeps): Promise<Result<NoticeAdmin>> => {
  const notice = await deps.notices.byId(noticeId);
  if (!notice) return notFound(NOTICE_NOT_FOUND);
  const [revisions, counts] = await Promise.all([deps.notices.revisions(notice.id), rowCounts(notice, deps)]);
  return ok(toAdmin(notice, revisions, counts));
};
