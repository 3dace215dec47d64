import type { IncomingMessage } from 'node:http';
import { sessionOpenid } from '../session';

export const TEST_IDENTITY_HEADER = 'x-linli-openid';

export type Identity = { openid: string } | { openid: undefined } | { refused: string };

/**
 * Who the browser is: the signed session cookie, or — for tests, and only in local mode — the
 * x-linli-openid header. Outside local mode that header is refused, never trusted.
 */
export const identify = (req: IncomingMessage, secret: Buffer, localMode: boolean): Identity => {
  const header = req.headers[TEST_IDENTITY_HEADER];
  if (header !== undefined) {
    if (!localMode) return { refused: 'test identity header outside local mode' };
    const openid = Array.isArray(header) ? header[0] : header;
    if (openid && /^[A-Za-z0-9_-]{1,64}$/.test(openid)) return { openid };
    return { refused: 'malformed test identity header' };
  }
  return { openid: sessionOpenid(secret, req.headers.cookie) };
};
