import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The signed check-in code in a booking's QR: `LF1.<bookingId>.<expiry>.<signature>`. The
 * signature (HMAC-SHA256 with the server's secret, 128 bits kept) covers the booking and the
 * expiry, so a code cannot be made for another booking, nor its life extended, without the secret.
 */
const VERSION = 'LF1';

const sign = (secret: string, bookingId: string, expSeconds: number): string =>
  createHmac('sha256', secret).update(`${VERSION}|${bookingId}|${expSeconds}`).digest().subarray(0, 16).toString('base64url');

export const makePass = (secret: string, bookingId: string, expiresAt: Date): string => {
  const exp = Math.floor(expiresAt.getTime() / 1000);
  return `${VERSION}.${bookingId}.${exp.toString(36)}.${sign(secret, bookingId, exp)}`;
};

export type PassCheck = { ok: true; bookingId: string; expiresAt: Date } | { ok: false; reason: 'malformed' | 'forged' };

export const readPass = (secret: string, text: string): PassCheck => {
  const match = /^LF1\.([A-Za-z0-9_-]{1,64})\.([0-9a-z]{1,10})\.([A-Za-z0-9_-]{22})$/.exec(text);
  if (!match) return { ok: false, reason: 'malformed' };
  const [, bookingId, expText, signature] = match as unknown as [string, string, string, string];
  const exp = parseInt(expText, 36);
  const expected = Buffer.from(sign(secret, bookingId, exp));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'forged' };
  return { ok: true, bookingId, expiresAt: new Date(exp * 1000) };
};

/** Six digits to read aloud or print; unique per fair (claimed through a unique document id). */
export const isShortCode = (text: string): boolean => /^\d{6}$/.test(text);
