import * as v from 'valibot';
import { defineAction } from './action';
import { choice, id, integer, isoInstant, paging, requiredText, type Page } from './fields';
import { fileId, fileIds } from './files';
import type { BodyBlock } from './notice-body';

/** 社区公告 / 社区动态 / 政务公开 / 社区活动 (seed 000). */
export const NOTICE_CATEGORIES = ['notice', 'news', 'disclosure', 'activity'] as const;
export type NoticeCategory = (typeof NOTICE_CATEGORIES)[number];

export const CATEGORY_LABELS: Record<NoticeCategory, string> = {
  notice: '公告',
  news: '动态',
  disclosure: '政务公开',
  activity: '活动',
};

export const NOTICE_STATUSES = ['draft', 'scheduled', 'published', 'expired', 'withdrawn'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

export const STATUS_LABELS: Record<NoticeStatus, string> = {
  draft: '草稿',
  scheduled: '待发布',
  published: '已发布',
  expired: '已结束',
  withdrawn: '已撤回',
};

/** Who a notice is for: everyone, chosen buildings, or groups of people. */
export const AUDIENCE_KINDS = ['all', 'buildings', 'groups'] as const;
export type AudienceKind = (typeof AUDIENCE_KINDS)[number];

export const AUDIENCE_GROUPS = ['elder', 'volunteer', 'staff'] as const;
export type AudienceGroup = (typeof AUDIENCE_GROUPS)[number];

export const GROUP_LABELS: Record<AudienceGroup, string> = {
  elder: '60岁以上长者',
  volunteer: '志愿者',
  staff: '社区工作人员',
};

export const NOTICE_LIMITS = {
  title: 40,
  body: 3000,
  images: 9,
  attachments: 5,
  buildings: 50,
  /** Pinned notices at once: more than a few and nothing stands out. */
  pinned: 3,
  reason: 100,
} as const;

export interface Attachment {
  fileID: string;
  name: string;
  kind: 'image' | 'pdf';
}

/** A notice in a resident's list. */
export interface NoticeCard {
  id: string;
  title: string;
  category: NoticeCategory;
  publishedAt: string;
  excerpt: string;
  pinned: boolean;
  mustAck: boolean;
  /** The caller opened it already. */
  read: boolean;
  acked: boolean;
  /** Changed after it was published (已更新). */
  updated: boolean;
}

/** Pinned notices come first and only with the first page. */
export type FeedPage = Page<NoticeCard> & { pinned: NoticeCard[] };

export interface NoticeDetail {
  id: string;
  title: string;
  category: NoticeCategory;
  publisher: string;
  publishedAt: string;
  /** When it was last changed after publishing; absent if never. */
  updatedAt?: string;
  expiresAt?: string;
  blocks: BodyBlock[];
  attachments: Attachment[];
  mustAck: boolean;
  /** When the caller first opened it (absent for staff previewing a notice not meant for them). */
  readAt?: string;
  ackAt?: string;
  /** Staff looking at a notice outside their own audience: nothing is recorded. */
  preview?: true;
}

export interface AudienceView {
  kind: AudienceKind;
  buildingIds: string[];
  groups: AudienceGroup[];
  /** In words: 全体居民 / 3号楼、5号楼 / 60岁以上长者. */
  label: string;
}

/** A notice in the staff list. */
export interface NoticeRow {
  id: string;
  title: string;
  category: NoticeCategory;
  status: NoticeStatus;
  audience: AudienceView;
  pinned: boolean;
  mustAck: boolean;
  createdAt: string;
  publishAt?: string;
  publishedAt?: string;
  expiresAt?: string;
  updated: boolean;
  /** Once published: the audience at publish time and how many of them read / acknowledged. */
  audienceSize?: number;
  readCount?: number;
  ackCount?: number;
}

export interface RevisionLine {
  revision: number;
  at: string;
  editorName: string;
  /** The title before this change. */
  previousTitle: string;
}

/** Everything staff need to edit and manage one notice. */
export interface NoticeAdmin extends NoticeRow {
  body: string;
  images: string[];
  attachments: Attachment[];
  blocks: BodyBlock[];
  /** Optimistic concurrency: send it back with an edit. */
  revision: number;
  authorName: string;
  withdrawnAt?: string;
  withdrawnReason?: string;
  revisions: RevisionLine[];
}

/** Someone in the audience, as the grid worker needs them for a visit. */
export interface PersonLine {
  name: string;
  unit?: string;
  room?: string;
}

export interface BuildingStats {
  /** Absent for people without a verified household (staff, volunteers). */
  buildingId?: string;
  buildingName: string;
  audience: number;
  read: number;
  acked: number;
  notRead: PersonLine[];
  /** Only for must-acknowledge notices. */
  notAcked: PersonLine[];
}

export interface NoticeStats {
  id: string;
  title: string;
  status: NoticeStatus;
  mustAck: boolean;
  publishedAt?: string;
  /** Fixed when the notice was published: the people it was sent to. */
  audienceSize: number;
  readCount: number;
  ackCount: number;
  /** Readers who joined the audience after publishing (not in the counts above). */
  lateReaders: number;
  buildings: BuildingStats[];
}

export interface CsvFile {
  filename: string;
  /** UTF-8 with a byte-order mark, so spreadsheet programs show Chinese correctly. */
  csv: string;
}

const noticeId = { noticeId: id('通知') };
const requestId = v.pipe(v.string('请求编号不对'), v.regex(/^[A-Za-z0-9_-]{8,64}$/, '请求编号不对'));
const confirmReview = v.optional(v.boolean('参数不对'), false);

const attachment = v.strictObject({
  fileID: fileId('附件'),
  name: requiredText('附件名称', 40),
});

/** The fields staff fill in, the same for a new notice and an edit. */
const noticeFields = {
  title: requiredText('标题', NOTICE_LIMITS.title),
  category: choice('分类', NOTICE_CATEGORIES),
  body: requiredText('正文', NOTICE_LIMITS.body),
  images: v.optional(fileIds('图片', NOTICE_LIMITS.images), []),
  attachments: v.optional(
    v.pipe(v.array(attachment, '附件无效，请重新上传'), v.maxLength(NOTICE_LIMITS.attachments, `附件最多${NOTICE_LIMITS.attachments}个`)),
    [],
  ),
  audience: choice('发送范围', AUDIENCE_KINDS),
  buildingIds: v.optional(v.pipe(v.array(id('楼栋'), '请选择楼栋'), v.maxLength(NOTICE_LIMITS.buildings, '楼栋选得太多了')), []),
  groups: v.optional(v.pipe(v.array(choice('人群', AUDIENCE_GROUPS), '请选择人群'), v.maxLength(AUDIENCE_GROUPS.length, '请选择人群')), []),
  mustAck: v.optional(v.boolean('请选择是否需要确认'), false),
  /** When it stops showing; absent = it stays until withdrawn. */
  expiresAt: v.optional(isoInstant('结束时间')),
};

type AudienceFields = { audience: AudienceKind; buildingIds: string[]; groups: AudienceGroup[] };
const needsBuildings = (i: AudienceFields) => i.audience !== 'buildings' || i.buildingIds.length > 0;
const needsGroups = (i: AudienceFields) => i.audience !== 'groups' || i.groups.length > 0;

/** The chosen kind of audience must say whom; the message lands on the field to fix. */
const createInput = v.pipe(
  v.strictObject({ requestId, ...noticeFields }),
  v.forward(v.partialCheck([['audience'], ['buildingIds']], needsBuildings, '请选择楼栋'), ['buildingIds']),
  v.forward(v.partialCheck([['audience'], ['groups']], needsGroups, '请选择人群'), ['groups']),
);

const updateInput = v.pipe(
  v.strictObject({ ...noticeId, revision: integer('版本', 0, 1_000_000), ...noticeFields, confirmReview }),
  v.forward(v.partialCheck([['audience'], ['buildingIds']], needsBuildings, '请选择楼栋'), ['buildingIds']),
  v.forward(v.partialCheck([['audience'], ['groups']], needsGroups, '请选择人群'), ['groups']),
);

const staff = ['staff'] as const;

export const announcements = {
  /** A new draft. `requestId` (made by the app once per form) makes a retried save create one notice. */
  createNotice: defineAction<NoticeAdmin>()({
    fn: 'announcements',
    name: 'createNotice',
    access: staff,
    input: createInput,
  }),

  /** Changes a notice; after publishing the change is recorded and readers see 已更新. */
  updateNotice: defineAction<NoticeAdmin>()({
    fn: 'announcements',
    name: 'updateNotice',
    access: staff,
    input: updateInput,
  }),

  publishNotice: defineAction<NoticeAdmin>()({
    fn: 'announcements',
    name: 'publishNotice',
    access: staff,
    input: v.strictObject({ ...noticeId, confirmReview }),
  }),

  scheduleNotice: defineAction<NoticeAdmin>()({
    fn: 'announcements',
    name: 'scheduleNotice',
    access: staff,
    input: v.strictObject({ ...noticeId, publishAt: isoInstant('发布时间'), confirmReview }),
  }),

  withdrawNotice: defineAction<NoticeAdmin>()({
    fn: 'announcements',
    name: 'withdrawNotice',
    access: staff,
    input: v.strictObject({ ...noticeId, reason: requiredText('撤回原因', NOTICE_LIMITS.reason) }),
  }),

  pinNotice: defineAction<NoticeAdmin>()({
    fn: 'announcements',
    name: 'pinNotice',
    access: staff,
    input: v.strictObject({ ...noticeId, pinned: v.boolean('请选择是否置顶') }),
  }),

  listNotices: defineAction<Page<NoticeRow>>()({
    fn: 'announcements',
    name: 'listNotices',
    access: staff,
    input: v.optional(v.strictObject({ status: v.optional(choice('状态', NOTICE_STATUSES)), ...paging }), {}),
  }),

  getNotice: defineAction<NoticeAdmin>()({ fn: 'announcements', name: 'getNotice', access: staff, input: v.strictObject(noticeId) }),

  noticeStats: defineAction<NoticeStats>()({ fn: 'announcements', name: 'noticeStats', access: staff, input: v.strictObject(noticeId) }),

  exportNoticeStats: defineAction<CsvFile>()({
    fn: 'announcements',
    name: 'exportNoticeStats',
    access: staff,
    input: v.strictObject(noticeId),
  }),

  /** The caller's feed: published, unexpired notices of their audience, pinned first, newest first. */
  listFeed: defineAction<FeedPage>()({
    fn: 'announcements',
    name: 'listFeed',
    access: 'anyone',
    input: v.optional(v.strictObject({ category: v.optional(choice('分类', NOTICE_CATEGORIES)), ...paging }), {}),
  }),

  /** Shows a notice and records, once, that the caller read it. */
  openNotice: defineAction<NoticeDetail>()({ fn: 'announcements', name: 'openNotice', access: 'anyone', input: v.strictObject(noticeId) }),

  /** 我已知晓: records when the caller acknowledged a must-acknowledge notice (once). */
  acknowledgeNotice: defineAction<{ ackAt: string }>()({
    fn: 'announcements',
    name: 'acknowledgeNotice',
    access: 'anyone',
    input: v.strictObject(noticeId),
  }),
} as const;

/** The page a notice opens in the app, used by messages and share cards. */
export const noticeLink = (noticeId: string): string => `/packages/announcements/detail/index?id=${encodeURIComponent(noticeId)}`;

/** 全体居民 / 3号楼、5号楼 / 60岁以上长者、志愿者. */
export const audienceLabel = (kind: AudienceKind, buildingNames: readonly string[], groups: readonly AudienceGroup[]): string =>
  kind === 'all' ? '全体居民' : kind === 'buildings' ? buildingNames.join('、') : groups.map((g) => GROUP_LABELS[g]).join('、');
