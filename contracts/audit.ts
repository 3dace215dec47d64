/**
 * Every action the audit log records, with the Chinese words staff read in 操作记录. The backend
 * writes only these names (the type is checked), so each new audited action needs its label here.
 */
export const AUDIT_ACTION_LABELS = {
  // People and households
  grantRole: '设置角色',
  revokeRole: '取消角色',
  verifyHousehold: '核实房屋',
  assignGridWorker: '指派网格员',
  linkRelative: '关联亲属',
  unlinkRelative: '解除亲属关联',
  registerOffline: '登记无手机长者',
  // 报事报修
  revealContact: '查看报修人联系方式',
  saveCategory: '修改报修分类',
  reviewListing: '审核报修是否公开',
  // 社区公告
  publishNotice: '发布通知',
  scheduleNotice: '定时发布通知',
  editNotice: '修改已发布的通知',
  withdrawNotice: '撤回通知',
  pinNotice: '置顶通知',
  unpinNotice: '取消置顶通知',
  confirmNoticeContent: '确认通知内容',
  // 志愿服务大集
  createFair: '新建大集',
  updateFair: '修改大集',
  copyFair: '复制大集',
  publishFair: '发布大集',
  cancelFair: '取消大集',
  addFairStall: '添加摊位',
  removeFairStall: '删除摊位',
  assignFairShift: '安排志愿者班次',
  cancelFairBooking: '代为取消预约',
  createFairSeries: '设置定期大集',
  stopFairSeries: '停止定期大集',
  correctVolunteerHours: '更正志愿服务时长',
} as const;

export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;

export const auditActionLabel = (action: string): string =>
  Object.prototype.hasOwnProperty.call(AUDIT_ACTION_LABELS, action) ? AUDIT_ACTION_LABELS[action as AuditAction] : action;
