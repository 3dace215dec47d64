import type { ParsedInput } from '@contracts/action';
import type { announcements, NoticeRow } from '@contracts/announcements';
import type { Page } from '@contracts/fields';
import { invalidInput, ok, type Result } from '../../../kernel/result';
import { mapLimit } from '../../../platform/concurrency';
import { decodeCursor } from '../../../platform/paging';
import type { AnnouncementsDeps } from '../../deps';
import { toRow } from '../../views';
import { rowCounts } from '../shared/admin-view';

export type ListNoticesCommand = ParsedInput<typeof announcements.listNotices>;

/** Every notice, newest first, for staff; published ones with how many have read them. */
export const listNotices = async (command: ListNoticesCommand, deps: AnnouncementsDeps): Promise<Result<Page<NoticeRow>>> => {
  if (command.cursor && !decodeCursor(command.cursor)) return invalidInput({ cursor: '分页参数不对' });
  const page = await deps.notices.listForStaff(command.status, command.limit, command.cursor);
  const counts = await mapLimit(page.items, 4, (n) => rowCounts(n, deps));
  return ok({ items: page.items.map((n, i) => toRow(n, counts[i])), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) });
};
