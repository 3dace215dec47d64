import * as v from 'valibot';
import { defineAction } from './action';
import { choice, id, integer, isoInstant, optionalText, paging, requiredText, type Page } from './fields';
import { fileIds } from './files';
import type { Role } from './roles';

/** 报修 / 投诉 / 建议: a complaint or a suggestion gets a written answer instead of a repair. */
export const TICKET_KINDS = ['repair', 'complaint', 'suggestion'] as const;
export type TicketKind = (typeof TICKET_KINDS)[number];
export const TICKET_KIND_LABELS: Record<TicketKind, string> = { repair: '报修', complaint: '投诉', suggestion: '建议' };

export const TICKET_STATUSES = ['submitted', 'accepted', 'in_progress', 'resolved', 'closed', 'rejected', 'cancelled'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export const TICKET_STATUS_LABELS: Record<TicketStatus, string> = {
  submitted: '待受理',
  accepted: '已受理',
  in_progress: '处理中',
  resolved: '已解决',
  closed: '已完成',
  rejected: '已驳回',
  cancelled: '已撤销',
};
/** Not yet resolved: someone still has to act. */
export const OPEN_STATUSES: readonly TicketStatus[] = ['submitted', 'accepted', 'in_progress'];

/** Who handles a category's tickets: community staff, or the property company (物业). */
export const HANDLER_ORGS = ['community', 'property'] as const;
export type HandlerOrg = (typeof HANDLER_ORGS)[number];
export const HANDLER_ORG_LABELS: Record<HandlerOrg, string> = { community: '社区', property: '物业公司' };

export const PLACE_TYPES = ['household', 'public'] as const;
export type PlaceType = (typeof PLACE_TYPES)[number];

export const VISIT_SLOTS = ['morning', 'afternoon', 'evening'] as const;
export type VisitSlot = (typeof VISIT_SLOTS)[number];
export const VISIT_SLOT_LABELS: Record<VisitSlot, string> = { morning: '上午 9–12点', afternoon: '下午 2–6点', evening: '晚上 6–8点' };

/**
 * Everything that can happen to a ticket after it is filed. Which of them are allowed, in
 * which state and by whom, is decided in one place on the server (the transition table).
 */
export const TICKET_ACTIONS = [
  'accept',
  'assign',
  'reply',
  'setExpected',
  'start',
  'resolve',
  'reject',
  'cancel',
  'nudge',
  'confirm',
  'reopen',
  'rate',
  'autoConfirm',
  'markOverdue',
] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];
export type TimelineAction = TicketAction | 'submit';

export const TIMELINE_LABELS: Record<TimelineAction, string> = {
  submit: '提交',
  accept: '已受理',
  assign: '转派',
  reply: '回复',
  setExpected: '预计完成时间',
  start: '开始处理',
  resolve: '处理完成',
  reject: '驳回',
  cancel: '撤销',
  nudge: '催办',
  confirm: '确认解决',
  reopen: '没修好，重新处理',
  rate: '评价',
  autoConfirm: '超过7天，系统自动确认',
  markOverdue: '已超时',
};

export const NUDGE_INTERVAL_HOURS = 12;
export const CONFIRM_WINDOW_DAYS = 7;
export const MAX_DESCRIPTION = 500;
export const MAX_TICKET_PHOTOS = 9;

/** A category as configured by staff: who handles it and how fast. */
export interface CategoryView {
  id: string;
  name: string;
  handler: HandlerOrg;
  /** Hours to the first answer (受理) and to a fix (办结), counted on the wall clock. */
  firstResponseHours: number;
  resolutionHours: number;
  active: boolean;
  order: number;
}

export interface MapPoint {
  latitude: number;
  longitude: number;
}

export interface PlaceView {
  type: PlaceType;
  buildingId?: string;
  buildingName?: string;
  /** Only for the reporter and the people handling it; never for neighbours. */
  unit?: string;
  room?: string;
  spot?: string;
  point?: MapPoint;
  /** One line for people: 3号楼 2单元 301, or 5号楼 东侧路灯. */
  label: string;
}

export interface VisitWindow {
  date: string;
  slot: VisitSlot;
}

export interface TicketSummary {
  id: string;
  kind: TicketKind;
  categoryId: string;
  categoryName: string;
  status: TicketStatus;
  /** The first words of the description. */
  excerpt: string;
  placeLabel: string;
  createdAt: string;
  updatedAt: string;
  overdue: boolean;
  followers: number;
  photo?: string;
  expectedAt?: string;
}

