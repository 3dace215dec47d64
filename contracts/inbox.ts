import * as v from 'valibot';
import { defineAction } from './action';
import { id, paging, type Page } from './fields';

/** What a message in the in-app inbox (消息) is about; the app picks an icon and a link by it. */
export const INBOX_KINDS = ['notice', 'ticket', 'fair', 'market', 'canteen', 'system'] as const;
export type InboxKind = (typeof INBOX_KINDS)[number];

export interface InboxItem {
  id: string;
  kind: InboxKind;
  title: string;
  body: string;
  /** An app page to open, e.g. `/packages/tickets/detail/index?id=…`. */
  link?: string;
  createdAt: string;
  read: boolean;
}

export type InboxPage = Page<InboxItem> & { unread: number };

/**
 * WeChat subscribe-message templates linli sends. A grant from the person (one tap on
 * requestSubscribeMessage) allows one message; without one, the inbox still gets everything.
 */
export const SUBSCRIBE_TEMPLATE_KEYS = ['noticePublished', 'ticketUpdate', 'bookingUpdate'] as const;
export type SubscribeTemplateKey = (typeof SUBSCRIBE_TEMPLATE_KEYS)[number];

export const inbox = {
  listInbox: defineAction<InboxPage>()({
    fn: 'users',
    name: 'listInbox',
    access: 'anyone',
    input: v.optional(v.strictObject({ unreadOnly: v.optional(v.boolean('参数不对'), false), ...paging }), {}),
  }),
  unreadCount: defineAction<{ unread: number }>()({
    fn: 'users',
    name: 'unreadCount',
    access: 'anyone',
    input: v.optional(v.strictObject({}), {}),
  }),
  markInboxRead: defineAction<{ unread: number }>()({
    fn: 'users',
    name: 'markInboxRead',
    access: 'anyone',
    input: v.pipe(
      v.strictObject({
        ids: v.optional(v.pipe(v.array(id('消息'), '参数不对'), v.minLength(1, '请选择消息'), v.maxLength(50, '一次最多50条'))),
        all: v.optional(v.literal(true, '参数不对')),
      }),
      v.check((input) => (input.ids !== undefined) !== (input.all !== undefined), '请选择要标为已读的消息'),
    ),
  }),
  /** The app reports which templates the person accepted in requestSubscribeMessage. */
  recordSubscriptions: defineAction<{ recorded: number }>()({
    fn: 'users',
    name: 'recordSubscriptions',
    access: 'anyone',
    input: v.strictObject({
      accepted: v.pipe(v.array(v.picklist(SUBSCRIBE_TEMPLATE_KEYS, '不支持的消息类型'), '参数不对'), v.maxLength(5, '一次最多订阅5类消息')),
    }),
  }),
} as const;
