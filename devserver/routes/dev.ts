import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEMO_PEOPLE } from '../demo-people';
import type { Outbox } from '../openapi/outbox';
import { clearedSessionCookie, sessionCookie, sessionOpenid } from '../session';
import { failure, readBody, sendJson } from './http';

export interface DevDeps {
  secret: Buffer;
  localMode: boolean;
  outbox: Outbox;
}

/**
 * `/api/dev/*`: local sign-in as a demo person (standing in for WeChat login) and a look at
 * what WeChat would have sent. None of it exists outside local mode.
 */
export const handleDev = async (req: IncomingMessage, res: ServerResponse, path: string, deps: DevDeps): Promise<void> => {
  if (!deps.localMode) return sendJson(res, 404, failure('NOT_FOUND'));
  const route = `${req.method ?? 'GET'} ${path}`;
  switch (route) {
    case 'GET /api/dev/people':
      return sendJson(
        res,
        200,
        DEMO_PEOPLE.map(({ openid, name, label }) => ({ openid, name, label })),
      );
    case 'GET /api/dev/session':
      return sendJson(res, 200, { openid: sessionOpenid(deps.secret, req.headers.cookie) ?? null });
    case 'POST /api/dev/sign-in': {
      let openid: unknown;
      try {
        openid = (JSON.parse((await readBody(req, 4096)).toString('utf8')) as { openid?: unknown }).openid;
      } catch {
        return sendJson(res, 400, failure('INVALID_INPUT', '请求格式不对'));
      }
      const person = DEMO_PEOPLE.find((p) => p.openid === openid);
      if (!person) return sendJson(res, 400, failure('INVALID_INPUT', '请选择一位演示用户'));
      return sendJson(res, 200, { openid: person.openid, name: person.name }, { 'set-cookie': sessionCookie(deps.secret, person.openid) });
    }
    case 'POST /api/dev/sign-out':
      return sendJson(res, 200, { openid: null }, { 'set-cookie': clearedSessionCookie });
    case 'GET /api/dev/outbox':
      return sendJson(res, 200, deps.outbox.all());
    default:
      return sendJson(res, 404, failure('NOT_FOUND'));
  }
};
