import { mayCall } from '@contracts/action';
import { createDomainFunction } from '../app/domain-function';
import { startTestCloud, contextFor, type TestCloud } from '../../test/support/cloud';
import { HOSTILE_INPUTS, hostileFieldValues } from '../../test/support/hostile';
import { makeCaller, PERSONAS } from '../../test/support/personas';
import { usersFunctionDeps } from './deps';
import { usersFunctionActions, usersHandlers } from './handlers';

let t: TestCloud;
let main: ReturnType<typeof createDomainFunction>;
beforeAll(async () => {
  t = await startTestCloud();
  main = createDomainFunction({
    fn: 'users',
    actions: usersFunctionActions,
    handlers: usersHandlers,
    deps: usersFunctionDeps,
    platform: () => t.platform,
  });
});
afterAll(() => t.close());

const names = Object.keys(usersFunctionActions) as (keyof typeof usersFunctionActions)[];

describe('users function entry', () => {
  it.each(PERSONAS.map((p) => [p.key, p.roles] as const))('lets %s call exactly the actions their roles allow', async (_key, roles) => {
    const caller = await makeCaller(t.platform, roles);
    for (const name of names) {
      const result = await main({ action: name, input: {} }, contextFor(caller.openid));
      const refused = !result.ok && result.error.code === 'FORBIDDEN';
      expect({ action: name, refused }).toEqual({ action: name, refused: !mayCall(usersFunctionActions[name].access, caller.roles) });
    }
  });

  it('answers a call without a platform identity with UNAUTHENTICATED', async () => {
    const result = await main({ action: 'me' }, {});
    expect(result).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } });
  });

  it('answers malformed events and unknown actions with a code, never a crash', async () => {
    const ctx = contextFor('entry-malformed');
    for (const event of [null, 42, 'me', [], { action: 7 }, {}]) {
      const result = await main(event, ctx);
      expect(result.ok ? 'ok' : result.error.code).toBe('INVALID_INPUT');
    }
    for (const action of ['nope', '__proto__', 'constructor', 'toString']) {
      const result = await main({ action }, ctx);
      expect(result.ok ? 'ok' : result.error.code).toBe('UNKNOWN_ACTION');
    }
    const huge = await main({ action: 'me', input: { pad: 'x'.repeat(300_000) } }, ctx);
    expect(huge.ok ? 'ok' : huge.error).toEqual({ code: 'INVALID_INPUT', message: '提交的内容太长了' });
  });

  it('gives every action INVALID_INPUT with a Chinese message for hostile input, and writes nothing', async () => {
    const staff = await makeCaller(t.platform, ['staff']);
    const snapshot = async () => ({
      audit: (await t.platform.db.collection('audit_log').count()).total,
      user: (await t.platform.db.collection('users').where({ _id: staff.user.id }).get()).data,
    });
    const before = await snapshot();
    for (const name of names) {
      for (const { label, input } of HOSTILE_INPUTS) {
        const result = await main({ action: name, input }, contextFor(staff.openid));
        expect({ name, label, code: result.ok ? 'ok' : result.error.code }).toEqual({ name, label, code: 'INVALID_INPUT' });
        if (!result.ok) expect(result.error.message).toMatch(/[\u4e00-\u9fa5]/);
      }
      const fieldCases = Object.entries(VALID_INPUTS[name] ?? {}).flatMap(([f, valid]) =>
        hostileFieldValues.filter((v) => !sameShape(valid, v)).map((v) => [f, v] as const),
      );
      for (const [field, value] of fieldCases) {
        const input = { ...VALID_INPUTS[name], [field]: value };
        const result = await main({ action: name, input }, contextFor(staff.openid));
        expect({ name, field, code: result.ok ? 'ok' : result.error.code }).toEqual({ name, field, code: 'INVALID_INPUT' });
        if (!result.ok) expect(result.error.fields?.[field]).toMatch(/[\u4e00-\u9fa5]/);
      }
    }
    expect(await snapshot()).toEqual(before);
  });
});

/** `true` is a fine boolean and `['array']` a fine list of ids: only values of another shape are hostile. */
const sameShape = (valid: unknown, value: unknown) =>
  (typeof valid === 'boolean' && typeof value === 'boolean') || (Array.isArray(valid) && Array.isArray(value));

/** A valid input per action that takes fields; each field is then replaced by hostile values. */
const VALID_INPUTS: Partial<Record<(typeof names)[number], Record<string, unknown>>> = {
  updateProfile: { name: '王秀英', birthYear: 1950, phone: '13800001111' },
  bindHousehold: { buildingId: 'b1', unit: '1单元', room: '301', name: '王秀英', phone: '13800001111', birthYear: 1950 },
  listUsers: { role: 'volunteer', buildingId: 'b1', householdStatus: 'pending', keyword: '王', limit: 10 },
  getUser: { userId: 'u1' },
  grantRole: { userId: 'u1', role: 'volunteer' },
  revokeRole: { userId: 'u1', role: 'volunteer' },
  verifyHousehold: { userId: 'u1', approve: true, note: '好' },
  assignGridWorker: { buildingId: 'b1', userId: 'u1' },
  listAudit: { limit: 10 },
  listInbox: { unreadOnly: true, limit: 10 },
  markInboxRead: { ids: ['m1'] },
  recordSubscriptions: { accepted: ['ticketUpdate'] },
  prepareUploads: { purpose: 'ticket', files: [{ ext: 'jpg' }] },
  linksOf: { userId: 'u1' },
  linkRelative: { elderId: 'u1', relativeId: 'u2' },
  unlinkRelative: { elderId: 'u1', relativeId: 'u2' },
  registerOffline: { requestId: 'req-12345678', name: '王秀英', buildingId: 'b1', unit: '1单元', room: '301', birthYear: 1950 },
};
