import { announcements } from '@contracts/announcements';
import type { Handlers } from '../kernel/entry';
import type { Caller } from '../users/caller';
import type { AnnouncementsDeps } from './deps';
import { acknowledgeNotice } from './use-cases/acknowledge-notice/acknowledge-notice';
import { createNotice } from './use-cases/create-notice/create-notice';
import { getNotice } from './use-cases/get-notice/get-notice';
import { listFeed } from './use-cases/list-feed/list-feed';
import { listNotices } from './use-cases/list-notices/list-notices';
import { exportNoticeStats, noticeStats } from './use-cases/notice-stats/notice-stats';
import { openNotice } from './use-cases/open-notice/open-notice';
import { pinNotice } from './use-cases/pin-notice/pin-notice';
import { publishNotice } from './use-cases/publish-notice/publish-notice';
import { scheduleNotice } from './use-cases/schedule-notice/schedule-notice';
import { updateNotice } from './use-cases/update-notice/update-notice';
import { withdrawNotice } from './use-cases/withdraw-notice/withdraw-notice';

export const announcementsActions = announcements;

export const announcementsHandlers: Handlers<typeof announcements, AnnouncementsDeps, Caller> = {
  createNotice: (input, { caller, deps }) => createNotice(input, caller, deps),
  updateNotice: (input, { caller, deps }) => updateNotice(input, caller, deps),
  publishNotice: (input, { caller, deps }) => publishNotice(input, caller, deps),
  scheduleNotice: (input, { caller, deps }) => scheduleNotice(input, caller, deps),
  withdrawNotice: (input, { caller, deps }) => withdrawNotice(input, caller, deps),
  pinNotice: (input, { caller, deps }) => pinNotice(input, caller, deps),
  listNotices: (input, { deps }) => listNotices(input, deps),
  getNotice: (input, { deps }) => getNotice(input.noticeId, deps),
  noticeStats: (input, { deps }) => noticeStats(input.noticeId, deps),
  exportNoticeStats: (input, { deps }) => exportNoticeStats(input.noticeId, deps),
  listFeed: (input, { caller, deps }) => listFeed(input, caller, deps),
  openNotice: (input, { caller, deps }) => openNotice(input.noticeId, caller, deps),
  acknowledgeNotice: (input, { caller, deps }) => acknowledgeNotice(input.noticeId, caller, deps),
};
