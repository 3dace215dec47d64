import {
  CATEGORY_LABELS,
  NOTICE_CATEGORIES,
  NOTICE_STATUSES,
  STATUS_LABELS,
  type NoticeCategory,
  type NoticeStatus,
} from '@contracts/announcements';
import type { BadgeTone } from '../../../ui/Badge';
import type { Option } from '../../../ui/OptionGroup';

export const ALL = 'all';
export type CategoryFilter = NoticeCategory | typeof ALL;
export type StatusFilter = NoticeStatus | typeof ALL;

export const CATEGORY_TABS: readonly Option<CategoryFilter>[] = [
  { value: ALL, label: '全部' },
  ...NOTICE_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] })),
];

export const STATUS_TABS: readonly Option<StatusFilter>[] = [
  { value: ALL, label: '全部' },
  ...NOTICE_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] })),
];

export const STATUS_TONES: Record<NoticeStatus, BadgeTone> = {
  draft: 'neutral',
  scheduled: 'warning',
  published: 'success',
  expired: 'neutral',
  withdrawn: 'danger',
};
