import type { ShiftView } from '@contracts/fairs';
import { presenceIdOf, type Shift } from '../../domain/shift';
import type { FairsDeps } from '../../deps';
import { nameOf } from '../../people';
import { toShiftView } from '../../views';

/** Shifts with their fair, stall, volunteers' names and the viewer's own presence. */
export const shiftViews = async (shifts: readonly Shift[], viewerId: string, deps: FairsDeps): Promise<ShiftView[]> => {
  if (!shifts.length) return [];
  const fairIds = [...new Set(shifts.map((s) => s.fairId))];
  const volunteerIds = [...new Set(shifts.flatMap((s) => s.volunteers))];
  const [fairList, stallList, people, presence] = await Promise.all([
    deps.fairs.byIds(fairIds),
    deps.stalls.byFairs(fairIds),
    deps.users.byIds(volunteerIds),
    deps.presence.ofShifts(shifts.map((s) => s.id)),
  ]);
  const fairs = new Map(fairList.map((f) => [f.id, f]));
  const stalls = new Map(stallList.map((s) => [s.id, s]));
  const names = new Map(people.map((u) => [u.id, nameOf(u)]));
  const mine = new Map(presence.filter((p) => p.volunteerId === viewerId).map((p) => [p.id, p]));
  return shifts.map((s) =>
    toShiftView(s, {
      fairTitle: fairs.get(s.fairId)?.title ?? '',
      stall: stalls.get(s.stallId),
      names,
      viewerId,
      presence: mine.get(presenceIdOf(s.id, viewerId)),
    }),
  );
};

export const shiftView = async (shift: Shift, viewerId: string, deps: FairsDeps): Promise<ShiftView> =>
  (await shiftViews([shift], viewerId, deps))[0] as ShiftView;
