import { readConfig } from '../app/config';
import { startTestCloud, type TestCloud } from '../../test/support/cloud';
import { resolveCaller } from './caller';
import { usersDeps } from './deps';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud();
});
afterAll(() => t.close());

describe('resolveCaller', () => {
  it('creates a person on their first call and finds the same person afterwards', async () => {
    const deps = usersDeps(t.platform);
    const first = await resolveCaller('openid-first-call', deps);
    expect(first.roles).toEqual([]);
    expect((await resolveCaller('openid-first-call', deps)).user.id).toBe(first.user.id);
  });

  it('creates exactly one person when their first calls arrive at once', async () => {
    const deps = usersDeps(t.platform);
    const callers = await Promise.all(Array.from({ length: 10 }, () => resolveCaller('openid-racing', deps)));
    expect(new Set(callers.map((c) => c.user.id)).size).toBe(1);
    const res = await t.platform.db.collection('users').where({ openid: 'openid-racing' }).count();
    expect(res.total).toBe(1);
  });

  it('makes configured admin OPENIDs staff, once, with an audit line', async () => {
    const deps = { ...usersDeps(t.platform), config: readConfig({ LINLI_ADMIN_OPENIDS: 'openid-admin, other' }) };
    expect((await resolveCaller('openid-admin', deps)).roles).toEqual(['staff']);
    expect((await resolveCaller('openid-admin', deps)).roles).toEqual(['staff']);
    const lines = (await deps.audit.list(50)).items.filter((e) => e.action === 'grantRole' && e.actorId === 'system');
    expect(lines).toHaveLength(1);
  });
});
