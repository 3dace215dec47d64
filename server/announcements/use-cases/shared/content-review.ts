import { bodyText } from '@contracts/notice-body';
import { fail, ok, type Result } from '../../../kernel/result';
import type { Caller } from '../../../users/caller';
import type { AnnouncementsDeps } from '../../deps';
import type { Notice, NoticeContent } from '../../domain/notice';
import { recordNoticeAudit } from './staff-audit';

/** msgSecCheck's scene for text many people will read. */
const SCENE_POST = 3;

/**
 * Every word readers will see goes through the content check before it is published. "risky" is
 * refused; "review" needs a person: the staff member publishing confirms, and that confirmation
 * is kept in the audit log with their name.
 */
export const reviewContent = async (
  notice: Pick<Notice, 'id'> & Pick<NoticeContent, 'title' | 'blocks' | 'attachments'>,
  caller: Caller,
  confirmed: boolean,
  deps: AnnouncementsDeps,
): Promise<Result<true>> => {
  const text = [notice.title, bodyText(notice.blocks), ...notice.attachments.map((a) => a.name)].join('\n');
  const verdict = await deps.content.checkText(text, { openid: caller.openid, scene: SCENE_POST });
  if (verdict === 'risky') return fail('CONTENT_REJECTED');
  if (verdict === 'review') {
    if (!confirmed) return fail('CONTENT_NEEDS_REVIEW');
    await recordNoticeAudit(
      deps,
      caller,
      'confirmNoticeContent',
      { id: notice.id, title: notice.title },
      '内容检查提示需人工确认，已确认发布',
    );
  }
  return ok(true);
};
