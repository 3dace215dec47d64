import * as v from 'valibot';
import { defineAction } from './action';
import { choice, id, integer, mobile, optionalText, paging, requiredText, type Page } from './fields';
import { GRANTABLE_ROLES, ROLES, type Role } from './roles';

export const HOUSEHOLD_STATUSES = ['pending', 'verified', 'rejected'] as const;
export type HouseholdStatus = (typeof HOUSEHOLD_STATUSES)[number];

export const HOUSEHOLD_STATUS_LABELS: Record<HouseholdStatus, string> = {
  pending: '待核实',
  verified: '已核实',
  rejected: '未通过',
};

export interface HouseholdView {
  buildingId: string;
  buildingName: string;
  unit: string;
  room: string;
  status: HouseholdStatus;
  /** Why staff did not verify it, shown to the person. */
  note?: string;
}

export interface MeView {
  id: string;
  name: string;
  roles: Role[];
  isElder: boolean;
  birthYear?: number;
  /** Masked (138****1234); the full number is only shown to staff. */
  phoneMasked?: string;
  household?: HouseholdView;
  community: { name: string };
}

export interface BuildingView {
  id: string;
  name: string;
  units: string[];
  gridWorker?: { id: string; name: string };
}

/** A person as staff see them in the admin area. */
export interface UserRow {
  id: string;
  name: string;
  roles: Role[];
  isElder: boolean;
  birthYear?: number;
  /** Full number: only staff ever receive this row. */
  phone?: string;
  household?: HouseholdView;
  createdAt: string;
}

export interface AuditRow {
  id: string;
  at: string;
  actorName: string;
  action: string;
  targetName: string;
  detail: string;
}

const birthYear = integer('出生年份', 1900, 2100);
const room = v.pipe(
  v.string('请填写房号'),
  v.trim(),
  v.nonEmpty('请填写房号'),
  v.regex(/^[0-9A-Za-z-]{1,10}$/, '房号只能是数字或字母，如 302'),
);

const empty = v.optional(v.strictObject({}), {});

export const users = {
  me: defineAction<MeView>()({ fn: 'users', name: 'me', input: empty, access: 'anyone' }),

  updateProfile: defineAction<MeView>()({
    fn: 'users',
    name: 'updateProfile',
    access: 'anyone',
    input: v.strictObject({
      name: requiredText('姓名', 20),
      birthYear: v.optional(birthYear),
      phone: v.optional(v.union([mobile(), v.literal('')], '手机号应为11位数字')),
    }),
  }),

  listBuildings: defineAction<BuildingView[]>()({ fn: 'users', name: 'listBuildings', input: empty, access: 'anyone' }),

  bindHousehold: defineAction<MeView>()({
    fn: 'users',
    name: 'bindHousehold',
    access: 'anyone',
    input: v.strictObject({
      buildingId: id('楼栋'),
      unit: requiredText('单元', 10),
      room,
      name: requiredText('姓名', 20),
      phone: v.optional(v.union([mobile(), v.literal('')], '手机号应为11位数字')),
      birthYear: v.optional(birthYear),
    }),
  }),

  listUsers: defineAction<Page<UserRow>>()({
    fn: 'users',
    name: 'listUsers',
    access: ['staff'],
    input: v.optional(
      v.strictObject({
        role: v.optional(choice('角色', ROLES)),
        buildingId: v.optional(id('楼栋')),
        householdStatus: v.optional(choice('核实状态', HOUSEHOLD_STATUSES)),
        keyword: optionalText('搜索词', 20),
        ...paging,
      }),
      {},
    ),
  }),

  getUser: defineAction<UserRow>()({
    fn: 'users',
    name: 'getUser',
    access: ['staff'],
    input: v.strictObject({ userId: id('用户') }),
  }),

  grantRole: defineAction<UserRow>()({
    fn: 'users',
    name: 'grantRole',
    access: ['staff'],
    input: v.strictObject({ userId: id('用户'), role: choice('角色', GRANTABLE_ROLES) }),
  }),

  revokeRole: defineAction<UserRow>()({
    fn: 'users',
    name: 'revokeRole',
    access: ['staff'],
    input: v.strictObject({ userId: id('用户'), role: choice('角色', GRANTABLE_ROLES) }),
  }),

  verifyHousehold: defineAction<UserRow>()({
    fn: 'users',
    name: 'verifyHousehold',
    access: ['staff'],
    input: v.strictObject({
      userId: id('用户'),
      approve: v.boolean('请选择是否通过'),
      note: optionalText('说明', 100),
    }),
  }),

  assignGridWorker: defineAction<BuildingView>()({
    fn: 'users',
    name: 'assignGridWorker',
    access: ['staff'],
    input: v.strictObject({ buildingId: id('楼栋'), userId: id('网格员') }),
  }),

  listAudit: defineAction<Page<AuditRow>>()({
    fn: 'users',
    name: 'listAudit',
    access: ['staff'],
    input: v.optional(v.strictObject({ ...paging }), {}),
  }),
} as const;
