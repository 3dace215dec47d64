import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Local sign-in stands in for WeChat's identity: the chosen demo person's OPENID travels in a
 * signed, HttpOnly cookie, so the browser cannot claim to be someone else by editing it.
 */
export const SESSION_COOKIE = 'linli_session';

export const loadOrCreateSecret = (path: string): Buffer => {
  if (existsSync(path)) return Buffer.from(readFileSync(path, 'utf8').trim(), 'hex');
  mkdirSync(dirname(path), { recursive: true });
  const secret = randomBytes(32);
  writeFileSync(path, secret.toString('hex'), { mode: 0o600 });
  return secret;
};

const sign = (secret: Buffer, payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');

export const sessionCookie = (secret: Buffer, openid: string): string => {
  const payload = Buffer.from(JSON.stringify({ openid }), 'utf8').toString('base64url');
  return `${SESSION_COOKIE}=${payload}.${sign(secret, payload)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${30 * 24 * 3600}`;
};

export const clearedSessionCookie = `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`;

const readCookie = (header: string | undefined, name: string): string | undefined => {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
};

/** The signed-in OPENID, or undefined for a missing, malformed or tampered cookie. */
export const sessionOpenid = (secret: Buffer, cookieHeader: string | undefined): string | undefined => {
  const value = readCookie(cookieHeader, SESSION_COOKIE);
  if (!value) return undefined;
  const [payload, signature] = value.split('.');
  if (!payload || !signature) return undefined;
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { openid?: unknown };
    return typeof parsed.openid === 'string' && parsed.openid ? parsed.openid : undefined;
  } catch {
    return undefined;
  }
};
