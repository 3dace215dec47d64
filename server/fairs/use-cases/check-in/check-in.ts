import type { ParsedInput } from '@contracts/action';
import type { CheckInView, fairs } from '@contracts/fairs';
import type { ErrorCode } from '@contracts/errors';
import { shanghaiDateTime } from '@contracts/time';
import { MINUTE } from '../../../kernel/clock';
import { newId } from '../../../kernel/ids';
import { fail, notFound, ok, type Result } from '../../../kernel/result';
import type { Caller } from '../../../users/caller';
import { mayServeStall } from '../../access';
import { EARLY_MS, GRACE_MS, isLive, type Booking } from '../../domain/booking';
import { isShortCode, readPass } from '../../domain/pass';
import type { Stall } from '../../domain/stall';
import type { FairsDeps } from '../../deps';
import { reconcileSlot } from '../reconcile-slot/reconcile-slot';
import { MIN_SECRET_LENGTH } from '../booking-pass/booking-pass';

/** A volunteer who keeps presenting wrong codes is stopped for a while: short codes must not be guessable by trying. */
export const MAX_FAILURES = 10;
export const FAILURE_WINDOW_MS = 10 * MINUTE;

type Method = 'qr' | 'code' | 'name';

interface Attempt {
  caller: Caller;
  stall: Stall;
  method: Method;
  presented: string;
  deps: FairsDeps;
}

/** Every refusal is logged (append-only) with what was presented, masked. */
const refuse = async (a: Attempt, code: ErrorCode, message?: string, bookingId?: string): Promise<Result<CheckInView>> => {
  await a.deps.attempts.append({
    id: newId(),
    at: a.deps.clock.now(),
    actorId: a.caller.user.id,
    stallId: a.stall.id,
    fairId: a.stall.fairId,
    ...(bookingId ? { bookingId } : {}),
    method: a.method,
    outcome: code,
    presented: a.presented,
  });
  return fail(code, message);
};

const mask = (method: Method, text: string): string =>
  method === 'code' ? `${text.slice(0, 2)}****` : method === 'qr' ? `${text.slice(0, 12)}…` : text;

/** Checks the booking against the stall and the time, then marks it served, once. */
const serve = async (a: Attempt, found: Booking): Promise<Result<CheckInView>> => {
  const { deps } = a;
  const now = deps.clock.now();
  let booking = found;
  if (booking.stallId !== a.stall.id) return refuse(a, 'FAIR_CODE_WRONG_STALL', undefined, booking.id);
  if (booking.status === 'cancelled' || booking.status === 'failed') return refuse(a, 'FAIR_CODE_INVALID', '这个预约已取消', booking.id);
  if (booking.status === 'checked_in') {
    return refuse(a, 'FAIR_CODE_USED', `这个签到码已经用过了（${shanghaiDateTime(booking.checkedInAt ?? now)} 已签到）`, booking.id);
  }
  if (booking.status !== 'confirmed') {
    await reconcileSlot(booking.slotId, deps);
    booking = (await deps.bookings.byId(booking.id)) ?? booking;
    if (booking.status !== 'confirmed') return refuse(a, 'FAIR_BOOKING_WAITING', undefined, booking.id);
  }
  if (now.getTime() < booking.startsAt.getTime() - EARLY_MS)
    return refuse(
      a,
      'FAIR_CODE_TOO_EARLY',
      `请在 ${shanghaiDateTime(new Date(booking.startsAt.getTime() - EARLY_MS))} 以后签到`,
      booking.id,
    );
  if (now.getTime() > booking.endsAt.getTime() + GRACE_MS) return refuse(a, 'FAIR_CODE_EXPIRED', undefined, booking.id);
  const served = await deps.bookings.transition(booking.id, ['confirmed'], {
    status: 'checked_in',
    checkedInAt: now,
    checkedInBy: a.caller.user.id,
    checkInMethod: a.method,
  });
  if (!served) return refuse(a, 'FAIR_CODE_USED', undefined, booking.id);
  await deps.attempts.append({
    id: newId(),
    at: now,
    actorId: a.caller.user.id,
    stallId: a.stall.id,
    fairId: a.stall.fairId,
    bookingId: booking.id,
    method: a.method,
    outcome: 'ok',
    presented: a.presented,
  });
  return ok({
    bookingId: booking.id,
    personName: booking.personName,
    home: booking.home,
    service: a.stall.service,
    startsAt: booking.startsAt.toISOString(),
    endsAt: booking.endsAt.toISOString(),
    checkedInAt: now.toISOString(),
  });
};

