import type { ParsedInput } from '@contracts/action';
import type { announcements, NoticeAdmin } from '@contracts/announcements';
import { conflict, invalidInput, notFound, type Result } from '../../../kernel/result';
import type { Caller } from '../../../users/caller';
import { displayName } from '../../../users/domain/user';
import type { AnnouncementsDeps } from '../../deps';
import { audienceKeys } from '../../domain/audience';
import type { Audience, Notice, NoticeContent } from '../../domain/notice';
import type { NoticePatch } from '../../infra/notice-repo';
import { adminView, NOTICE_NOT_FOUND } from '../shared/admin-view';
import { checkExpiry, composeNotice } from '../shared/compose';
import { reviewContent } from '../shared/content-review';
import { recordNoticeAudit } from '../shared/staff-audit';

export type UpdateNoticeCommand = ParsedInput<typeof announcements.updateNotice>;

const STALE = '通知刚被其他工作人员修改过，请刷新后再改';

const sameAudience = (a: Audience, b: Audience) =>
  a.kind === b.kind && a.buildingIds.join() === b.buildingIds.join() && [...a.groups].sort().join() === [...b.groups].sort().join();

const sameContent = (notice: Notice, content: NoticeContent) =>
  notice.title === content.title &&
  notice.category === content.category &&
  notice.body === content.body &&
  notice.mustAck === content.mustAck &&
  notice.images.join() === content.images.join() &&
  JSON.stringify(notice.attachments) === JSON.stringify(content.attachments) &&
  notice.expiresAt?.getTime() === content.expiresAt?.getTime();

/**
 * Edits a draft, a scheduled or a published notice. A published one keeps its audience (it was
 * sent to those people), goes through the content check again, and the edit is recorded: the
 * previous wording in an append-only revision, the change in the audit log, 已更新 for readers.
 */
export const updateNotice = async (command: UpdateNoticeCommand, caller: Caller, deps: AnnouncementsDeps): Promise<Result<NoticeAdmin>> => {
  const now = deps.clock.now();
  const notice = await deps.notices.byId(command.noticeId);
  if (!notice) return notFound(NOTICE_NOT_FOUND);
  if (notice.status === 'withdrawn' || notice.status === 'expired') return conflict('已撤回或已结束的通知不能再修改');

  const { noticeId: _id, revision, confirmReview, ...form } = command;
  const composed = await composeNotice(form, caller, deps, notice);
  if (!composed.ok) return composed;
  const { content, audience } = composed.data;

  // A retry of an edit that was saved: same words, one revision on. Nothing more to do.
  if (notice.revision === revision + 1 && sameContent(notice, content) && sameAudience(notice.audience, audience))
    return adminView(notice.id, deps);
  if (notice.revision !== revision) return conflict(STALE);

  const published = notice.status === 'published';
  if (published && !sameAudience(notice.audience, audience))
    return invalidInput({ audience: '发布后不能修改发送范围；如需更改，请撤回后重新发布' });
  const expiry = checkExpiry(content.expiresAt, published ? now : (notice.publishAt ?? now));
  if (!expiry.ok) return expiry;
  if (notice.status !== 'draft') {
    const reviewed = await reviewContent({ id: notice.id, ...content }, caller, confirmReview, deps);
    if (!reviewed.ok) return reviewed;
  }

  const patch: NoticePatch = { ...content, expiresAt: content.expiresAt, audience, audienceKeys: audienceKeys(audience), updatedAt: now };
  if (!published) {
    const outcome = await deps.notices.edit(notice.id, revision, ['draft', 'scheduled'], patch);
    return outcome === 'edited' ? adminView(notice.id, deps) : conflict(STALE);
  }
  const outcome = await deps.notices.editPublished(
    notice.id,
    revision,
    { ...patch, editedAt: now },
    {
      noticeId: notice.id,
      revision: revision + 1,
      at: now,
      editorId: caller.user.id,
      editorName: displayName(caller.user),
      previous: {
        title: notice.title,
        category: notice.category,
        body: notice.body,
        images: notice.images,
        attachments: notice.attachments,
        mustAck: notice.mustAck,
        ...(notice.expiresAt ? { expiresAt: notice.expiresAt } : {}),
      },
    },
  );
  if (outcome === 'conflict') return conflict(STALE);
  await recordNoticeAudit(
    deps,
    caller,
    'editNotice',
    { id: notice.id, title: content.title },
    notice.title === content.title ? '发布后修改了内容' : `发布后修改，原标题「${notice.title}」`,
  );
  return adminView(notice.id, deps);
};
