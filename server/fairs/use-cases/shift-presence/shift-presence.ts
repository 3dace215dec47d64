import type { ParsedInput } from '@contracts/action';
import type { fairs, ShiftView } from '@contracts/fairs';
import { conflict, fail, ok, type Result } from '../../../kernel/result';
import type { Caller } from '../../../users/caller';
import { monthOf } from '../../domain/hours';
import { onDuty, presenceIdOf, servedMinutes, SHIFT_GRACE_MS, type Presence, type Shift } from '../../domain/shift';
import type { FairsDeps } from '../../deps';
import { shiftView } from '../shifts/shift-views';

const tokenOf = (stallCode: string): string => stallCode.replace(/^ST=/, '');

/** The caller's shift at the stall whose code they scanned, on duty now. */
const dutyAt = async (stallCode: string, caller: Caller, deps: FairsDeps): Promise<Result<Shift>> => {
  const stall = await deps.stalls.byToken(tokenOf(stallCode));
  if (!stall) return fail('FAIR_CODE_INVALID', '摊位码不对，请核对后再试');
  const now = deps.clock.now();
  const mine = (await deps.shifts.byStall(stall.id)).filter((s) => s.volunteers.includes(caller.user.id) && onDuty(s, now));
  // The shift whose start is nearest to now, if two follow each other.
  mine.sort((a, b) => Math.abs(a.startsAt.getTime() - now.getTime()) - Math.abs(b.startsAt.getTime() - now.getTime()));
  return mine[0] ? ok(mine[0]) : fail('FAIR_NOT_ON_SHIFT');
};

/** Writes a presence's minutes to the ledger (once, by its key) and marks it settled. */
export const settlePresence = async (presence: Presence, shift: Shift, deps: FairsDeps): Promise<void> => {
  const outAt = presence.outAt ?? shift.endsAt;
  const { month, year } = monthOf(shift.startsAt);
  const now = deps.clock.now();
  await deps.hours.append({
    id: `shift_${presence.id}`,
    volunteerId: presence.volunteerId,
    minutes: servedMinutes(presence.inAt, outAt, shift),
    kind: 'shift',
    at: shift.startsAt,
    month,
    year,
    shiftId: shift.id,
    fairId: shift.fairId,
    key: `shift:${shift.id}:${presence.volunteerId}`,
    createdAt: now,
  });
  await deps.presence.markSettled(presence.id);
};

/** A volunteer scans the stall's code to start their shift; scanning again changes nothing. */
export const shiftCheckIn = async (
  command: ParsedInput<typeof fairs.shiftCheckIn>,
  caller: Caller,
  deps: FairsDeps,
): Promise<Result<ShiftView>> => {
  const duty = await dutyAt(command.stallCode, caller, deps);
  if (!duty.ok) return duty;
  const shift = duty.data;
  const now = deps.clock.now();
  if (now >= shift.endsAt) return fail('FAIR_NOT_ON_SHIFT', '这个班次已经结束了');
  const id = presenceIdOf(shift.id, caller.user.id);
  const started = await deps.presence.start({
    id,
    shiftId: shift.id,
    fairId: shift.fairId,
    stallId: shift.stallId,
    volunteerId: caller.user.id,
    inAt: now,
    open: true,
    closeBy: new Date(shift.endsAt.getTime() + SHIFT_GRACE_MS),
    settled: false,
  });
  if (!started) {
    const existing = await deps.presence.byId(id);
    if (existing && !existing.open) return conflict('这个班次您已经签退了');
  }
  return ok(await shiftView(shift, caller.user.id, deps));
};

/** Scanning the stall's code again ends the shift; hours = presence within the shift, never more. */
export const shiftCheckOut = async (
  command: ParsedInput<typeof fairs.shiftCheckOut>,
  caller: Caller,
  deps: FairsDeps,
): Promise<Result<ShiftView>> => {
  const duty = await dutyAt(command.stallCode, caller, deps);
  if (!duty.ok) return duty;
  const shift = duty.data;
  const presence = await deps.presence.byId(presenceIdOf(shift.id, caller.user.id));
  if (!presence) return conflict('您还没有签到这个班次');
  const now = deps.clock.now();
  if (presence.open) await deps.presence.close(presence.id, now, false);
  const closed = (await deps.presence.byId(presence.id)) ?? presence;
  if (!closed.settled) await settlePresence(closed, shift, deps);
  return ok(await shiftView(shift, caller.user.id, deps));
};

/**
 * The timer's part: presence never checked out is closed at the shift's end (its grace over),
 * and any closed presence not yet in the ledger is written there. Idempotent.
 */
export const settleDuePresence = async (deps: FairsDeps): Promise<number> => {
  const now = deps.clock.now();
  const due = await deps.presence.dueForSettling(now, 200);
  for (const p of due) {
    const shift = await deps.shifts.byId(p.shiftId);
    if (!shift) continue;
    if (p.open) await deps.presence.close(p.id, shift.endsAt, true);
    const closed = (await deps.presence.byId(p.id)) ?? p;
    await settlePresence(closed, shift, deps);
  }
  return due.length;
};
