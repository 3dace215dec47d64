import type { ActionInput } from '@contracts/action';
import { inbox } from '@contracts/inbox';
import { call } from './call';

/**
 * The in-app inbox (消息): every notification lands here, whether or not WeChat let the
 * backend send a subscribe message too.
 */
export const listInbox = (input: NonNullable<ActionInput<typeof inbox.listInbox>> = {}) => call(inbox.listInbox, input);
export const unreadCount = () => call(inbox.unreadCount, {});
export const markInboxRead = (input: ActionInput<typeof inbox.markInboxRead>) => call(inbox.markInboxRead, input);
