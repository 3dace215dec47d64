import { CATEGORY_LABELS, noticeLink } from '@contracts/announcements';
import { excerptOf } from '@contracts/notice-body';
import { shanghaiDateTime } from '@contracts/time';
import type { Notification } from '../../notifications/message';
import type { Notice } from '../domain/notice';

export const publishedSourceKey = (noticeId: string) => `notice:${noticeId}:published`;

/** What a published notice puts in each recipient's inbox (and WeChat message, where granted). */
export const publishedNotification = (notice: Notice): Notification => {
  const category = CATEGORY_LABELS[notice.category];
  return {
    kind: 'notice',
    title: `${category}：${notice.title}`,
    body: notice.mustAck ? `需要确认：${excerptOf(notice.blocks, 50)}` : excerptOf(notice.blocks, 60),
    link: noticeLink(notice.id),
    sourceKey: publishedSourceKey(notice.id),
    template: {
      key: 'noticePublished',
      values: { title: notice.title, category, at: shanghaiDateTime(notice.publishedAt ?? notice.createdAt) },
    },
  };
};
