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
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_MESSAGES, value);
