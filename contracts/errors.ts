/**
 * Every error code a caller can see, with the Chinese message shown when nothing more specific
 * is said. Codes are stable for programs; messages are for people.
 */
export const ERROR_MESSAGES = {
  INVALID_INPUT: '填写的内容有误，请检查后再试',
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '没有权限进行这个操作',
  NOT_FOUND: '内容不存在或已被删除',
  CONFLICT: '状态已变化，请刷新后再试',
  UNKNOWN_ACTION: '不支持的操作',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  INTERNAL: '系统繁忙，请稍后再试',
  CONTENT_REJECTED: '内容含有不合适的词语，请修改后再提交',
  HOUSEHOLD_REQUIRED: '请先绑定房屋信息',
  NOT_IN_AUDIENCE: '这条通知只发给部分居民，您不在通知范围内',
  NOTICE_WITHDRAWN: '这条通知已撤回',
  NOTICE_EXPIRED: '这条通知已结束',
  CONTENT_NEEDS_REVIEW: '内容含有需要人工确认的词语，请确认无误后再发布',
  PIN_LIMIT_REACHED: '最多置顶3条通知，请先取消其他置顶',
  FAIR_BOOKING_NOT_OPEN: '这个摊位还没有开放预约',
  FAIR_SLOT_ENDED: '这个时段已经结束了',
  FAIR_ALREADY_BOOKED: '已经预约过这个摊位了，同一摊位只能预约一次',
  FAIR_CAP_REACHED: '本次大集的预约次数已用完',
  FAIR_WAITLIST_FULL: '候补人数已满，请选择其他时段',
  FAIR_NOT_ELIGIBLE: '这个摊位只对部分居民开放',
  FAIR_CANCEL_TOO_LATE: '服务已经开始，不能再取消了',
  FAIR_CODE_INVALID: '签到码无效，请核对后再试',
  FAIR_CODE_EXPIRED: '签到码已过期',
  FAIR_CODE_USED: '这个签到码已经用过了',
  FAIR_CODE_WRONG_STALL: '这不是本摊位的预约',
  FAIR_CODE_TOO_EARLY: '还没到预约的时段，请稍后再来签到',
  FAIR_BOOKING_WAITING: '这个预约还在候补中，不能签到',
  FAIR_NOT_ON_SHIFT: '您现在没有在这个摊位值班',
  FAIR_SHIFT_FULL: '这个班次的志愿者已满',
  FAIR_SHIFT_OVERLAP: '与您已报名的班次时间重叠',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_MESSAGES, value);
