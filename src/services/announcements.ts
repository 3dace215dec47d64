import type { ActionInput } from '@contracts/action';
import { announcements } from '@contracts/announcements';
import { inbox } from '@contracts/inbox';
import { call } from './call';

/** One function per `announcements` action; pages import these, never `call` or the transport. */
export type FeedQuery = NonNullable<ActionInput<typeof announcements.listFeed>>;
export const listFeed = (query: FeedQuery = {}) => call(announcements.listFeed, query);
export const openNotice = (noticeId: string) => call(announcements.openNotice, { noticeId });
export const acknowledgeNotice = (noticeId: string) => call(announcements.acknowledgeNotice, { noticeId });

export type NoticeListQuery = NonNullable<ActionInput<typeof announcements.listNotices>>;
export const listNotices = (query: NoticeListQuery = {}) => call(announcements.listNotices, query);
export const getNotice = (noticeId: string) => call(announcements.getNotice, { noticeId });
export const createNotice = (input: ActionInput<typeof announcements.createNotice>) => call(announcements.createNotice, input);
export const updateNotice = (input: ActionInput<typeof announcements.updateNotice>) => call(announcements.updateNotice, input);
export const publishNotice = (noticeId: string, confirmReview = false) => call(announcements.publishNotice, { noticeId, confirmReview });
export const scheduleNotice = (noticeId: string, publishAt: string, confirmReview = false) =>
  call(announcements.scheduleNotice, { noticeId, publishAt, confirmReview });
export const withdrawNotice = (noticeId: string, reason: string) => call(announcements.withdrawNotice, { noticeId, reason });
export const pinNotice = (noticeId: string, pinned: boolean) => call(announcements.pinNotice, { noticeId, pinned });
export const noticeStats = (noticeId: string) => call(announcements.noticeStats, { noticeId });
export const exportNoticeStats = (noticeId: string) => call(announcements.exportNoticeStats, { noticeId });

/** The person accepted one WeChat message for the next notice (requestSubscribeMessage, from their tap). */
export const recordNoticeSubscription = () => call(inbox.recordSubscriptions, { accepted: ['noticePublished'] });
