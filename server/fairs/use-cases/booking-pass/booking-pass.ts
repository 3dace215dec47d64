import QRCode from 'qrcode';
import type { ParsedInput } from '@contracts/action';
import type { fairs, PassView } from '@contracts/fairs';
import { conflict, fail, notFound, ok, type Result } from '../../../kernel/result';
import type { Caller } from '../../../users/caller';
import { mayActFor } from '../../access';
import { GRACE_MS } from '../../domain/booking';
import { makePass } from '../../domain/pass';
import type { FairsDeps } from '../../deps';

/** A secret shorter than this is a configuration mistake: no code is issued with it. */
export const MIN_SECRET_LENGTH = 16;

/**
 * The check-in pass of a confirmed booking: a QR that names the booking, expires at the end of
 * its slot plus grace and is signed with the server's secret, and the 6-digit code for reading aloud.
 */
export const bookingPass = async (
  command: ParsedInput<typeof fairs.bookingPass>,
  caller: Caller,
  deps: FairsDeps,
): Promise<Result<PassView>> => {
  const booking = await deps.bookings.byId(command.bookingId);
  if (!booking || !(await mayActFor(caller, booking, deps))) return notFound('找不到这个预约');
  if (booking.status === 'waiting' || booking.status === 'pending') return fail('FAIR_BOOKING_WAITING');
  if (booking.status === 'checked_in') return fail('FAIR_CODE_USED', '已经签到过了');
  if (booking.status !== 'confirmed') return conflict('这个预约已取消');
  const expiresAt = new Date(booking.endsAt.getTime() + GRACE_MS);
  if (expiresAt <= deps.clock.now()) return fail('FAIR_CODE_EXPIRED');
  if (deps.config.codeSecret.length < MIN_SECRET_LENGTH)
    throw new Error('LINLI_CODE_SECRET is not configured: check-in codes cannot be signed');
  const qrText = makePass(deps.config.codeSecret, booking.id, expiresAt);
  const qrImage = await QRCode.toDataURL(qrText, { errorCorrectionLevel: 'M', margin: 2, width: 360 });
  const stall = await deps.stalls.byId(booking.stallId);
  return ok({
    bookingId: booking.id,
    qrText,
    qrImage,
    shortCode: booking.shortCode,
    expiresAt: expiresAt.toISOString(),
    personName: booking.personName,
    service: stall?.service ?? '',
    startsAt: booking.startsAt.toISOString(),
    endsAt: booking.endsAt.toISOString(),
  });
};
