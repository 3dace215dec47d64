import type { NoticeAdmin } from '@contracts/announcements';
import type { Result } from '../../../kernel/result';
import type { AnnouncementsDeps } from '../../deps';
import { adminView } from '../shared/admin-view';

/** One notice as staff manage it: its source text, state, counts and edit history. */
export const getNotice = (noticeId: string, deps: AnnouncementsDeps): Promise<Result<NoticeAdmin>> => adminView(noticeId, deps);
