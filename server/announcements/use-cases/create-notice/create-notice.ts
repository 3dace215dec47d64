import type { ParsedInput } from '@contracts/action';
import type { announcements, NoticeAdmin } from '@contracts/announcements';
import { newId } from '../../../kernel/ids';
import { ok, type Result } from '../../../kernel/result';
import type { Caller } from '../../../users/caller';
import { displayName } from '../../../users/domain/user';
import type { AnnouncementsDeps } from '../../deps';
import { audienceKeys } from '../../domain/audience';
import { toAdmin } from '../../views';
import { checkExpiry, composeNotice } from '../shared/compose';

export type CreateNoticeCommand = ParsedInput<typeof announcements.createNotice>;

/** A new draft; nobody but staff sees it until it is published. A retried save returns the first. */
export const createNotice = async (command: CreateNoticeCommand, caller: Caller, deps: AnnouncementsDeps): Promise<Result<NoticeAdmin>> => {
  const now = deps.clock.now();
  const { requestId, ...form } = command;
  const composed = await composeNotice(form, caller, deps);
  if (!composed.ok) return composed;
  const { content, audience } = composed.data;
  const expiry = checkExpiry(content.expiresAt, now);
  if (!expiry.ok) return expiry;

  const notice = await deps.notices.create({
    id: newId(),
    requestKey: `${caller.user.id}:${requestId}`,
    ...content,
    audience,
    audienceKeys: audienceKeys(audience),
    status: 'draft',
    pinned: false,
    revision: 0,
    authorId: caller.user.id,
    authorName: displayName(caller.user),
    createdAt: now,
    updatedAt: now,
  });
  return ok(toAdmin(notice, []));
};
