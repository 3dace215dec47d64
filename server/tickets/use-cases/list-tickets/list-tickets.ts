import type { ParsedInput } from '@contracts/action';
import type { Page } from '@contracts/fields';
import { OPEN_STATUSES, type QueueCounts, type QueueItem, type TicketSummary, type tickets } from '@contracts/tickets';
import { invalidInput, ok, type Result } from '../../../kernel/result';
import { decodeCursor } from '../../../platform/paging';
import type { Caller } from '../../../users/caller';
import type { TicketsDeps } from '../../deps';
import type { TicketFilter } from '../../infra/ticket-repo';
import { toQueueItem, toSummary } from '../../views';

type Deps = Pick<TicketsDeps, 'tickets'>;

const badCursor = (cursor: string | undefined) => Boolean(cursor && !decodeCursor(cursor));
const CURSOR_ERROR = { cursor: '分页参数不对' };

/** The caller's own reports (with the room: they are theirs), or the ones they follow (without). */
export const listMyTickets = async (
  command: ParsedInput<typeof tickets.listMyTickets>,
  caller: Caller,
  deps: Deps,
): Promise<Result<Page<TicketSummary>>> => {
  if (badCursor(command.cursor)) return invalidInput(CURSOR_ERROR);
  const mine = command.scope === 'reported';
  const filter: TicketFilter = mine ? { reporterId: caller.user.id } : { followerId: caller.user.id };
  const page = await deps.tickets.list(filter, command.limit, command.cursor);
  return ok({ items: page.items.map((t) => toSummary(t, mine)), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) });
};

/** Neighbours' public reports: no name, phone or room, ever. */
export const listPublicTickets = async (
  command: ParsedInput<typeof tickets.listPublicTickets>,
  deps: Deps,
): Promise<Result<Page<TicketSummary>>> => {
  if (badCursor(command.cursor)) return invalidInput(CURSOR_ERROR);
  const page = await deps.tickets.list({ listed: true }, command.limit, command.cursor);
  return ok({ items: page.items.map((t) => toSummary(t, false)), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) });
};

/** Property people see what the property company handles; community staff and grid workers see everything. */
const scopeOf = (caller: Caller): TicketFilter =>
  caller.roles.includes('staff') || caller.roles.includes('grid_worker') ? {} : { handlerOrg: 'property' };

export const listQueue = async (
  command: ParsedInput<typeof tickets.listQueue>,
  caller: Caller,
  deps: Deps,
): Promise<Result<Page<QueueItem>>> => {
  if (badCursor(command.cursor)) return invalidInput(CURSOR_ERROR);
  const filter: TicketFilter = {
    ...scopeOf(caller),
    ...(command.status ? { status: command.status === 'open' ? OPEN_STATUSES : [command.status] } : {}),
    ...(command.categoryId ? { categoryId: command.categoryId } : {}),
    ...(command.buildingId ? { buildingId: command.buildingId } : {}),
    ...(command.overdue ? { overdue: true as const } : {}),
    ...(command.assigned ? { assigneeId: command.assigned === 'me' ? caller.user.id : '' } : {}),
    ...(command.held ? { held: true as const } : {}),
  };
  const page = await deps.tickets.list(filter, command.limit, command.cursor);
  return ok({ items: page.items.map(toQueueItem), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) });
};

/** The queue's counts: open work only, so each is an index count that stays small. */
export const queueCounts = async (caller: Caller, deps: Deps): Promise<Result<QueueCounts>> => {
  const scope = scopeOf(caller);
  const count = (filter: TicketFilter) => deps.tickets.count({ ...scope, ...filter });
  const [submitted, accepted, inProgress, resolved, overdue, mine, unassigned, held] = await Promise.all([
    count({ status: ['submitted'] }),
    count({ status: ['accepted'] }),
    count({ status: ['in_progress'] }),
    count({ status: ['resolved'] }),
    count({ overdue: true }),
    count({ assigneeId: caller.user.id, status: OPEN_STATUSES }),
    count({ assigneeId: '', status: OPEN_STATUSES }),
    count({ held: true }),
  ]);
  return ok({ submitted, accepted, in_progress: inProgress, resolved, overdue, mine, unassigned, held });
};
