import { shanghaiParts } from '@contracts/time';
import { DAY } from '../../../kernel/clock';
import { newId } from '../../../kernel/ids';
import { atClock, type Fair } from '../../domain/fair';
import type { FairsDeps } from '../../deps';
import { createStall } from '../add-stall/create-stall';

const clockOf = (at: Date): string => {
  const p = shanghaiParts(at);
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
};

export interface FairTemplate {
  title: string;
  place: string;
  description: string;
  bookingCap: number;
  opensAt: string;
  closesAt: string;
  coverFileId?: string;
  /** A fair whose stalls and shifts are copied too. */
  source?: Fair;
}

export const templateOf = (fair: Fair): FairTemplate => ({
  title: fair.title,
  place: fair.place,
  description: fair.description,
  bookingCap: fair.bookingCap,
  opensAt: clockOf(fair.opensAt),
  closesAt: clockOf(fair.closesAt),
  ...(fair.coverFileId ? { coverFileId: fair.coverFileId } : {}),
  source: fair,
});

/**
 * A new draft fair on `date` from a template: same place and hours, and the source's stalls
 * (booking opening moved by the same number of days) and shifts (without volunteers). Every
 * piece is created under a key derived from `createKey`, so a retry or a re-run makes nothing twice.
 */
export const copyInto = async (
  template: FairTemplate,
  target: { date: string; createKey: string; createdBy: string; seriesId?: string },
  deps: FairsDeps,
): Promise<Fair> => {
  const now = deps.clock.now();
  const opensAt = atClock(target.date, template.opensAt);
  const fair = await deps.fairs.create({
    id: newId(),
    title: template.title,
    date: target.date,
    opensAt,
    closesAt: atClock(target.date, template.closesAt),
    place: template.place,
    description: template.description,
    ...(template.coverFileId ? { coverFileId: template.coverFileId } : {}),
    bookingCap: template.bookingCap,
    status: 'draft',
    stallCount: 0,
    ...(target.seriesId ? { seriesId: target.seriesId } : {}),
    ...(template.source ? { copiedFrom: template.source.id } : {}),
    createKey: target.createKey,
    createdBy: target.createdBy,
    createdAt: now,
    updatedAt: now,
  });
  const source = template.source;
  if (!source) return fair;
  const shift = Math.round((opensAt.getTime() - atClock(source.date, template.opensAt).getTime()) / DAY) * DAY;
  const moved = (at: Date) => new Date(at.getTime() + shift);
  const [stalls, shifts] = await Promise.all([deps.stalls.byFair(source.id), deps.shifts.byFair(source.id)]);
  for (const s of stalls) {
    const stall = await createStall(
      fair,
      {
        service: s.service,
        serviceType: s.serviceType,
        team: s.team,
        location: s.location,
        mode: s.mode,
        slotMinutes: s.slotMinutes,
        capacity: s.capacity,
        audience: s.audience,
        buildingIds: s.buildingIds,
        ...(s.bookingOpensAt ? { bookingOpensAt: moved(s.bookingOpensAt) } : {}),
      },
      `copy:${fair.id}:${s.id}`,
      deps,
    );
    for (const sh of shifts.filter((x) => x.stallId === s.id)) {
      await deps.shifts.create({
        id: newId(),
        fairId: fair.id,
        stallId: stall.id,
        startsAt: moved(sh.startsAt),
        endsAt: moved(sh.endsAt),
        capacity: sh.capacity,
        selfSignup: sh.selfSignup,
        volunteers: [],
        createKey: `copy:${fair.id}:${sh.id}`,
        createdAt: now,
      });
    }
  }
  return (await deps.fairs.byId(fair.id)) ?? fair;
};