/** The stall, the caller's right to serve there now, and the rate limit, before any code is looked at. */
const open = async (stallId: string, method: Method, presented: string, caller: Caller, deps: FairsDeps): Promise<Result<Attempt>> => {
  const stall = await deps.stalls.byId(stallId);
  if (!stall) return notFound('找不到这个摊位');
  const now = deps.clock.now();
  if (!(await mayServeStall(caller, stall, now, deps))) return fail('FAIR_NOT_ON_SHIFT');
  const attempt: Attempt = { caller, stall, method, presented: mask(method, presented), deps };
  if ((await deps.attempts.failuresSince(caller.user.id, new Date(now.getTime() - FAILURE_WINDOW_MS))) >= MAX_FAILURES) {
    const refused = await refuse(attempt, 'RATE_LIMITED', '签到码错误次数太多，请10分钟后再试');
    if (!refused.ok) return refused;
  }
  return ok(attempt);
};

/** A volunteer scans (or types) a resident's QR, or types the 6-digit code read aloud or printed. */
export const verifyCode = async (
  command: ParsedInput<typeof fairs.verifyCode>,
  caller: Caller,
  deps: FairsDeps,
): Promise<Result<CheckInView>> => {
  const method: Method = isShortCode(command.code) ? 'code' : 'qr';
  const opened = await open(command.stallId, method, command.code, caller, deps);
  if (!opened.ok) return opened;
  const a = opened.data;
  let bookingId: string | undefined;
  if (method === 'code') {
    bookingId = await deps.bookings.byCode(a.stall.fairId, command.code);
    if (!bookingId) return refuse(a, 'FAIR_CODE_INVALID');
  } else {
    if (deps.config.codeSecret.length < MIN_SECRET_LENGTH)
      throw new Error('LINLI_CODE_SECRET is not configured: check-in codes cannot be verified');
    const pass = readPass(deps.config.codeSecret, command.code);
    if (!pass.ok) return refuse(a, 'FAIR_CODE_INVALID', pass.reason === 'forged' ? '签到码无效（校验不通过）' : undefined);
    if (pass.expiresAt <= deps.clock.now()) return refuse(a, 'FAIR_CODE_EXPIRED', undefined, pass.bookingId);
    bookingId = pass.bookingId;
  }
  const booking = await deps.bookings.byId(bookingId);
  if (!booking) return refuse(a, 'FAIR_CODE_INVALID');
  return serve(a, booking);
};

/** An elder without a phone or a code: found by name and room among this stall's bookings. */
export const checkInByName = async (
  command: ParsedInput<typeof fairs.checkInByName>,
  caller: Caller,
  deps: FairsDeps,
): Promise<Result<CheckInView>> => {
  const opened = await open(command.stallId, 'name', `${command.name} ${command.room}`, caller, deps);
  if (!opened.ok) return opened;
  const a = opened.data;
  const candidates = (await deps.bookings.byStallAndName(command.stallId, command.name)).filter((b) => b.room === command.room);
  const live = candidates.find((b) => isLive(b.status)) ?? candidates[0];
  if (!live) return refuse(a, 'FAIR_CODE_INVALID', '没有找到这位居民在本摊位的预约，请核对姓名和房号');
  return serve(a, live);
};
