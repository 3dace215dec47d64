import type { CsvFile, NoticeStats } from '@contracts/announcements';
import { notFound, ok, type Result } from '../../../kernel/result';
import type { AnnouncementsDeps } from '../../deps';
import { audienceCsv, csvFilename } from '../../domain/csv';
import type { Notice } from '../../domain/notice';
import type { Receipt } from '../../domain/receipt';
import { groupByBuilding } from '../../domain/stats';
import { NOTICE_NOT_FOUND } from '../shared/admin-view';

const load = async (noticeId: string, deps: AnnouncementsDeps): Promise<Result<{ notice: Notice; audience: Receipt[]; late: number }>> => {
  const notice = await deps.notices.byId(noticeId);
  if (!notice) return notFound(NOTICE_NOT_FOUND);
  const [audience, counts] = await Promise.all([deps.receipts.audience(notice.id), deps.receipts.counts(notice.id)]);
  return ok({ notice, audience, late: counts.late });
};

/**
 * Who a notice reached: the audience fixed at publish, how many read and acknowledged it, and
 * who has not, by building — the grid worker's list for knocking on doors. A withdrawn notice
 * keeps its statistics.
 */
export const noticeStats = async (noticeId: string, deps: AnnouncementsDeps): Promise<Result<NoticeStats>> => {
  const loaded = await load(noticeId, deps);
  if (!loaded.ok) return loaded;
  const { notice, audience, late } = loaded.data;
  return ok({
    id: notice.id,
    title: notice.title,
    status: notice.status,
    mustAck: notice.mustAck,
    ...(notice.publishedAt ? { publishedAt: notice.publishedAt.toISOString() } : {}),
    audienceSize: audience.length,
    readCount: audience.filter((r) => r.read).length,
    ackCount: audience.filter((r) => r.acked).length,
    lateReaders: late,
    buildings: groupByBuilding(audience, notice.mustAck),
  });
};

/** The same audience as a CSV file, made on the server so WeChat and the browser get the same file. */
export const exportNoticeStats = async (noticeId: string, deps: AnnouncementsDeps): Promise<Result<CsvFile>> => {
  const loaded = await load(noticeId, deps);
  if (!loaded.ok) return loaded;
  const { notice, audience } = loaded.data;
  return ok({ filename: csvFilename(notice.title, deps.clock.now()), csv: audienceCsv(audience, notice.mustAck) });
};