/** A row of the staff queue: adds who handles it and when it is due. */
export interface QueueItem extends TicketSummary {
  handler: HandlerOrg;
  assigneeName?: string;
  buildingId?: string;
  responseDueAt?: string;
  resolutionDueAt: string;
  nudgedAt?: string;
  /** Public, but the content check asked a person to read it before neighbours may. */
  held?: true;
}

export interface TimelineEntry {
  id: string;
  seq: number;
  at: string;
  action: TimelineAction;
  /** 社区工作人员 张丽 / 物业人员 孙师傅 / 报告人 / 我 / 系统 — never a phone number. */
  actor: string;
  status: TicketStatus;
  note?: string;
  photos: string[];
  expectedAt?: string;
  stars?: number;
  /** Whom a ticket was transferred to. */
  assignee?: string;
}

/** How the caller stands to the ticket; decides what they see and may do. */
export type TicketRelation = 'reporter' | 'handler' | 'staff' | 'viewer' | 'neighbour';

export interface TicketDetail {
  id: string;
  kind: TicketKind;
  categoryId: string;
  categoryName: string;
  handler: HandlerOrg;
  status: TicketStatus;
  description: string;
  photos: string[];
  place: PlaceView;
  visit?: VisitWindow;
  public: boolean;
  /** Shown in the neighbours' list (public and passed the content check). */
  listed: boolean;
  /** For staff and the reporter: public, but waiting for staff to read it before neighbours may (reviewListing). */
  held?: true;
  createdAt: string;
  updatedAt: string;
  expectedAt?: string;
  resolvedAt?: string;
  responseDueAt?: string;
  resolutionDueAt?: string;
  overdue: boolean;
  followers: number;
  following: boolean;
  relation: TicketRelation;
  /** For staff and the handler: the reporter's name masked; the full contact needs revealContact. */
  reporter?: { name: string; hasPhone: boolean };
  assignee?: { id: string; name: string; role: string };
  rating?: { stars: number; comment?: string };
  /** What the caller may do now, from the server's transition table. */
  actions: TicketAction[];
  /** When the reporter may nudge again (12 hours after the last nudge). */
  nudgeAvailableAt?: string;
  /** Until when the reporter may confirm or reopen (7 days after it was resolved). */
  confirmBy?: string;
  timeline: TimelineEntry[];
  version: number;
}

export interface SimilarTicket {
  id: string;
  categoryName: string;
  status: TicketStatus;
  excerpt: string;
  placeLabel: string;
  createdAt: string;
  followers: number;
  /** Metres, when both spots have a map point. */
  distance?: number;
  following: boolean;
}

export interface HandlerView {
  id: string;
  name: string;
  role: Extract<Role, 'staff' | 'property'>;
}

export interface QueueCounts {
  submitted: number;
  accepted: number;
  in_progress: number;
  resolved: number;
  overdue: number;
  mine: number;
  unassigned: number;
  /** Public reports waiting for staff to decide whether neighbours may see them. */
  held: number;
}

export interface DashboardRow {
  key: string;
  name: string;
  received: number;
  open: number;
  overdue: number;
  /** Hours, one decimal; absent when nothing to average. */
  avgFirstResponseHours?: number;
  avgResolutionHours?: number;
  /** Average stars (1–5), absent when nobody rated. */
  satisfaction?: number;
  rated: number;
}

export interface DashboardView {
  /** `YYYY-MM` in Shanghai. */
  month: string;
  total: DashboardRow;
  byCategory: DashboardRow[];
  byBuilding: DashboardRow[];
}

export const QUEUE_STATUS_FILTERS = [...TICKET_STATUSES, 'open'] as const;
export type QueueStatusFilter = (typeof QUEUE_STATUS_FILTERS)[number];

/** A client-made key per change: a retry of the same change (same key) happens once. */
export const requestId = () =>
  v.pipe(v.string('请求编号不对，请刷新后再试'), v.regex(/^[A-Za-z0-9_-]{8,64}$/, '请求编号不对，请刷新后再试'));

const ticketId = () => id('报修单');
const photos = (label: string) => v.optional(fileIds(label, MAX_TICKET_PHOTOS), []);
const stars = () => integer('评分', 1, 5);
const coordinate = (label: string, limit: number) =>
  v.pipe(v.number(`${label}不对`), v.minValue(-limit, `${label}不对`), v.maxValue(limit, `${label}不对`));
