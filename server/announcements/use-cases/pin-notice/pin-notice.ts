import type { ParsedInput } from '@contracts/action';
import type { announcements, NoticeAdmin } from '@contracts/announcements';
import { conflict, fail, notFound, type Result } from '../../../kernel/result';
import type { Caller } from '../../../users/caller';
import type { AnnouncementsDeps } from '../../deps';
import { adminView, NOTICE_NOT_FOUND } from '../shared/admin-view';
import { recordNoticeAudit } from '../shared/staff-audit';

export type PinNoticeCommand = ParsedInput<typeof announcements.pinNotice>;

/** Pins a published notice to the top of every feed it is in (at most three at once), or unpins it. */
export const pinNotice = async (command: PinNoticeCommand, caller: Caller, deps: AnnouncementsDeps): Promise<Result<NoticeAdmin>> => {
  const now = deps.clock.now();
  const notice = await deps.notices.byId(command.noticeId);
  if (!notice) return notFound(NOTICE_NOT_FOUND);
  if (notice.pinned === command.pinned) return adminView(notice.id, deps);
  if (command.pinned) {
    const outcome = await deps.pins.pin(notice.id, now);
    if (outcome === 'full') return fail('PIN_LIMIT_REACHED');
    if (outcome === 'not_published') return conflict('只有已发布的通知可以置顶');
  } else {
    await deps.pins.unpin(notice.id, now);
  }
  await recordNoticeAudit(deps, caller, command.pinned ? 'pinNotice' : 'unpinNotice', notice, command.pinned ? '置顶' : '取消置顶');
  return adminView(notice.id, deps);
};
