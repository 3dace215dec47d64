import type { NoticeDetail } from '@contracts/announcements';
import { ok, type Result } from '../../../kernel/result';
import type { Caller } from '../../../users/caller';
import type { AnnouncementsDeps } from '../../deps';
import { publishedSourceKey } from '../../delivery/notification';
import { toDetail } from '../../views';
import { readableNotice, readerInfo } from '../shared/readable';

/**
 * Shows a notice to a reader and records, once, when they first read it: opening it again
 * changes nothing. The inbox message that announced it is marked read too, so the unread count
 * on the tab bar agrees with what the person has seen.
 */
export const openNotice = async (noticeId: string, caller: Caller, deps: AnnouncementsDeps): Promise<Result<NoticeDetail>> => {
  const readable = await readableNotice(noticeId, caller, deps);
  if (!readable.ok) return readable;
  const { notice, receipt, mine } = readable.data;
  const publisher = deps.config.communityName;
  if (!mine) return ok(toDetail(notice, publisher, undefined));
  const now = deps.clock.now();
  const [readAt] = await Promise.all([
    receipt?.readAt ?? deps.receipts.markRead(notice.id, caller.user.id, readerInfo(caller), now),
    deps.inbox.markSourceRead(caller.user.id, publishedSourceKey(notice.id), now),
  ]);
  return ok(toDetail(notice, publisher, { readAt, ...(receipt?.ackAt ? { ackAt: receipt.ackAt } : {}) }));
};
