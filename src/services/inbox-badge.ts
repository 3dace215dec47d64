import Taro from '@tarojs/taro';
import { unreadCount } from './inbox';

/** The 消息 tab's position in app.config.ts's tab bar. */
const INBOX_TAB = 1;

/**
 * Shows the inbox's unread count on the 消息 tab. Every notice published for the person lands
 * in the inbox, and opening a notice marks its message read, so this one number counts unread
 * notices and unread replies alike. WeChat only allows it from a tab page; tab pages call it
 * when they show. A failure leaves the old badge until the next time.
 */
export const refreshInboxBadge = async (known?: number): Promise<void> => {
  try {
    const unread = known ?? (await unreadCount()).unread;
    if (unread > 0) await Taro.setTabBarBadge({ index: INBOX_TAB, text: unread > 99 ? '99+' : String(unread) });
    else await Taro.removeTabBarBadge({ index: INBOX_TAB });
  } catch {
    // Not on a tab page, or offline: nothing to show now.
  }
};
