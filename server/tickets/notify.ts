import { TICKET_KIND_LABELS, type TimelineAction } from '@contracts/tickets';
import { shanghaiDateTime } from '@contracts/time';
import type { Notification } from '../notifications/message';
import type { Recipient } from '../notifications/notifier';
import type { TicketsDeps } from './deps';
import { excerptOf, type DeadlineKind, type Ticket, type TicketEvent } from './domain/ticket';

export const RESIDENT_LINK = '/packages/tickets/detail/index';
export const STAFF_LINK = '/packages/tickets-admin/detail/index';

type NotifyDeps = Pick<TicketsDeps, 'notifier' | 'users' | 'buildings'>;

/** What the reporter and followers are told, with the template's short status (≤ 5 characters). */
const FOR_RESIDENTS: Partial<Record<TimelineAction, { title: string; status: string }>> = {
  accept: { title: '已受理', status: '已受理' },
  assign: { title: '已转派', status: '已转派' },
  reply: { title: '有新回复', status: '新回复' },
  setExpected: { title: '预计完成时间', status: '已定时间' },
  start: { title: '开始处理', status: '处理中' },
  resolve: { title: '已处理完成，请确认', status: '已解决' },
  reject: { title: '已驳回', status: '已驳回' },
  cancel: { title: '已撤销', status: '已撤销' },
  confirm: { title: '已完成', status: '已完成' },
  autoConfirm: { title: '已完成', status: '已完成' },
  reopen: { title: '重新处理', status: '重新处理' },
};

/** What the people handling it are told when the reporter does something. */
const FOR_HANDLERS: Partial<Record<TimelineAction, { title: string; status: string }>> = {
  nudge: { title: '居民催办', status: '催办' },
  reopen: { title: '居民反馈没修好', status: '没修好' },
  cancel: { title: '居民撤销了', status: '已撤销' },
};

const CHUNK = 100;

const recipientsOf = async (userIds: readonly string[], deps: NotifyDeps): Promise<Recipient[]> => {
  const unique = [...new Set(userIds)];
  const out: Recipient[] = [];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const users = await deps.users.byIds(unique.slice(i, i + CHUNK));
    out.push(...users.map((u) => ({ userId: u.id, openid: u.openid })));
  }
  return out;
};

/** Whoever handles the ticket: its assignee, else the staff or property people of its handling organisation. */
const handlerIds = async (ticket: Ticket, deps: NotifyDeps): Promise<string[]> => {
  if (ticket.assigneeId) return [ticket.assigneeId];
  const page = await deps.users.list({ role: ticket.handlerOrg === 'property' ? 'property' : 'staff' }, 50);
  return page.items.map((u) => u.id);
};

const subject = (ticket: Ticket) => `${ticket.categoryName}：${excerptOf(ticket.description, 16)}`;

const message = (
  ticket: Ticket,
  at: Date,
  title: string,
  status: string,
  note: string | undefined,
  link: string,
  sourceKey: string,
): Notification => ({
  kind: 'ticket',
  title,
  body: note ? `${subject(ticket)}。${note}` : subject(ticket),
  link: `${link}?id=${ticket.id}`,
  sourceKey,
  template: { key: 'ticketUpdate', values: { title: subject(ticket), status, note: note ?? title, at: shanghaiDateTime(at) } },
});

/**
 * Tells everyone concerned about one timeline entry: the reporter and followers (not the person
 * who made the change), and the handlers when the reporter acted. Keyed by the entry, so a
 * retry of the change tells nobody twice.
 */
export const announceChange = async (ticket: Ticket, event: TicketEvent, deps: NotifyDeps): Promise<void> => {
  const kind = TICKET_KIND_LABELS[ticket.kind];
  const toResidents = FOR_RESIDENTS[event.action];
  if (toResidents) {
    const ids = [ticket.reporterId, ...ticket.followerIds].filter((id) => id !== event.actor.userId);
    const note = event.action === 'setExpected' && event.expectedAt ? `预计 ${shanghaiDateTime(event.expectedAt)} 前完成` : event.note;
    await deps.notifier.notify(
      await recipientsOf(ids, deps),
      message(
        ticket,
        event.at,
        `${kind}${toResidents.title}`,
        toResidents.status,
        note,
        RESIDENT_LINK,
        `ticket:${ticket.id}:e${event.seq}`,
      ),
    );
  }
  const toHandlers = FOR_HANDLERS[event.action];
  if (toHandlers && event.actor.kind === 'reporter') {
    const ids = (await handlerIds(ticket, deps)).filter((id) => id !== event.actor.userId);
    await deps.notifier.notify(
      await recipientsOf(ids, deps),
      message(
        ticket,
        event.at,
        `${toHandlers.title}：${ticket.categoryName}${kind}`,
        toHandlers.status,
        event.note,
        STAFF_LINK,
        `ticket:${ticket.id}:e${event.seq}:handlers`,
      ),
    );
  }
};

/** A new ticket reaches the people of the organisation that handles its category. */
export const announceNew = async (ticket: Ticket, deps: NotifyDeps): Promise<void> => {
  const ids = (await handlerIds(ticket, deps)).filter((id) => id !== ticket.reporterId);
  const title = `新${TICKET_KIND_LABELS[ticket.kind]}：${ticket.categoryName}`;
  await deps.notifier.notify(
    await recipientsOf(ids, deps),
    message(ticket, ticket.createdAt, title, '待受理', undefined, STAFF_LINK, `ticket:${ticket.id}:new`),
  );
};

/**
 * An overdue ticket is reported to the grid worker of its building (staff when the building has
 * none, or the spot belongs to no building), once per ticket and deadline.
 */
export const announceOverdue = async (ticket: Ticket, deadline: DeadlineKind, deps: NotifyDeps, at: Date): Promise<void> => {
  const building = ticket.buildingId ? await deps.buildings.byId(ticket.buildingId) : undefined;
  const ids = building?.gridWorkerId ? [building.gridWorkerId] : (await deps.users.list({ role: 'staff' }, 50)).items.map((u) => u.id);
  const what = deadline === 'response' ? '超时未受理' : '超时未办结';
  const cycle = deadline === 'response' ? 0 : ticket.reopenCount;
  await deps.notifier.notify(
    await recipientsOf(ids, deps),
    message(
      ticket,
      at,
      `${what}：${ticket.categoryName}${TICKET_KIND_LABELS[ticket.kind]}`,
      '已超时',
      ticket.place.buildingName,
      STAFF_LINK,
      `ticket:${ticket.id}:overdue:${deadline}:${cycle}`,
    ),
  );
};
