import type { ParsedInput } from '@contracts/action';
import type { BoardStall, FairBoard, fairs } from '@contracts/fairs';
import { notFound, ok, type Result } from '../../../kernel/result';
import { isNoShow } from '../../domain/booking';
import type { FairsDeps } from '../../deps';
import { nameOf } from '../../people';
import { toFairSummary } from '../../views';

/** The fair day at a glance, per stall: booked, checked in, no-shows, waiting, walk-ins, who is on shift now. */
export const fairBoard = async (command: ParsedInput<typeof fairs.fairBoard>, deps: FairsDeps): Promise<Result<FairBoard>> => {
  const fair = await deps.fairs.byId(command.fairId);
  if (!fair) return notFound('找不到这次大集');
  const now = deps.clock.now();
  const [stalls, bookings, walkIns, shifts] = await Promise.all([
    deps.stalls.byFair(fair.id),
    deps.bookings.ofFairs([fair.id]),
    deps.walkIns.ofFairs([fair.id]),
    deps.shifts.byFair(fair.id),
  ]);
  const presence = (await deps.presence.ofShifts(shifts.map((s) => s.id))).filter((p) => p.open);
  const people = new Map((await deps.users.byIds([...new Set(presence.map((p) => p.volunteerId))])).map((u) => [u.id, nameOf(u)]));
  const rows: BoardStall[] = stalls.map((stall) => {
    const mine = bookings.filter((b) => b.stallId === stall.id);
    return {
      stallId: stall.id,
      service: stall.service,
      location: stall.location,
      mode: stall.mode,
      booked: mine.filter((b) => b.status === 'confirmed' || b.status === 'checked_in').length,
      checkedIn: mine.filter((b) => b.status === 'checked_in').length,
      noShow: mine.filter((b) => isNoShow(b, now)).length,
      waiting: mine.filter((b) => b.status === 'waiting').length,
      walkIns: walkIns.filter((w) => w.stallId === stall.id).length,
      onShift: presence
        .filter((p) => p.stallId === stall.id)
        .map((p) => ({ name: people.get(p.volunteerId) ?? '志愿者', since: p.inAt.toISOString() })),
    };
  });
  return ok({ fair: toFairSummary(fair), at: now.toISOString(), stalls: rows });
};
