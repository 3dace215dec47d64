import type { ParsedInput } from '@contracts/action';
import type { inbox, InboxItem, InboxPage } from '@contracts/inbox';
import type { Clock } from '../../kernel/clock';
import { invalidInput, ok, type Result } from '../../kernel/result';
import { decodeCursor } from '../../platform/paging';
import type { InboxEntry, InboxRepo } from '../inbox-repo';
import type { SubscriptionRepo } from '../subscription-repo';

export interface InboxDeps {
  inbox: InboxRepo;
  subscriptions: SubscriptionRepo;
  clock: Clock;
}

const toItem = (e: InboxEntry): InboxItem => ({
  id: e.id,
  kind: e.kind,
  title: e.title,
  body: e.body,
  ...(e.link ? { link: e.link } : {}),
  createdAt: e.createdAt.toISOString(),
  read: e.read,
});

export const listInbox = async (
  command: ParsedInput<typeof inbox.listInbox>,
  userId: string,
  deps: InboxDeps,
): Promise<Result<InboxPage>> => {
  if (command.cursor && !decodeCursor(command.cursor)) return invalidInput({ cursor: '分页参数不对' });
  const [page, unread] = await Promise.all([
    deps.inbox.list(userId, command.unreadOnly, command.limit, command.cursor),
    deps.inbox.unreadCount(userId),
  ]);
  return ok({ items: page.items.map(toItem), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}), unread });
};

export const unreadCount = async (userId: string, deps: InboxDeps): Promise<Result<{ unread: number }>> =>
  ok({ unread: await deps.inbox.unreadCount(userId) });

/** Only the caller's own messages are touched, whatever ids are sent. */
export const markInboxRead = async (
  command: ParsedInput<typeof inbox.markInboxRead>,
  userId: string,
  deps: InboxDeps,
): Promise<Result<{ unread: number }>> => {
  await deps.inbox.markRead(userId, command.all ? 'all' : (command.ids ?? []), deps.clock.now());
  return ok({ unread: await deps.inbox.unreadCount(userId) });
};

export const recordSubscriptions = async (
  command: ParsedInput<typeof inbox.recordSubscriptions>,
  userId: string,
  deps: InboxDeps,
): Promise<Result<{ recorded: number }>> => {
  const keys = [...new Set(command.accepted)];
  await deps.subscriptions.addGrants(userId, keys, deps.clock.now());
  return ok({ recorded: keys.length });
};
