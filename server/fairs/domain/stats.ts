import { SERVICE_TYPE_LABELS, type BookingStatus, type FairStats, type ServiceType, type StatsRow } from '@contracts/fairs';
import { isNoShow } from './booking';

export interface StatsInput {
  scope: string;
  fairs: number;
  stalls: readonly { id: string; service: string; serviceType: ServiceType; fairTitle?: string }[];
  bookings: readonly { stallId: string; userId: string; elder: boolean; status: BookingStatus; endsAt: Date }[];
  walkIns: readonly { stallId: string }[];
  volunteerMinutes: number;
  now: Date;
}

const emptyRow = (key: string, label: string): StatsRow => ({ key, label, served: 0, bookings: 0, checkedIn: 0, walkIns: 0, noShows: 0 });

/**
 * People served (人次) = check-ins + walk-ins; unique residents and the elders' share count
 * checked-in people once each; the no-show rate is over confirmed bookings whose slot is over.
 */
export const computeStats = (input: StatsInput): FairStats => {
  const byStall = new Map(input.stalls.map((s) => [s.id, emptyRow(s.id, s.fairTitle ? `${s.fairTitle} · ${s.service}` : s.service)]));
  const typeOf = new Map(input.stalls.map((s) => [s.id, s.serviceType]));
  const served = new Map<string, boolean>();
  let noShows = 0;
  let checkedIn = 0;
  for (const b of input.bookings) {
    const row = byStall.get(b.stallId);
    if (!row) continue;
    if (b.status === 'confirmed' || b.status === 'checked_in') row.bookings += 1;
    if (b.status === 'checked_in') {
      row.checkedIn += 1;
      checkedIn += 1;
      served.set(b.userId, b.elder);
    } else if (isNoShow(b, input.now)) {
      row.noShows += 1;
      noShows += 1;
    }
  }
  for (const w of input.walkIns) {
    const row = byStall.get(w.stallId);
    if (row) row.walkIns += 1;
  }
  const stallRows = [...byStall.values()].map((r) => ({ ...r, served: r.checkedIn + r.walkIns }));
  const byType = new Map<ServiceType, StatsRow>();
  for (const r of stallRows) {
    const type = typeOf.get(r.key) ?? 'other';
    const t = byType.get(type) ?? emptyRow(type, SERVICE_TYPE_LABELS[type]);
    byType.set(type, {
      ...t,
      served: t.served + r.served,
      bookings: t.bookings + r.bookings,
      checkedIn: t.checkedIn + r.checkedIn,
      walkIns: t.walkIns + r.walkIns,
      noShows: t.noShows + r.noShows,
    });
  }
  const unique = served.size;
  const elders = [...served.values()].filter(Boolean).length;
  return {
    scope: input.scope,
    fairs: input.fairs,
    served: stallRows.reduce((n, r) => n + r.served, 0),
    uniqueResidents: unique,
    eldersShare: unique ? elders / unique : 0,
    noShowRate: checkedIn + noShows ? noShows / (checkedIn + noShows) : 0,
    volunteerMinutes: input.volunteerMinutes,
    byStall: stallRows,
    byServiceType: [...byType.values()].sort((a, b) => b.served - a.served),
  };
};
