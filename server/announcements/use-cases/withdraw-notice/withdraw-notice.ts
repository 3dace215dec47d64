import type { ParsedInput } from '@contracts/action';
import type { announcements, NoticeAdmin } from '@contracts/announcements';
import { conflict, notFound, type Result } from '../../../kernel/result';
import type { Caller } from '../../../users/caller';
import type { AnnouncementsDeps } from '../../deps';
import { adminView, NOTICE_NOT_FOUND } from '../shared/admin-view';
import { recordNoticeAudit } from '../shared/staff-audit';

export type WithdrawNoticeCommand = ParsedInput<typeof announcements.withdrawNotice>;

/**
 * Takes a published (or scheduled) notice back. It leaves every feed at once; its receipts and
 * statistics stay, and the reason is kept in the audit log.
 */
export const withdrawNotice = async (
  command: WithdrawNoticeCommand,
  caller: Caller,
  deps: AnnouncementsDeps,
): Promise<Result<NoticeAdmin>> => {
  const now = deps.clock.now();
  const notice = await deps.notices.byId(command.noticeId);
  if (!notice) return notFound(NOTICE_NOT_FOUND);
  if (notice.status === 'withdrawn') return adminView(notice.id, deps);
  if (notice.status !== 'published' && notice.status !== 'scheduled') return conflict('只有已发布或待发布的通知可以撤回');
  const moved = await deps.notices.transition(notice.id, ['published', 'scheduled'], {
    status: 'withdrawn',
    withdrawnAt: now,
    withdrawnReason: command.reason,
    updatedAt: now,
  });
  if (!moved) return adminView(notice.id, deps);
  if (notice.pinned) await deps.pins.unpin(notice.id, now);
  await recordNoticeAudit(deps, caller, 'withdrawNotice', notice, `撤回原因：${command.reason}`);
  return adminView(notice.id, deps);
};
