import { mayCall } from '@contracts/action';
import { createDomainFunction } from '../app/domain-function';
import { contextFor, startTestCloud, type TestCloud } from '../../test/support/cloud';
import { HOSTILE_INPUTS, hostileFieldValues } from '../../test/support/hostile';
import { makeCaller, PERSONAS } from '../../test/support/personas';
import { fairsDeps } from './deps';
import { fairsActions, fairsHandlers } from './handlers';

let t: TestCloud;
let main: ReturnType<typeof createDomainFunction>;
beforeAll(async () => {
  t = await startTestCloud();
  main = createDomainFunction({ fn: 'fairs', actions: fairsActions, handlers: fairsHandlers, deps: fairsDeps, platform: () => t.platform });
});
afterAll(() => t.close());

const names = Object.keys(fairsActions) as (keyof typeof fairsActions)[];

/** Every collection a fairs action could write to. */
const WRITTEN = [
  'fairs',
  'fair_series',
  'fair_stalls',
  'fair_slots',
  'fair_bookings',
  'fair_codes',
  'fair_shifts',
  'fair_presence',
  'fair_walkins',
  'fair_checkin_attempts',
  'volunteer_hours',
  'audit_log',
  'inbox',
];

describe('fairs function entry', () => {
  it.each(PERSONAS.map((p) => [p.key, p.roles] as const))('lets %s call exactly the actions their roles allow', async (_key, roles) => {
    const caller = await makeCaller(t.platform, roles);
    for (const name of names) {
      const result = await main({ action: name, input: {} }, contextFor(caller.openid));
      const refused = !result.ok && result.error.code === 'FORBIDDEN';
      expect({ action: name, refused }).toEqual({ action: name, refused: !mayCall(fairsActions[name].access, caller.roles) });
    }
  });

  it('answers a call without a platform identity with UNAUTHENTICATED, and malformed events with a code', async () => {
    expect(await main({ action: 'listFairs' }, {})).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } });
    for (const event of [null, 42, 'book', [], { action: 7 }]) {
      const result = await main(event, contextFor('fairs-malformed'));
      expect(result.ok ? 'ok' : result.error.code).toBe('INVALID_INPUT');
    }
    expect(await main({ action: '__proto__' }, contextFor('fairs-malformed'))).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_ACTION' },
    });
  });

  it('gives every action INVALID_INPUT with a Chinese message for hostile input, and writes nothing', async () => {
    const staff = await makeCaller(t.platform, ['staff', 'volunteer', 'resident']);
    const counts = async () => Promise.all(WRITTEN.map(async (c) => (await t.platform.db.collection(c).count()).total));
    const before = await counts();
    for (const name of names) {
      for (const { label, input } of HOSTILE_INPUTS) {
        const result = await main({ action: name, input }, contextFor(staff.openid));
        expect({ name, label, code: result.ok ? 'ok' : result.error.code }).toEqual({ name, label, code: 'INVALID_INPUT' });
        if (!result.ok) expect(result.error.message).toMatch(/[\u4e00-\u9fa5]/);
      }
      const valid = VALID_INPUTS[name] ?? {};
      const fieldCases = Object.entries(valid).flatMap(([f, v]) =>
        hostileFieldValues.filter((h) => !sameShape(v, h)).map((h) => [f, h] as const),
      );
      for (const [field, value] of fieldCases) {
        const result = await main({ action: name, input: { ...valid, [field]: value } }, contextFor(staff.openid));
        expect({ name, field, code: result.ok ? 'ok' : result.error.code }).toEqual({ name, field, code: 'INVALID_INPUT' });
        if (!result.ok) expect(result.error.fields?.[field]).toMatch(/[\u4e00-\u9fa5]/);
      }
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses a resident booking for someone they are not linked to', async () => {
    const a = await makeCaller(t.platform, ['resident']);
    const b = await makeCaller(t.platform, ['resident']);
    const result = await main(
      { action: 'book', input: { slotId: 'nope', requestId: 'request-123', forUserId: b.user.id } },
      contextFor(a.openid),
    );
    expect(result.ok ? 'ok' : result.error.code).toBe('NOT_FOUND');
  });
});

const sameShape = (valid: unknown, value: unknown) =>
  (typeof valid === 'boolean' && typeof value === 'boolean') || (Array.isArray(valid) && Array.isArray(value));

const fair = { title: '大集', date: '2026-11-22', opensAt: '09:00', closesAt: '11:00', place: '广场', description: '介绍', bookingCap: 3 };
const VALID_INPUTS: Partial<Record<(typeof names)[number], Record<string, unknown>>> = {
  listFairs: { limit: 10 },
  getFair: { fairId: 'f1' },
  book: { slotId: 's1', requestId: 'request-123', forUserId: 'u1' },
  cancelBooking: { bookingId: 'b1' },
  myBookings: { past: true, limit: 10 },
  bookingPass: { bookingId: 'b1' },
  listShifts: { fairId: 'f1' },
  signUpShift: { shiftId: 'sh1' },
  leaveShift: { shiftId: 'sh1' },
  shiftCheckIn: { stallCode: 'ABCDEFGH' },
  shiftCheckOut: { stallCode: 'ABCDEFGH' },
  verifyCode: { stallId: 's1', code: '123456' },
  checkInByName: { stallId: 's1', name: '王秀英', room: '301' },
  recordWalkIn: { stallId: 's1', requestId: 'request-123', elder: true },
  findResidents: { name: '王', room: '301' },
  stallCode: { stallId: 's1' },
  fairBoard: { fairId: 'f1' },
  hoursLedger: { volunteerId: 'u1', year: 2026 },
  exportHours: { volunteerId: 'u1', year: 2026 },
  listAllFairs: { status: 'draft', limit: 10 },
  createFair: { requestId: 'request-123', ...fair },
  updateFair: { fairId: 'f1', ...fair },
  copyFair: { requestId: 'request-123', fromFairId: 'f1', date: '2026-12-01' },
  publishFair: { fairId: 'f1' },
  cancelFair: { fairId: 'f1', reason: '下雨' },
  addStall: {
    fairId: 'f1',
    requestId: 'request-123',
    service: '理发',
    serviceType: 'haircut',
    team: '队',
    location: 'A',
    mode: 'slots',
    slotMinutes: 30,
    capacity: 5,
    audience: 'all',
    bookingOpensAt: '2026-11-20T00:00:00Z',
  },
  removeStall: { stallId: 's1' },
  addShift: { stallId: 's1', requestId: 'request-123', startsAt: '09:00', endsAt: '10:00', capacity: 2, selfSignup: true },
  assignShift: { shiftId: 'sh1', volunteerId: 'u1' },
  createSeries: {
    requestId: 'request-123',
    title: '大集',
    place: '广场',
    opensAt: '09:00',
    closesAt: '11:00',
    description: '',
    bookingCap: 3,
    templateFairId: 'f1',
  },
  stopSeries: { seriesId: 'x1' },
  fairStats: { fairId: 'f1' },
  exportStats: { month: '2026-11' },
  correctHours: { requestId: 'request-123', volunteerId: 'u1', minutes: 30, reason: '补录', shiftId: 'sh1' },
};
