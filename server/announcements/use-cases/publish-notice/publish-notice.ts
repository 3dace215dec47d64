import type { ParsedInput } from '@contracts/action';
import { audienceLabel, type announcements, type NoticeAdmin } from '@contracts/announcements';
import { conflict, notFound, type Result } from '../../../kernel/result';
import type { Caller } from '../../../users/caller';
import type { AnnouncementsDeps } from '../../deps';
import { deliverNotice, leaseUntil } from '../../delivery/deliver';
import { adminView, NOTICE_NOT_FOUND } from '../shared/admin-view';
import { checkExpiry } from '../shared/compose';
import { reviewContent } from '../shared/content-review';
import { recordNoticeAudit } from '../shared/staff-audit';

export type PublishNoticeCommand = ParsedInput<typeof announcements.publishNotice>;

/**
 * Publishes a draft or a scheduled notice now. The state change is one conditional update (two
 * staff pressing at once publish it once); delivery to the audience follows, and if it stops
 * half way the timer job finishes it. Publishing an already published notice changes nothing.
 */
export const publishNotice = async (
  command: PublishNoticeCommand,
  caller: Caller,
  deps: AnnouncementsDeps,
): Promise<Result<NoticeAdmin>> => {
  const now = deps.clock.now();
  const notice = await deps.notices.byId(command.noticeId);
  if (!notice) return notFound(NOTICE_NOT_FOUND);
  if (notice.status === 'published') return adminView(notice.id, deps);
  if (notice.status !== 'draft' && notice.status !== 'scheduled') return conflict('已撤回或已结束的通知不能再发布');
  const expiry = checkExpiry(notice.expiresAt, now);
  if (!expiry.ok) return expiry;
  const reviewed = await reviewContent(notice, caller, command.confirmReview, deps);
  if (!reviewed.ok) return reviewed;

  const moved = await deps.notices.transition(notice.id, ['draft', 'scheduled'], {
    status: 'published',
    publishedAt: now,
    publishAt: undefined,
    fanoutPending: true,
    fanoutLeaseUntil: leaseUntil(now),
    updatedAt: now,
  });
  if (moved) {
    await recordNoticeAudit(
      deps,
      caller,
      'publishNotice',
      notice,
      `发布给${audienceLabel(notice.audience.kind, notice.audience.buildingNames, notice.audience.groups)}`,
    );
    await deliverNotice(notice.id, deps);
  }
  return adminView(notice.id, deps);
};
