import type { ParsedInput } from '@contracts/action';
import type { TicketDetail, tickets } from '@contracts/tickets';
import { shanghaiDate, shanghaiInstant } from '@contracts/time';
import { checkOwnedUploads } from '../../../files/uploads';
import { DAY, HOUR } from '../../../kernel/clock';
import { fail, invalidInput, ok, type Result } from '../../../kernel/result';
import type { Caller } from '../../../users/caller';
import { displayName } from '../../../users/domain/user';
import { detailFor, personOf } from '../../act';
import type { TicketsDeps } from '../../deps';
import { normaliseSpot } from '../../domain/similarity';
import type { Place, Ticket, TicketEvent } from '../../domain/ticket';
import { eventIdFor, ticketIdFor } from '../../keys';
import { announceNew } from '../../notify';

export type SubmitTicketCommand = ParsedInput<typeof tickets.submitTicket>;

/** How far ahead a visit can be booked. */
const VISIT_DAYS_AHEAD = 14;

const visitProblem = (date: string, now: Date): string | undefined => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (shanghaiDate(shanghaiInstant(y, m, d)) !== date) return '上门日期不对';
  if (date < shanghaiDate(now)) return '上门日期不能早于今天';
  if (date > shanghaiDate(new Date(now.getTime() + VISIT_DAYS_AHEAD * DAY))) return `上门日期请选在${VISIT_DAYS_AHEAD}天以内`;
  return undefined;
};

const placeOf = async (command: SubmitTicketCommand, caller: Caller, deps: TicketsDeps): Promise<Result<Place>> => {
  if (command.where === 'household') {
    const home = caller.user.household;
    if (!home || home.status === 'rejected') return fail('HOUSEHOLD_REQUIRED', '报修家里的问题，请先绑定房屋');
    return ok({
      type: 'household',
      buildingId: home.buildingId,
      buildingName: home.buildingName,
      unit: home.unit,
      room: home.room,
      ...(command.spot ? { spot: command.spot } : {}),
    });
  }
  if (!caller.user.household && caller.roles.length === 0) return fail('HOUSEHOLD_REQUIRED');
  if (!command.spot) return invalidInput({ spot: '请填写具体位置，如：3号楼东侧路灯' });
  if (command.visit) return invalidInput({ visit: '公共区域不用预约上门时间' });
  const building = command.buildingId ? await deps.buildings.byId(command.buildingId) : undefined;
  if (command.buildingId && !building) return invalidInput({ buildingId: '请选择小区里的楼栋' });
  return ok({
    type: 'public',
    ...(building ? { buildingId: building.id, buildingName: building.name } : {}),
    spot: command.spot,
    spotKey: normaliseSpot(command.spot),
    ...(command.point ? { point: command.point } : {}),
  });
};

/**
 * A resident files a repair, complaint or suggestion. Everything is checked before anything is
 * written (category, place, visit time, that every photo is the reporter's own upload); a public
 * report is listed for neighbours only if its text passes the content check. The ticket and its
 * first timeline entry are then written together, once per request id.
 */
export const submitTicket = async (command: SubmitTicketCommand, caller: Caller, deps: TicketsDeps): Promise<Result<TicketDetail>> => {
  const now = deps.clock.now();
  const category = await deps.categories.byId(command.categoryId);
  if (!category || !category.active) return invalidInput({ categoryId: '请选择报修分类' });
  const place = await placeOf(command, caller, deps);
  if (!place.ok) return place;
  if (command.visit) {
    if (command.kind !== 'repair') return invalidInput({ visit: '只有报修需要预约上门时间' });
    const problem = visitProblem(command.visit.date, now);
    if (problem) return invalidInput({ 'visit.date': problem });
  }
  const photos = await checkOwnedUploads(
    command.photos,
    { ownerId: caller.user.id, purpose: 'ticket', field: 'photos' },
    { uploads: deps.uploads, clock: deps.clock },
  );
  if (!photos.ok) return photos;
  // The check decides what neighbours may read, never whether staff hear of it: a report of
  // gambling or drugs in the stairwell must reach them even though its words are "risky".
  const verdict = command.public
    ? await deps.content.checkText([command.description, command.spot].filter(Boolean).join('\n'), { openid: caller.openid, scene: 3 })
    : 'pass';

  const id = ticketIdFor(caller.user.id, command.requestId);
  const ticket: Ticket = {
    id,
    version: 1,
    kind: command.kind,
    categoryId: category.id,
    categoryName: category.name,
    handlerOrg: category.handler,
    firstResponseHours: category.firstResponseHours,
    resolutionHours: category.resolutionHours,
    status: 'submitted',
    description: command.description,
    photos: photos.data,
    place: place.data,
    buildingId: place.data.buildingId ?? '',
    ...(command.visit ? { visit: command.visit } : {}),
    public: command.public,
    listed: command.public && verdict === 'pass',
    held: verdict === 'review',
    reporterId: caller.user.id,
    assigneeId: '',
    followerIds: [],
    createdAt: now,
    updatedAt: now,
    responseDueAt: new Date(now.getTime() + category.firstResponseHours * HOUR),
    resolutionDueAt: new Date(now.getTime() + category.resolutionHours * HOUR),
    responseAlarmAt: new Date(now.getTime() + category.firstResponseHours * HOUR),
    resolutionAlarmAt: new Date(now.getTime() + category.resolutionHours * HOUR),
    overdue: false,
    wasOverdue: false,
    reopenCount: 0,
  };
  const event: TicketEvent = {
    id: eventIdFor(id, caller.user.id, 'submit', command.requestId),
    ticketId: id,
    seq: 1,
    action: 'submit',
    actor: { kind: 'reporter', userId: caller.user.id, name: displayName(caller.user) },
    at: now,
    status: 'submitted',
    photos: [],
  };
  const stored = await deps.store.create(ticket, event);
  // Also on a retry: the announcement is keyed by the ticket, so it goes out once.
  await announceNew(stored.ticket, deps);
  return ok(await detailFor(stored.ticket, personOf(caller), deps));
};
