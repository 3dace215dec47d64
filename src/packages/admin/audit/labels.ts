import type { users } from '@contracts/users';

/** Audit rows name the action as the contract does; staff read it in Chinese. */
const LABELS: Partial<Record<keyof typeof users, string>> = {
  grantRole: '设置角色',
  revokeRole: '取消角色',
  verifyHousehold: '核实房屋',
  assignGridWorker: '指派网格员',
  bindHousehold: '绑定房屋',
  updateProfile: '修改资料',
};

/** Actions other domains record (报修: viewing a reporter's contact, changing a category). */
const OTHER_LABELS: Record<string, string> = {
  revealContact: '查看报修人联系方式',
  saveCategory: '修改报修分类',
  // 社区公告
  publishNotice: '发布通知',
  scheduleNotice: '定时发布通知',
  editNotice: '修改已发布的通知',
  withdrawNotice: '撤回通知',
  pinNotice: '置顶通知',
  unpinNotice: '取消置顶通知',
  confirmNoticeContent: '确认通知内容',
};

export const auditActionLabel = (action: string): string => LABELS[action as keyof typeof users] ?? OTHER_LABELS[action] ?? action;
