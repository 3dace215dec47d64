import { OPEN_STATUSES, type HandlerOrg, type TicketStatus } from '@contracts/tickets';
import type { Database } from '../../platform/cloudbase';
import { decodeCursor, encodeCursor } from '../../platform/paging';
import type { DeadlineKind, Ticket } from '../domain/ticket';
import { TICKETS_COLLECTION, toTicket, type TicketDoc } from './docs';

/** Equality filters of the lists; each combination used alone has a compound index (cloudbase.indexes.json). */
export interface TicketFilter {
  status?: readonly TicketStatus[];
  categoryId?: string;
  buildingId?: string;
  overdue?: true;
  assigneeId?: string;
  handlerOrg?: HandlerOrg;
  reporterId?: string;
  followerId?: string;
  listed?: true;
  held?: true;
}

export interface TicketPage {
  items: Ticket[];
  nextCursor?: string;
}

export interface TicketRepo {
  byId(id: string): Promise<Ticket | undefined>;
  /** Newest first by (createdAt, id), from an opaque cursor: the same cost at any depth. */
  list(filter: TicketFilter, limit: number, cursor?: string): Promise<TicketPage>;
  count(filter: TicketFilter): Promise<number>;
  /**
   * Lists a public report for neighbours or takes it out of their list, and ends any hold.
   * Only a report its reporter made public; true when something changed.
   */
  setListed(id: string, list: boolean, at: Date): Promise<boolean>;
  /** Adds a follower to a listed, open ticket; undefined when it is not one (or gone). */
  follow(id: string, userId: string): Promise<Ticket | undefined>;
  /** Open tickets of a category, newest first, for duplicate suggestions (bounded). */
  openInCategory(categoryId: string, limit: number): Promise<Ticket[]>;
  /** Tickets whose deadline alarm has gone off by `now`. */
  dueAlarms(deadline: DeadlineKind, now: Date, limit: number): Promise<Ticket[]>;
  /** Silences an alarm once it was reported, unless it was set again meanwhile (a reopening). */
  clearAlarm(id: string, deadline: DeadlineKind, was: Date): Promise<void>;
  /** Resolved tickets resolved at or before `cutoff`, oldest first. */
  resolvedBefore(cutoff: Date, limit: number): Promise<Ticket[]>;
  /** Tickets filed in [from, to), oldest first, a page at a time. */
  createdBetween(from: Date, to: Date, limit: number, afterId?: { at: Date; id: string }): Promise<Ticket[]>;
}

const ALARM_FIELD: Record<DeadlineKind, 'responseAlarmAt' | 'resolutionAlarmAt'> = {
  response: 'responseAlarmAt',
  resolution: 'resolutionAlarmAt',
};

export const cloudbaseTicketRepo = (db: Database): TicketRepo => {
  const collection = db.collection(TICKETS_COLLECTION);
  const _ = db.command;

  const whereOf = (filter: TicketFilter): Record<string, unknown> => {
    const where: Record<string, unknown> = {};
    if (filter.status) where.status = filter.status.length === 1 ? filter.status[0] : _.in([...filter.status]);
    if (filter.categoryId) where.categoryId = filter.categoryId;
    if (filter.buildingId !== undefined) where.buildingId = filter.buildingId;
    if (filter.overdue) where.overdue = true;
    if (filter.assigneeId !== undefined) where.assigneeId = filter.assigneeId;
    if (filter.handlerOrg) where.handlerOrg = filter.handlerOrg;
    if (filter.reporterId) where.reporterId = filter.reporterId;
    if (filter.followerId) where.followerIds = filter.followerId;
    if (filter.listed) where.listed = true;
    if (filter.held) where.held = true;
    return where;
  };

  const docs = (res: { data: unknown }) => (res.data as TicketDoc[]).map(toTicket);
  const byId = async (id: string) => docs(await collection.where({ _id: id }).limit(1).get())[0];

  return {
    byId,
    async list(filter, limit, cursor) {
      const where = whereOf(filter);
      const after = decodeCursor(cursor);
      // The range on createdAt lets the index start at the cursor instead of skipping to it.
      const query = after
        ? _.and([
            where,
            { createdAt: _.lte(new Date(after.at)) },
            _.or([{ createdAt: _.lt(new Date(after.at)) }, { createdAt: new Date(after.at), _id: _.lt(after.id) }]),
          ])
        : where;
      const res = await collection
        .where(query)
        .orderBy('createdAt', 'desc')
        .orderBy('_id', 'desc')
        .limit(limit + 1)
        .get();
      const found = docs(res);
      const items = found.slice(0, limit);
      const last = items[items.length - 1];
      return {
        items,
        ...(found.length > limit && last ? { nextCursor: encodeCursor({ at: last.createdAt.getTime(), id: last.id }) } : {}),
      };
    },
    async count(filter) {
      const res = await collection.where(whereOf(filter)).count();
      return Number(res.total);
    },
    async setListed(id, list, at) {
      const res = await collection
        .where(_.and([{ _id: id, public: true }, _.or([{ held: true }, { listed: !list }])]))
        .update({ held: false, listed: list, updatedAt: at });
      return Number(res.updated) === 1;
    },
    async follow(id, userId) {
      // Conditional and idempotent: only a listed, open ticket gains a follower, and only once.
      await collection.where({ _id: id, listed: true, status: _.in([...OPEN_STATUSES]) }).update({ followerIds: _.addToSet(userId) });
      // `updated` is 0 both when already following and when not allowed: the stored ticket tells which.
      const ticket = await byId(id);
      return ticket?.followerIds.includes(userId) ? ticket : undefined;
    },
    async openInCategory(categoryId, limit) {
      const res = await collection
        .where({ categoryId, status: _.in([...OPEN_STATUSES]) })
        .orderBy('createdAt', 'desc')
        .orderBy('_id', 'desc')
        .limit(limit)
        .get();
      return docs(res);
    },
    async dueAlarms(deadline, now, limit) {
      const field = ALARM_FIELD[deadline];
      const res = await collection
        .where({ [field]: _.lte(now) })
        .orderBy(field, 'asc')
        .limit(limit)
        .get();
      return docs(res);
    },
    async clearAlarm(id, deadline, was) {
      const field = ALARM_FIELD[deadline];
      await collection.where({ _id: id, [field]: was }).update({ [field]: _.remove() });
    },
    async resolvedBefore(cutoff, limit) {
      const res = await collection
        .where({ status: 'resolved', resolvedAt: _.lte(cutoff) })
        .orderBy('resolvedAt', 'asc')
        .limit(limit)
        .get();
      return docs(res);
    },
    async createdBetween(from, to, limit, after) {
      const query = after
        ? _.and([
            { createdAt: _.gte(after.at) },
            { createdAt: _.lt(to) },
            _.or([{ createdAt: _.gt(after.at) }, { createdAt: after.at, _id: _.gt(after.id) }]),
          ])
        : _.and([{ createdAt: _.gte(from) }, { createdAt: _.lt(to) }]);
      const res = await collection.where(query).orderBy('createdAt', 'asc').orderBy('_id', 'asc').limit(limit).get();
      return docs(res);
    },
  };
};
