import * as v from 'valibot';
import { defineAction } from './action';
import { choice, id, integer, isoInstant, optionalText, paging, requiredText, type Page } from './fields';
import { fileIds } from './files';

/**
 * Volunteer-service fairs (志愿服务大集): fairs with stalls, bookable slots, volunteer shifts,
 * check-in codes and volunteer hours. Times travel as ISO instants; days and clock times that
 * staff type are Asia/Shanghai (`YYYY-MM-DD`, `HH:mm`).
 */

export const SERVICE_TYPES = ['haircut', 'sharpening', 'eyes', 'health', 'repair', 'legal', 'vegetables', 'crafts', 'other'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];
export const SERVICE_TYPE_LABELS: Record<ServiceType, string> = {
  haircut: '理发',
  sharpening: '磨刀磨剪',
  eyes: '眼科检查',
  health: '健康检查',
  repair: '家电维修',
  legal: '法律咨询',
  vegetables: '平价蔬菜',
  crafts: '手工制作',
  other: '其他服务',
};

export const FAIR_STATUSES = ['draft', 'published', 'cancelled'] as const;
export type FairStatus = (typeof FAIR_STATUSES)[number];
export const FAIR_STATUS_LABELS: Record<FairStatus, string> = { draft: '未发布', published: '已发布', cancelled: '已取消' };

/** A stall takes bookings per time slot, or serves whoever comes (walk-in, no booking). */
export const STALL_MODES = ['slots', 'walkin'] as const;
export type StallMode = (typeof STALL_MODES)[number];

/** Who may book a stall: everyone, elders (60+), or residents of some buildings. */
export const AUDIENCES = ['all', 'elders', 'building'] as const;
export type Audience = (typeof AUDIENCES)[number];
export const AUDIENCE_LABELS: Record<Audience, string> = { all: '所有居民', elders: '60岁以上长者', building: '指定楼栋' };