const point = () => v.strictObject({ latitude: coordinate('纬度', 90), longitude: coordinate('经度', 180) }, '地图位置不对');
const spot = () => optionalText('具体位置', 50);
const note = (label: string) => optionalText(label, 200);
const change = { ticketId: ticketId(), requestId: requestId() };
const empty = v.optional(v.strictObject({}), {});
const month = v.optional(v.strictObject({ month: v.optional(choice('月份', ['this', 'last']), 'this') }), {});

const HANDLING: readonly Role[] = ['staff', 'property'];
const STAFF_SIDE: readonly Role[] = ['staff', 'property', 'grid_worker'];

export const tickets = {
  listCategories: defineAction<CategoryView[]>()({ fn: 'tickets', name: 'listCategories', input: empty, access: 'anyone' }),

  submitTicket: defineAction<TicketDetail>()({
    fn: 'tickets',
    name: 'submitTicket',
    access: 'anyone',
    input: v.strictObject({
      requestId: requestId(),
      kind: choice('类型', TICKET_KINDS),
      categoryId: id('分类'),
      description: requiredText('问题描述', MAX_DESCRIPTION),
      photos: photos('照片'),
      where: choice('地点', PLACE_TYPES),
      buildingId: v.optional(id('楼栋')),
      spot: spot(),
      point: v.optional(point()),
      visit: v.optional(
        v.strictObject(
          {
            date: v.pipe(v.string('请选择上门日期'), v.regex(/^\d{4}-\d{2}-\d{2}$/, '上门日期格式不对')),
            slot: choice('上门时段', VISIT_SLOTS),
          },
          '上门时间不对',
        ),
      ),
      public: v.boolean('请选择是否公开'),
    }),
  }),

  findSimilar: defineAction<SimilarTicket[]>()({
    fn: 'tickets',
    name: 'findSimilar',
    access: 'anyone',
    input: v.strictObject({ categoryId: id('分类'), buildingId: v.optional(id('楼栋')), spot: spot(), point: v.optional(point()) }),
  }),

  followTicket: defineAction<{ following: true; followers: number }>()({
    fn: 'tickets',
    name: 'followTicket',
    access: 'anyone',
    input: v.strictObject({ ticketId: ticketId() }),
  }),

  listMyTickets: defineAction<Page<TicketSummary>>()({
    fn: 'tickets',
    name: 'listMyTickets',
    access: 'anyone',
    input: v.optional(v.strictObject({ scope: v.optional(choice('范围', ['reported', 'following']), 'reported'), ...paging }), {}),
  }),

  listPublicTickets: defineAction<Page<TicketSummary>>()({
    fn: 'tickets',
    name: 'listPublicTickets',
    access: 'anyone',
    input: v.optional(v.strictObject({ ...paging }), {}),
  }),

  getTicket: defineAction<TicketDetail>()({
    fn: 'tickets',
    name: 'getTicket',
    access: 'anyone',
    input: v.strictObject({ ticketId: ticketId() }),
  }),

  nudgeTicket: defineAction<TicketDetail>()({ fn: 'tickets', name: 'nudgeTicket', access: 'anyone', input: v.strictObject({ ...change }) }),

  cancelTicket: defineAction<TicketDetail>()({
    fn: 'tickets',
    name: 'cancelTicket',
    access: 'anyone',
    input: v.strictObject({ ...change, reason: note('撤销原因') }),
  }),

  confirmTicket: defineAction<TicketDetail>()({
    fn: 'tickets',
    name: 'confirmTicket',
    access: 'anyone',
    input: v.strictObject({ ...change, stars: stars(), comment: note('评价') }),
  }),

  reopenTicket: defineAction<TicketDetail>()({
    fn: 'tickets',
    name: 'reopenTicket',
    access: 'anyone',
    input: v.strictObject({ ...change, reason: requiredText('没修好的原因', 200), photos: photos('照片') }),
  }),

  rateTicket: defineAction<TicketDetail>()({
    fn: 'tickets',
    name: 'rateTicket',
    access: 'anyone',
    input: v.strictObject({ ...change, stars: stars(), comment: note('评价') }),
  }),

  listQueue: defineAction<Page<QueueItem>>()({
    fn: 'tickets',
    name: 'listQueue',
    access: STAFF_SIDE,
    input: v.optional(
      v.strictObject({
        status: v.optional(choice('状态', QUEUE_STATUS_FILTERS)),
        categoryId: v.optional(id('分类')),
        buildingId: v.optional(id('楼栋')),
        overdue: v.optional(v.literal(true, '参数不对')),
        assigned: v.optional(choice('处理人', ['me', 'none'])),
        held: v.optional(v.literal(true, '参数不对')),
        ...paging,
      }),
      {},
    ),
  }),

  queueCounts: defineAction<QueueCounts>()({ fn: 'tickets', name: 'queueCounts', access: STAFF_SIDE, input: empty }),

  acceptTicket: defineAction<TicketDetail>()({
    fn: 'tickets',
    name: 'acceptTicket',
    access: HANDLING,
    input: v.strictObject({ ...change, note: note('说明') }),
  }),

  assignTicket: defineAction<TicketDetail>()({
    fn: 'tickets',
    name: 'assignTicket',
    access: HANDLING,
    input: v.strictObject({ ...change, assigneeId: id('处理人'), note: note('转派说明') }),
  }),

  replyTicket: defineAction<TicketDetail>()({
    fn: 'tickets',
    name: 'replyTicket',
    access: HANDLING,
    input: v.strictObject({ ...change, text: requiredText('回复内容', MAX_DESCRIPTION), photos: photos('照片') }),
  }),

  setExpectedTime: defineAction<TicketDetail>()({
    fn: 'tickets',
    name: 'setExpectedTime',
    access: HANDLING,
    input: v.strictObject({ ...change, expectedAt: isoInstant('预计完成时间'), note: note('说明') }),
  }),

  startTicket: defineAction<TicketDetail>()({
    fn: 'tickets',
    name: 'startTicket',
    access: HANDLING,
    input: v.strictObject({ ...change, note: note('说明') }),
  }),

  resolveTicket: defineAction<TicketDetail>()({
    fn: 'tickets',
    name: 'resolveTicket',
    access: HANDLING,
    input: v.strictObject({ ...change, note: requiredText('处理结果', MAX_DESCRIPTION), photos: photos('处理后照片') }),
  }),

  rejectTicket: defineAction<TicketDetail>()({
    fn: 'tickets',
    name: 'rejectTicket',
    access: ['staff'],
    input: v.strictObject({ ...change, reason: requiredText('驳回原因', 200) }),
  }),

  /** The reporter's name and phone for a call back; every use is an audit line. */
  revealContact: defineAction<{ name: string; phone?: string; place: string }>()({
    fn: 'tickets',
    name: 'revealContact',
    access: HANDLING,
    input: v.strictObject({ ticketId: ticketId() }),
  }),

  /**
   * Whether neighbours see a public report: staff settle one the content check held back, or
   * take a listed one down (moderation). Handling the report itself never waits for this.
   */
  reviewListing: defineAction<TicketDetail>()({
    fn: 'tickets',
    name: 'reviewListing',
    access: ['staff'],
    input: v.strictObject({ ticketId: ticketId(), list: v.boolean('请选择是否公开给邻居') }),
  }),

  listHandlers: defineAction<HandlerView[]>()({ fn: 'tickets', name: 'listHandlers', access: HANDLING, input: empty }),

  listAllCategories: defineAction<CategoryView[]>()({ fn: 'tickets', name: 'listAllCategories', access: ['staff'], input: empty }),

  saveCategory: defineAction<CategoryView>()({
    fn: 'tickets',
    name: 'saveCategory',
    access: ['staff'],
    input: v.strictObject({
      id: v.optional(id('分类')),
      name: requiredText('分类名称', 10),
      handler: choice('处理单位', HANDLER_ORGS),
      firstResponseHours: integer('受理时限（小时）', 1, 168),
      resolutionHours: integer('办结时限（小时）', 1, 720),
      active: v.boolean('请选择是否启用'),
      order: v.optional(integer('排序', 0, 999)),
    }),
  }),

  dashboard: defineAction<DashboardView>()({ fn: 'tickets', name: 'dashboard', access: ['staff', 'grid_worker'], input: month }),

  exportDashboard: defineAction<{ filename: string; csv: string }>()({
    fn: 'tickets',
    name: 'exportDashboard',
    access: ['staff', 'grid_worker'],
    input: month,
  }),
} as const;
