import type { ParsedInput } from '@contracts/action';
import { NOTICE_CATEGORIES, NOTICE_LIMITS, type announcements, type FeedPage } from '@contracts/announcements';
import { invalidInput, ok, type Result } from '../../../kernel/result';
import { decodeCursor } from '../../../platform/paging';
import type { Caller } from '../../../users/caller';
import type { AnnouncementsDeps } from '../../deps';
import { readerKeys } from '../../domain/audience';
import { toCard } from '../../views';

export type ListFeedCommand = ParsedInput<typeof announcements.listFeed>;

/**
 * The caller's notices: pinned ones first (with the first page only), then the newest. Each is
 * one indexed query on the reader's audience keys, whatever the number of notices, plus one
 * read of the caller's own receipts for the unread marks.
 */
export const listFeed = async (command: ListFeedCommand, caller: Caller, deps: AnnouncementsDeps): Promise<Result<FeedPage>> => {
  if (command.cursor && !decodeCursor(command.cursor)) return invalidInput({ cursor: '分页参数不对' });
  const now = deps.clock.now();
  const query = { keys: readerKeys(caller.user, now), categories: command.category ? [command.category] : NOTICE_CATEGORIES, now };
  const [pinned, page] = await Promise.all([
    command.cursor ? Promise.resolve({ items: [] }) : deps.notices.feed({ ...query, pinned: true, limit: NOTICE_LIMITS.pinned }),
    deps.notices.feed({ ...query, pinned: false, limit: command.limit, cursor: command.cursor }),
  ]);
  const shown = [...pinned.items, ...page.items];
  const receipts = await deps.receipts.forReader(
    shown.map((n) => n.id),
    caller.user.id,
  );
  return ok({
    pinned: pinned.items.map((n) => toCard(n, receipts.get(n.id))),
    items: page.items.map((n) => toCard(n, receipts.get(n.id))),
    ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
  });
};