export const BOOKING_STATUSES = ['pending', 'confirmed', 'waiting', 'checked_in', 'cancelled', 'failed'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
export const BOOKING_STATUS_LABELS: Record<BookingStatus, string> = {
  pending: '处理中',
  confirmed: '预约成功',
  waiting: '候补中',
  checked_in: '已签到',
  cancelled: '已取消',
  failed: '未成功',
};

/** How a booking was checked in at the stall. */
export const CHECKIN_METHODS = ['qr', 'code', 'name'] as const;
export type CheckInMethod = (typeof CHECKIN_METHODS)[number];

// ---------- field schemas ----------

/** A client-generated key that makes a retried request create nothing twice. */
export const requestId = () => v.pipe(v.string('请求参数不对，请重试'), v.regex(/^[A-Za-z0-9_-]{8,64}$/, '请求参数不对，请重试'));

const isRealDate = (text: string) => {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/** A Shanghai calendar day, `YYYY-MM-DD`. */
export const day = (label: string) =>
  v.pipe(
    v.string(`请选择${label}`),
    v.regex(/^20\d{2}-\d{2}-\d{2}$/, `${label}格式应为 2026-11-22`),
    v.check(isRealDate, `${label}不是有效日期`),
  );

/** A Shanghai wall-clock time, `HH:mm`. */
export const clockTime = (label: string) =>
  v.pipe(v.string(`请选择${label}`), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label}格式应为 09:30`));

/** A month, `YYYY-MM`. */
export const month = () => v.pipe(v.string('请选择月份'), v.regex(/^20\d{2}-(0[1-9]|1[0-2])$/, '月份格式应为 2026-11'));

/** What a resident's QR holds or what they read aloud; checked on the server only. */
const checkInCode = () =>
  v.pipe(
    v.string('请输入签到码'),
    v.trim(),
    v.nonEmpty('请输入签到码'),
    v.maxLength(120, '签到码无效'),
    v.regex(/^[A-Za-z0-9._-]+$/, '签到码无效'),
  );

/** The code printed at a stall (and inside its mini-program code) for volunteers' shift check-in. */
const stallCode = () =>
  v.pipe(v.string('请输入摊位码'), v.trim(), v.toUpperCase(), v.regex(/^(ST=)?[A-Z0-9]{8}$/, '摊位码应为8位字母或数字'));

const fairFields = {
  title: requiredText('大集名称', 30),
  date: day('日期'),
  opensAt: clockTime('开始时间'),
  closesAt: clockTime('结束时间'),
  place: requiredText('地点', 40),
  description: optionalText('介绍', 500),
  coverFileIds: v.optional(fileIds('封面图片', 1), []),
  bookingCap: v.optional(integer('每人可预约数', 1, 10), 3),
};

const stallFields = {
  service: requiredText('服务名称', 20),
  serviceType: choice('服务类别', SERVICE_TYPES),
  team: optionalText('服务团队', 30),
  location: optionalText('摊位位置', 20),
  mode: choice('预约方式', STALL_MODES),
  slotMinutes: v.optional(integer('每个时段分钟数', 5, 240), 30),
  capacity: v.optional(integer('每个时段人数', 1, 200), 10),
  audience: v.optional(choice('可预约的人', AUDIENCES), 'all'),
  buildingIds: v.optional(v.pipe(v.array(id('楼栋'), '请选择楼栋'), v.maxLength(50, '楼栋最多50个')), []),
  /** When booking opens; absent = as soon as the fair is published. */
  bookingOpensAt: v.optional(isoInstant('开放预约时间')),
};

const empty = v.optional(v.strictObject({}), {});

// ---------- views ----------

export interface FairSummary {
  id: string;
  title: string;
  date: string;
  opensAt: string;
  closesAt: string;
  place: string;
  status: FairStatus;
  coverFileId?: string;
  stallCount: number;
  seriesId?: string;
}

export interface SlotView {
  id: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  /** Seats left; 0 shows as 约满. */
  free: number;
  waiting: number;
  ended: boolean;
}

export interface MyStallBooking {
  id: string;
  slotId: string;
  status: BookingStatus;
  waitPosition?: number;
}

export interface StallView {
  id: string;
  service: string;
  serviceType: ServiceType;
  team: string;
  location: string;
  mode: StallMode;
  slotMinutes?: number;
  capacity?: number;
  audience: Audience;
  buildingIds: string[];
  bookingOpensAt?: string;
  /** Whether the caller may book now: open, eligible, not ended. */
  bookingOpen: boolean;
  /** Why the caller cannot book, in plain words, when they cannot. */
  closedReason?: string;
  slots: SlotView[];
  myBooking?: MyStallBooking;
}

export interface FairDetail extends FairSummary {
  description: string;
  bookingCap: number;
  /** The caller's active bookings at this fair (counts towards the cap). */
  myActive: number;
  stalls: StallView[];
}

export interface BookingView {
  id: string;
  fairId: string;
  fairTitle: string;
  fairDate: string;
  place: string;
  stallId: string;
  service: string;
  location: string;
  startsAt: string;
  endsAt: string;
  status: BookingStatus;
  waitPosition?: number;
  /** Who is served: the caller, or the elder they booked for. */
  personName: string;
  /** Booked by someone else for the person (staff, volunteer or a relative). */
  proxy: boolean;
  bookedByName?: string;
  /** The 6-digit code to read aloud or print (only for confirmed bookings). */
  shortCode?: string;
  checkedInAt?: string;
  canCancel: boolean;
}

export interface PassView {
  bookingId: string;
  /** What the QR holds: signed, names the booking, expires. */
  qrText: string;
  /** The QR as a PNG data URL. */
  qrImage: string;
  shortCode: string;
  expiresAt: string;
  personName: string;
  service: string;
  startsAt: string;
  endsAt: string;
}

export interface CheckInView {
  bookingId: string;
  /** The person's name and home, shown large to the volunteer at the stall. */
  personName: string;
  home: string;
  service: string;
  startsAt: string;
  endsAt: string;
  checkedInAt: string;
}

export interface ShiftView {
  id: string;
  fairId: string;
  fairTitle: string;
  stallId: string;
  service: string;
  location: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  taken: number;
  selfSignup: boolean;
  /** Volunteers on this shift (names; staff and the shift's volunteers see them). */
  volunteers: { id: string; name: string }[];
  mine: boolean;
  checkedInAt?: string;
  checkedOutAt?: string;
}

export interface BoardStall {
  stallId: string;
  service: string;
  location: string;
  mode: StallMode;
  booked: number;
  checkedIn: number;
  noShow: number;
  waiting: number;
  walkIns: number;
  onShift: { name: string; since: string }[];
}

export interface FairBoard {
  fair: FairSummary;
  at: string;
  stalls: BoardStall[];
}

export interface StatsRow {
  key: string;
  label: string;
  served: number;
  bookings: number;
  checkedIn: number;
  walkIns: number;
  noShows: number;
}

export interface FairStats {
  scope: string;
  fairs: number;
  served: number;
  uniqueResidents: number;
  /** Share of unique residents served who are 60+ (0–1). */
  eldersShare: number;
  /** No-shows ÷ confirmed bookings of ended slots (0–1). */
  noShowRate: number;
  volunteerMinutes: number;
  byStall: StatsRow[];
  byServiceType: StatsRow[];
}

export interface CsvFile {
  filename: string;
  csv: string;
}

export interface HoursEntryView {
  id: string;
  at: string;
  minutes: number;
  kind: 'shift' | 'correction';
  fairTitle?: string;
  service?: string;
  reason?: string;
  byName?: string;
}

export interface HoursLedger {
  volunteerId: string;
  volunteerName: string;
  year: number;
  yearMinutes: number;
  months: { month: string; minutes: number }[];
  entries: HoursEntryView[];
}

export interface StallCodeView {
  stallId: string;
  code: string;
  /** The mini-program code (wxacode) as a PNG data URL, to print at the stall. */
  image?: string;
}

export interface ResidentMatch {
  id: string;
  name: string;
  home: string;
  isElder: boolean;
  /** Has no WeChat of their own (registered by staff). */
  offline: boolean;
}

export interface SeriesView {
  id: string;
  title: string;
  place: string;
  opensAt: string;
  closesAt: string;
  daysOfMonth: number[];
  active: boolean;
  generatedUntil?: string;
}

// ---------- actions ----------

const staff = ['staff'] as const;
const volunteers = ['staff', 'volunteer'] as const;

export const fairs = {
  // Residents (anyone signed in; the use cases check household, eligibility and ownership).
  listFairs: defineAction<Page<FairSummary>>()({
    fn: 'fairs',
    name: 'listFairs',
    access: 'anyone',
    input: v.optional(v.strictObject({ ...paging }), {}),
  }),
  getFair: defineAction<FairDetail>()({ fn: 'fairs', name: 'getFair', access: 'anyone', input: v.strictObject({ fairId: id('大集') }) }),
  book: defineAction<BookingView>()({
    fn: 'fairs',
    name: 'book',
    access: 'anyone',
    input: v.strictObject({ slotId: id('时段'), requestId: requestId(), forUserId: v.optional(id('代预约的居民')) }),
  }),
  cancelBooking: defineAction<BookingView>()({
    fn: 'fairs',
    name: 'cancelBooking',
    access: 'anyone',
    input: v.strictObject({ bookingId: id('预约') }),
  }),
  myBookings: defineAction<Page<BookingView>>()({
    fn: 'fairs',
    name: 'myBookings',
    access: 'anyone',
    input: v.optional(v.strictObject({ past: v.optional(v.boolean('参数不对'), false), ...paging }), {}),
  }),
  bookingPass: defineAction<PassView>()({
    fn: 'fairs',
    name: 'bookingPass',
    access: 'anyone',
    input: v.strictObject({ bookingId: id('预约') }),
  }),

  // Volunteers (and staff).
  listShifts: defineAction<ShiftView[]>()({
    fn: 'fairs',
    name: 'listShifts',
    access: volunteers,
    input: v.strictObject({ fairId: id('大集') }),
  }),
  myShifts: defineAction<ShiftView[]>()({ fn: 'fairs', name: 'myShifts', access: volunteers, input: empty }),
  signUpShift: defineAction<ShiftView>()({
    fn: 'fairs',
    name: 'signUpShift',
    access: volunteers,
    input: v.strictObject({ shiftId: id('班次') }),
  }),
  leaveShift: defineAction<ShiftView>()({
    fn: 'fairs',
    name: 'leaveShift',
    access: volunteers,
    input: v.strictObject({ shiftId: id('班次') }),
  }),
  shiftCheckIn: defineAction<ShiftView>()({
    fn: 'fairs',
    name: 'shiftCheckIn',
    access: volunteers,
    input: v.strictObject({ stallCode: stallCode() }),
  }),
  shiftCheckOut: defineAction<ShiftView>()({
    fn: 'fairs',
    name: 'shiftCheckOut',
    access: volunteers,
    input: v.strictObject({ stallCode: stallCode() }),
  }),
  verifyCode: defineAction<CheckInView>()({
    fn: 'fairs',
    name: 'verifyCode',
    access: volunteers,
    input: v.strictObject({ stallId: id('摊位'), code: checkInCode() }),
  }),
  checkInByName: defineAction<CheckInView>()({
    fn: 'fairs',
    name: 'checkInByName',
    access: volunteers,
    input: v.strictObject({ stallId: id('摊位'), name: requiredText('姓名', 20), room: requiredText('房号', 10) }),
  }),
  recordWalkIn: defineAction<{ walkIns: number }>()({
    fn: 'fairs',
    name: 'recordWalkIn',
    access: volunteers,
    input: v.strictObject({ stallId: id('摊位'), requestId: requestId(), elder: v.optional(v.boolean('参数不对'), false) }),
  }),
  findResidents: defineAction<ResidentMatch[]>()({
    fn: 'fairs',
    name: 'findResidents',
    access: volunteers,
    input: v.strictObject({ name: requiredText('姓名', 20), room: optionalText('房号', 10) }),
  }),
  stallCode: defineAction<StallCodeView>()({
    fn: 'fairs',
    name: 'stallCode',
    access: volunteers,
    input: v.strictObject({ stallId: id('摊位') }),
  }),
  fairBoard: defineAction<FairBoard>()({
    fn: 'fairs',
    name: 'fairBoard',
    access: volunteers,
    input: v.strictObject({ fairId: id('大集') }),
  }),
  hoursLedger: defineAction<HoursLedger>()({
    fn: 'fairs',
    name: 'hoursLedger',
    access: volunteers,
    input: v.strictObject({ volunteerId: v.optional(id('志愿者')), year: integer('年份', 2020, 2100) }),
  }),
  exportHours: defineAction<CsvFile>()({
    fn: 'fairs',
    name: 'exportHours',
    access: volunteers,
    input: v.strictObject({ volunteerId: v.optional(id('志愿者')), year: integer('年份', 2020, 2100) }),
  }),

  // Staff.
  listAllFairs: defineAction<Page<FairSummary>>()({
    fn: 'fairs',
    name: 'listAllFairs',
    access: staff,
    input: v.optional(v.strictObject({ status: v.optional(choice('状态', FAIR_STATUSES)), ...paging }), {}),
  }),
  createFair: defineAction<FairDetail>()({
    fn: 'fairs',
    name: 'createFair',
    access: staff,
    input: v.strictObject({ requestId: requestId(), ...fairFields }),
  }),
  updateFair: defineAction<FairDetail>()({
    fn: 'fairs',
    name: 'updateFair',
    access: staff,
    input: v.strictObject({ fairId: id('大集'), ...fairFields }),
  }),
  copyFair: defineAction<FairDetail>()({
    fn: 'fairs',
    name: 'copyFair',
    access: staff,
    input: v.strictObject({ requestId: requestId(), fromFairId: v.optional(id('大集')), date: day('日期') }),
  }),
  publishFair: defineAction<FairDetail>()({
    fn: 'fairs',
    name: 'publishFair',
    access: staff,
    input: v.strictObject({ fairId: id('大集') }),
  }),
  cancelFair: defineAction<FairDetail>()({
    fn: 'fairs',
    name: 'cancelFair',
    access: staff,
    input: v.strictObject({ fairId: id('大集'), reason: requiredText('取消原因', 100) }),
  }),
  addStall: defineAction<FairDetail>()({
    fn: 'fairs',
    name: 'addStall',
    access: staff,
    input: v.strictObject({ fairId: id('大集'), requestId: requestId(), ...stallFields }),
  }),
  removeStall: defineAction<FairDetail>()({
    fn: 'fairs',
    name: 'removeStall',
    access: staff,
    input: v.strictObject({ stallId: id('摊位') }),
  }),
  addShift: defineAction<ShiftView>()({
    fn: 'fairs',
    name: 'addShift',
    access: staff,
    input: v.strictObject({
      stallId: id('摊位'),
      requestId: requestId(),
      startsAt: clockTime('开始时间'),
      endsAt: clockTime('结束时间'),
      capacity: integer('志愿者人数', 1, 20),
      selfSignup: v.optional(v.boolean('参数不对'), true),
    }),
  }),
  assignShift: defineAction<ShiftView>()({
    fn: 'fairs',
    name: 'assignShift',
    access: staff,
    input: v.strictObject({ shiftId: id('班次'), volunteerId: id('志愿者') }),
  }),
  createSeries: defineAction<SeriesView>()({
    fn: 'fairs',
    name: 'createSeries',
    access: staff,
    input: v.strictObject({
      requestId: requestId(),
      title: fairFields.title,
      place: fairFields.place,
      opensAt: fairFields.opensAt,
      closesAt: fairFields.closesAt,
      description: fairFields.description,
      bookingCap: fairFields.bookingCap,
      daysOfMonth: v.pipe(
        v.array(integer('每月几号', 1, 28), '请选择每月几号'),
        v.minLength(1, '请选择每月几号'),
        v.maxLength(8, '每月最多8次'),
      ),
      /** The fair whose stalls and shifts each generated fair copies. */
      templateFairId: v.optional(id('大集')),
    }),
  }),
  listSeries: defineAction<SeriesView[]>()({ fn: 'fairs', name: 'listSeries', access: staff, input: empty }),
  stopSeries: defineAction<SeriesView>()({
    fn: 'fairs',
    name: 'stopSeries',
    access: staff,
    input: v.strictObject({ seriesId: id('周期') }),
  }),
  fairStats: defineAction<FairStats>()({
    fn: 'fairs',
    name: 'fairStats',
    access: staff,
    input: v.pipe(
      v.strictObject({ fairId: v.optional(id('大集')), month: v.optional(month()) }),
      v.check((i) => (i.fairId === undefined) !== (i.month === undefined), '请选择一次大集或一个月份'),
    ),
  }),
  exportStats: defineAction<CsvFile>()({
    fn: 'fairs',
    name: 'exportStats',
    access: staff,
    input: v.pipe(
      v.strictObject({ fairId: v.optional(id('大集')), month: v.optional(month()) }),
      v.check((i) => (i.fairId === undefined) !== (i.month === undefined), '请选择一次大集或一个月份'),
    ),
  }),
  correctHours: defineAction<HoursEntryView>()({
    fn: 'fairs',
    name: 'correctHours',
    access: staff,
    input: v.strictObject({
      requestId: requestId(),
      volunteerId: id('志愿者'),
      minutes: v.pipe(
        integer('调整分钟数', -1440, 1440),
        v.check((n) => n !== 0, '调整分钟数不能为0'),
      ),
      reason: requiredText('调整原因', 100),
      shiftId: v.optional(id('班次')),
    }),
  }),
  listVolunteers: defineAction<{ id: string; name: string }[]>()({ fn: 'fairs', name: 'listVolunteers', access: staff, input: empty }),
} as const;

export type FairsActions = typeof fairs;
