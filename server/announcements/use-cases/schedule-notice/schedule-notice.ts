import type { ParsedInput } from '@contracts/action';
import type { announcements, NoticeAdmin } from '@contracts/announcements';
import { shanghaiDateTime } from '@contracts/time';
import { conflict, invalidInput, notFound, type Result } from '../../../kernel/result';
import type { Caller } from '../../../users/caller';
import type { AnnouncementsDeps } from '../../deps';
import { MAX_SCHEDULE_AHEAD_MS } from '../../domain/notice';
import { adminView, NOTICE_NOT_FOUND } from '../shared/admin-view';
import { checkExpiry } from '../shared/compose';
import { reviewContent } from '../shared/content-review';
import { recordNoticeAudit } from '../shared/staff-audit';

export type ScheduleNoticeCommand = ParsedInput<typeof announcements.scheduleNotice>;

/**
 * Sets (or moves) the time a draft will publish itself. The words are checked now: the timer job
 * that publishes it later publishes exactly what was checked (any edit is checked again).
 */
export const scheduleNotice = async (
  command: ScheduleNoticeCommand,
  caller: Caller,
  deps: AnnouncementsDeps,
): Promise<Result<NoticeAdmin>> => {
  const now = deps.clock.now();
  const publishAt = new Date(command.publishAt);
  if (publishAt.getTime() <= now.getTime()) return invalidInput({ publishAt: '发布时间要晚于现在' });
  if (publishAt.getTime() - now.getTime() > MAX_SCHEDULE_AHEAD_MS) return invalidInput({ publishAt: '发布时间不能超过一年以后' });
  const notice = await deps.notices.byId(command.noticeId);
  if (!notice) return notFound(NOTICE_NOT_FOUND);
  if (notice.status === 'scheduled' && notice.publishAt?.getTime() === publishAt.getTime()) return adminView(notice.id, deps);
  if (notice.status !== 'draft' && notice.status !== 'scheduled') return conflict('只有草稿或待发布的通知可以定时发布');
  const expiry = checkExpiry(notice.expiresAt, publishAt, 'publishAt');
  if (!expiry.ok) return invalidInput({ publishAt: '发布时间要早于结束时间' });
  const reviewed = await reviewContent(notice, caller, command.confirmReview, deps);
  if (!reviewed.ok) return reviewed;

  const moved = await deps.notices.transition(notice.id, [notice.status], { status: 'scheduled', publishAt, updatedAt: now });
  if (!moved) return conflict();
  await recordNoticeAudit(deps, caller, 'scheduleNotice', notice, `定时发布：${shanghaiDateTime(publishAt)}`);
  return adminView(notice.id, deps);
};
