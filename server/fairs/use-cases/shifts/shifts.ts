import type { ParsedInput } from '@contracts/action';
import type { fairs, ShiftView } from '@contracts/fairs';
import { shanghaiDateTime } from '@contracts/time';
import { DAY } from '../../../kernel/clock';
import { newId } from '../../../kernel/ids';
import { conflict, fail, forbidden, invalidInput, notFound, ok, type Result } from '../../../kernel/result';
import { auditActor, type Caller } from '../../../users/caller';
import type { User } from '../../../users/domain/user';
import { atClock } from '../../domain/fair';
import { overlaps, type Shift } from '../../domain/shift';
import type { FairsDeps } from '../../deps';
import { nameOf, recipientsOf } from '../../people';
import { shiftView, shiftViews } from './shift-views';

export const listShifts = async (
  command: ParsedInput<typeof fairs.listShifts>,
  caller: Caller,
  deps: FairsDeps,
): Promise<Result<ShiftView[]>> => {
  const fair = await deps.fairs.byId(command.fairId);
  if (!fair || (fair.status === 'draft' && !caller.roles.includes('staff'))) return notFound('找不到这次大集');
  return ok(await shiftViews(await deps.shifts.byFair(fair.id), caller.user.id, deps));
};

/** The caller's shifts from yesterday on, soonest first. */
export const myShifts = async (caller: Caller, deps: FairsDeps): Promise<Result<ShiftView[]>> => {
  const since = new Date(deps.clock.now().getTime() - DAY);
  return ok(await shiftViews(await deps.shifts.ofVolunteer(caller.user.id, since), caller.user.id, deps));
};

export const addShift = async (
  command: ParsedInput<typeof fairs.addShift>,
  caller: Caller,
  deps: FairsDeps,
): Promise<Result<ShiftView>> => {
  const stall = await deps.stalls.byId(command.stallId);
  const fair = stall ? await deps.fairs.byId(stall.fairId) : undefined;
  if (!stall || !fair) return notFound('找不到这个摊位');
  if (fair.status === 'cancelled') return conflict('这次大集已取消');
  const startsAt = atClock(fair.date, command.startsAt);
  const endsAt = atClock(fair.date, command.endsAt);
  if (endsAt <= startsAt) return invalidInput({ endsAt: '结束时间应晚于开始时间' });
  if (endsAt <= deps.clock.now()) return invalidInput({ endsAt: '这个时间已经过去了' });
  const shift = await deps.shifts.create({
    id: newId(),
    fairId: fair.id,
    stallId: stall.id,
    startsAt,
    endsAt,
    capacity: command.capacity,
    selfSignup: command.selfSignup,
    volunteers: [],
    createKey: `req:${caller.user.id}:${command.requestId}`,
    createdAt: deps.clock.now(),
  });
  return ok(await shiftView(shift, caller.user.id, deps));
};

/** The volunteer's other shifts that overlap this one. */
const clashes = async (shift: Shift, volunteerId: string, deps: FairsDeps): Promise<Shift[]> =>
  (await deps.shifts.ofVolunteer(volunteerId, shift.startsAt)).filter((s) => s.id !== shift.id && overlaps(s, shift));

/**
 * Puts a volunteer on a shift: capacity by a conditional update (the list's length is the head
 * count), overlap checked before and — since two sign-ups can race — again after, undoing it.
 */
const join = async (shift: Shift, volunteer: User, deps: FairsDeps): Promise<Result<Shift>> => {
  if (shift.endsAt <= deps.clock.now()) return conflict('这个班次已经结束');
  if ((await clashes(shift, volunteer.id, deps)).length) return fail('FAIR_SHIFT_OVERLAP');
  const joined = await deps.shifts.join(shift.id, volunteer.id, shift.capacity);
  if (joined === 'full') return fail('FAIR_SHIFT_FULL');
  if (joined === 'joined' && (await clashes(shift, volunteer.id, deps)).length) {
    await deps.shifts.leave(shift.id, volunteer.id);
    return fail('FAIR_SHIFT_OVERLAP');
  }
  return ok((await deps.shifts.byId(shift.id)) ?? shift);
};

export const signUpShift = async (
  command: ParsedInput<typeof fairs.signUpShift>,
  caller: Caller,
  deps: FairsDeps,
): Promise<Result<ShiftView>> => {
  const shift = await deps.shifts.byId(command.shiftId);
  const fair = shift ? await deps.fairs.byId(shift.fairId) : undefined;
  if (!shift || !fair || fair.status === 'draft') return notFound('找不到这个班次');
  if (fair.status === 'cancelled') return conflict('这次大集已取消');
  if (!shift.selfSignup && !shift.volunteers.includes(caller.user.id)) return forbidden('这个班次由社区工作人员安排');
  const joined = await join(shift, caller.user, deps);
  if (!joined.ok) return joined;
  return ok(await shiftView(joined.data, caller.user.id, deps));
};

export const leaveShift = async (
  command: ParsedInput<typeof fairs.leaveShift>,
  caller: Caller,
  deps: FairsDeps,
): Promise<Result<ShiftView>> => {
  const shift = await deps.shifts.byId(command.shiftId);
  if (!shift) return notFound('找不到这个班次');
  if (shift.startsAt <= deps.clock.now() && shift.volunteers.includes(caller.user.id))
    return conflict('班次已经开始，不能退出了，请联系社区工作人员');
  await deps.shifts.leave(shift.id, caller.user.id);
  return ok(await shiftView((await deps.shifts.byId(shift.id)) ?? shift, caller.user.id, deps));
};

/** Staff put a volunteer on a shift; the volunteer is told in their inbox. */
export const assignShift = async (
  command: ParsedInput<typeof fairs.assignShift>,
  caller: Caller,
  deps: FairsDeps,
): Promise<Result<ShiftView>> => {
  const shift = await deps.shifts.byId(command.shiftId);
  const volunteer = await deps.users.byId(command.volunteerId);
  if (!shift) return notFound('找不到这个班次');
  if (!volunteer || !volunteer.roles.includes('volunteer')) return invalidInput({ volunteerId: '请选择一位志愿者' });
  const joined = await join(shift, volunteer, deps);
  if (!joined.ok) return joined;
  const [fair, stall] = await Promise.all([deps.fairs.byId(shift.fairId), deps.stalls.byId(shift.stallId)]);
  const now = deps.clock.now();
  await deps.audit.record({
    at: now,
    ...auditActor(caller),
    action: 'assignFairShift',
    targetType: 'user',
    targetId: volunteer.id,
    targetName: nameOf(volunteer),
    detail: `安排班次：${fair?.title ?? ''} ${stall?.service ?? ''} ${shanghaiDateTime(shift.startsAt)}`,
  });
  await deps.notifier.notify(recipientsOf([volunteer]), {
    kind: 'fair',
    title: '您有新的志愿服务班次',
    body: `${fair?.title ?? ''} · ${stall?.service ?? ''} · ${shanghaiDateTime(shift.startsAt)}`,
    link: '/packages/volunteer/index/index',
    sourceKey: `fair-shift:${shift.id}:assigned:${volunteer.id}`,
  });
  return ok(await shiftView(joined.data, caller.user.id, deps));
};
