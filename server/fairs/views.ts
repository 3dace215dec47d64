import type { BookingView, FairSummary, HoursEntryView, ShiftView, SlotView } from '@contracts/fairs';
import { cancellable, type Booking } from './domain/booking';
import type { Fair } from './domain/fair';
import type { HoursEntry } from './domain/hours';
import type { Presence, Shift } from './domain/shift';
import type { Slot, Stall } from './domain/stall';

export const toFairSummary = (f: Fair): FairSummary => ({
  id: f.id,
  title: f.title,
  date: f.date,
  opensAt: f.opensAt.toISOString(),
  closesAt: f.closesAt.toISOString(),
  place: f.place,
  status: f.status,
  ...(f.coverFileId ? { coverFileId: f.coverFileId } : {}),
  stallCount: f.stallCount,
  ...(f.seriesId ? { seriesId: f.seriesId } : {}),
});

export const toSlotView = (s: Slot, waitingCount: number, now: Date): SlotView => ({
  id: s.id,
  startsAt: s.startsAt.toISOString(),
  endsAt: s.endsAt.toISOString(),
  capacity: s.capacity,
  free: Math.max(0, s.capacity - s.queued),
  waiting: waitingCount,
  ended: s.endsAt <= now,
});

/** A booking as the person it serves (or who made it for them) sees it. */
export const toBookingView = (
  b: Booking,
  ctx: {
    fair?: Pick<Fair, 'title' | 'date' | 'place'>;
    stall?: Pick<Stall, 'service' | 'location'>;
    waitPosition?: number;
    viewerId: string;
    now: Date;
  },
): BookingView => {
  const shows = b.status === 'confirmed' || b.status === 'checked_in';
  return {
    id: b.id,
    fairId: b.fairId,
    fairTitle: ctx.fair?.title ?? '',
    fairDate: ctx.fair?.date ?? '',
    place: ctx.fair?.place ?? '',
    stallId: b.stallId,
    service: ctx.stall?.service ?? '',
    location: ctx.stall?.location ?? '',
    startsAt: b.startsAt.toISOString(),
    endsAt: b.endsAt.toISOString(),
    status: b.status,
    ...(b.status === 'waiting' && ctx.waitPosition ? { waitPosition: ctx.waitPosition } : {}),
    personName: b.personName,
    proxy: b.proxy,
    ...(b.proxy ? { bookedByName: b.bookedByName } : {}),
    ...(shows ? { shortCode: b.shortCode } : {}),
    ...(b.checkedInAt ? { checkedInAt: b.checkedInAt.toISOString() } : {}),
    canCancel: cancellable(b, ctx.now),
  };
};

export const toShiftView = (
  s: Shift,
  ctx: {
    fairTitle: string;
    stall?: Pick<Stall, 'service' | 'location'>;
    names: Map<string, string>;
    viewerId: string;
    presence?: Presence;
  },
): ShiftView => ({
  id: s.id,
  fairId: s.fairId,
  fairTitle: ctx.fairTitle,
  stallId: s.stallId,
  service: ctx.stall?.service ?? '',
  location: ctx.stall?.location ?? '',
  startsAt: s.startsAt.toISOString(),
  endsAt: s.endsAt.toISOString(),
  capacity: s.capacity,
  taken: s.volunteers.length,
  selfSignup: s.selfSignup,
  volunteers: s.volunteers.map((id) => ({ id, name: ctx.names.get(id) ?? '志愿者' })),
  mine: s.volunteers.includes(ctx.viewerId),
  ...(ctx.presence ? { checkedInAt: ctx.presence.inAt.toISOString() } : {}),
  ...(ctx.presence?.outAt ? { checkedOutAt: ctx.presence.outAt.toISOString() } : {}),
});

export const toHoursView = (e: HoursEntry, ctx: { fairTitle?: string; service?: string }): HoursEntryView => ({
  id: e.id,
  at: e.at.toISOString(),
  minutes: e.minutes,
  kind: e.kind,
  ...(ctx.fairTitle ? { fairTitle: ctx.fairTitle } : {}),
  ...(ctx.service ? { service: ctx.service } : {}),
  ...(e.reason ? { reason: e.reason } : {}),
  ...(e.byName ? { byName: e.byName } : {}),
});
