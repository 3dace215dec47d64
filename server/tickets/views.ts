import { maskName } from '@contracts/privacy';
import type { CategoryView, PlaceView, QueueItem, TicketDetail, TicketRelation, TicketSummary, TimelineEntry } from '@contracts/tickets';
import { ROLE_LABELS } from '@contracts/roles';
import type { User } from '../users/domain/user';
import { actorsOf, relationOf, seesPrivate, type Person } from './domain/actors';
import type { Category } from './domain/category';
import { confirmBy, guard, nudgeAvailableAt } from './domain/rules';
import { actionsFrom } from './domain/state-machine';
import { excerptOf, type Place, type Ticket, type TicketEvent } from './domain/ticket';

const iso = (d: Date | undefined) => (d ? d.toISOString() : undefined);
const optional = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

/** One line for the place: with the room only for those who may know where the reporter lives. */
export const placeLabel = (place: Place, withRoom: boolean): string => {
  if (place.type === 'household') {
    const building = place.buildingName ?? '';
    return withRoom ? [building, place.unit, place.room].filter(Boolean).join(' ') : `${building}住户家中`;
  }
  return [place.buildingName, place.spot].filter(Boolean).join(' ');
};

const placeView = (place: Place, withRoom: boolean): PlaceView => ({
  type: place.type,
  ...optional('buildingId', place.buildingId),
  ...optional('buildingName', place.buildingName),
  ...(withRoom ? { ...optional('unit', place.unit), ...optional('room', place.room) } : {}),
  ...optional('spot', place.spot),
  ...optional('point', place.point),
  label: placeLabel(place, withRoom),
});

export const toSummary = (ticket: Ticket, withRoom: boolean): TicketSummary => ({
  id: ticket.id,
  kind: ticket.kind,
  categoryId: ticket.categoryId,
  categoryName: ticket.categoryName,
  status: ticket.status,
  excerpt: excerptOf(ticket.description),
  placeLabel: placeLabel(ticket.place, withRoom),
  createdAt: ticket.createdAt.toISOString(),
  updatedAt: ticket.updatedAt.toISOString(),
  overdue: ticket.overdue,
  followers: ticket.followerIds.length,
  ...optional('photo', ticket.photos[0]),
  ...optional('expectedAt', iso(ticket.expectedAt)),
});

export const toQueueItem = (ticket: Ticket): QueueItem => ({
  ...toSummary(ticket, true),
  handler: ticket.handlerOrg,
  ...optional('assigneeName', ticket.assigneeName),
  ...optional('buildingId', ticket.buildingId || undefined),
  ...optional('responseDueAt', ticket.firstResponseAt ? undefined : ticket.responseDueAt.toISOString()),
  resolutionDueAt: ticket.resolutionDueAt.toISOString(),
  ...optional('nudgedAt', iso(ticket.lastNudgeAt)),
  ...(ticket.held ? { held: true as const } : {}),
});

const actorLabel = (event: TicketEvent, relation: TicketRelation): string => {
  switch (event.actor.kind) {
    case 'reporter':
      return relation === 'reporter' ? '我' : '报告人';
    case 'staff':
      return `${ROLE_LABELS.staff} ${event.actor.name}`;
    case 'property':
      return `${ROLE_LABELS.property} ${event.actor.name}`;
    default:
      return '系统';
  }
};

/** Neighbours see what was done, not what the reporter wrote later (reasons, comments, photos) or the rating. */
const toEntry = (event: TicketEvent, relation: TicketRelation): TimelineEntry => {
  const hideResident = !seesPrivate(relation) && event.actor.kind === 'reporter';
  return {
    id: event.id,
    seq: event.seq,
    at: event.at.toISOString(),
    action: event.action,
    actor: actorLabel(event, relation),
    status: event.status,
    ...(hideResident ? {} : optional('note', event.note)),
    photos: hideResident ? [] : event.photos,
    ...optional('expectedAt', iso(event.expectedAt)),
    ...(hideResident ? {} : optional('stars', event.stars)),
    ...optional('assignee', event.assigneeName),
  };
};

/**
 * A ticket as one person may see it, with the actions the transition table (and the time
 * rules) allow them now. The reporter's contact is never here: staff ask for it (audited).
 */
export const toDetail = (
  ticket: Ticket,
  timeline: readonly TicketEvent[],
  person: Person,
  now: Date,
  reporter?: Pick<User, 'name' | 'phone'>,
): TicketDetail => {
  const relation = relationOf(ticket, person);
  const privateView = seesPrivate(relation);
  const actions = actionsFrom(ticket.status, actorsOf(ticket, person)).filter((action) => !guard(ticket, action, now));
  const nudgeAt = nudgeAvailableAt(ticket);
  return {
    id: ticket.id,
    kind: ticket.kind,
    categoryId: ticket.categoryId,
    categoryName: ticket.categoryName,
    handler: ticket.handlerOrg,
    status: ticket.status,
    description: ticket.description,
    photos: ticket.photos,
    place: placeView(ticket.place, privateView),
    ...(privateView ? optional('visit', ticket.visit) : {}),
    public: ticket.public,
    listed: ticket.listed,
    ...(ticket.held && (relation === 'staff' || relation === 'reporter') ? { held: true as const } : {}),
    createdAt: ticket.createdAt.toISOString(),
    updatedAt: ticket.updatedAt.toISOString(),
    ...optional('expectedAt', iso(ticket.expectedAt)),
    ...optional('resolvedAt', iso(ticket.resolvedAt)),
    ...(privateView
      ? {
          ...optional('responseDueAt', ticket.firstResponseAt ? undefined : ticket.responseDueAt.toISOString()),
          resolutionDueAt: ticket.resolutionDueAt.toISOString(),
        }
      : {}),
    overdue: ticket.overdue,
    followers: ticket.followerIds.length,
    following: ticket.followerIds.includes(person.id),
    relation,
    ...(reporter && relation !== 'reporter' && privateView
      ? { reporter: { name: maskName(reporter.name || '居民'), hasPhone: Boolean(reporter.phone) } }
      : {}),
    ...(ticket.assigneeId && ticket.assigneeName
      ? { assignee: { id: ticket.assigneeId, name: ticket.assigneeName, role: ROLE_LABELS[ticket.assigneeRole ?? 'staff'] } }
      : {}),
    ...(privateView && ticket.rating ? { rating: { stars: ticket.rating.stars, ...optional('comment', ticket.rating.comment) } } : {}),
    actions,
    ...(relation === 'reporter' && nudgeAt && nudgeAt > now ? { nudgeAvailableAt: nudgeAt.toISOString() } : {}),
    ...(ticket.status === 'resolved' ? optional('confirmBy', iso(confirmBy(ticket))) : {}),
    timeline: timeline.map((event) => toEntry(event, relation)),
    version: ticket.version,
  };
};

export const toCategoryView = (category: Category): CategoryView => ({ ...category });
