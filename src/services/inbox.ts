import type { Page } from '@contracts/fields';

/**
 * The in-app inbox (消息). Every notification lands here, whether or not WeChat let us send a
 * subscribe message. Until the messaging issue wires it to its action, it is always empty.
 */
export interface InboxEntry {
  id: string;
  title: string;
  body: string;
  createdAt: string;
  read: boolean;
  /** An app page to open, e.g. `/packages/tickets/detail/index?id=…`. */
  link?: string;
}

export const listInbox = async (): Promise<Page<InboxEntry>> => ({ items: [] });
