import { fairs, type BookingView, type FairDetail } from '@contracts/fairs';
import { startTestCloud, type TestCloud } from '../../../../test/support/cloud';
import { dataOf, errorOf } from '../../../../test/support/envelope';
import { makeCaller } from '../../../../test/support/personas';
import type { Caller } from '../../../users/caller';
import { makePass } from '../../domain/pass';
import { fairsDeps, type FairsDeps } from '../../deps';
import { parsed, publishedFair, resident, rid } from '../../testing/fixtures';
import { book } from '../book/book';
import { bookingPass } from '../booking-pass/booking-pass';
import { addShift, signUpShift } from '../shifts/shifts';
import { checkInByName, verifyCode } from './check-in';

let t: TestCloud;
let deps: FairsDeps;
let staff: Caller;
let volunteer: Caller;
let fair: FairDetail;
beforeAll(async () => {
  t = await startTestCloud();
  deps = fairsDeps(t.platform);
  staff = await makeCaller(t.platform, ['staff'], '张丽');
  volunteer = await makeCaller(t.platform, ['volunteer'], '陈志远');
  fair = await publishedFair(deps, staff, [
    { service: '理发', capacity: 3 },
    { service: '磨刀', capacity: 3 },
  ]);
  for (const stall of fair.stalls) {
    const shift = dataOf(
      await addShift(
        parsed(fairs.addShift, { stallId: stall.id, requestId: rid(), startsAt: '08:30', endsAt: '11:00', capacity: 2 }),
        staff,
        deps,
      ),
    );
    if (stall.service === '理发') dataOf(await signUpShift(parsed(fairs.signUpShift, { shiftId: shift.id }), volunteer, deps));
  }
});
afterAll(() => t.close());

const haircut = () => fair.stalls[0]!;
const knives = () => fair.stalls[1]!;
const at = (iso: string) => t.clock.set(iso);
const DAY_START = '2026-11-22T01:00:00.000Z'; // 09:00 Shanghai, the first slot
const attempts = async () =>
  (await t.platform.db.collection('fair_checkin_attempts').where({ actorId: volunteer.user.id }).limit(1000).get()).data as {
    outcome: string;
    method: string;
    presented: string;
  }[];

const tally = (rows: { outcome: string }[]) =>
  rows.reduce<Record<string, number>>((m, r) => ({ ...m, [r.outcome]: (m[r.outcome] ?? 0) + 1 }), {});

const booked = async (slotIndex = 0, stall = haircut(), who?: Caller): Promise<{ view: BookingView; owner: Caller }> => {
  at('2026-11-19T02:00:00.000Z');
  const owner = who ?? (await resident(t.platform, { name: '王秀英', room: '301', birthYear: 1950 }));
  const view = dataOf(await book(parsed(fairs.book, { slotId: stall.slots[slotIndex]!.id, requestId: rid() }), owner, deps));
  return { view, owner };
};

describe('checking a resident in at the stall', () => {
  it('verifies the signed QR once and shows the person; a replay is refused and logged', async () => {
    const { view, owner } = await booked();
    const pass = dataOf(await bookingPass(parsed(fairs.bookingPass, { bookingId: view.id }), owner, deps));
    expect(pass.qrImage).toMatch(/^data:image\/png;base64,/);
    expect(pass.shortCode).toMatch(/^\d{6}$/);
    expect(pass.expiresAt).toBe('2026-11-22T02:00:00.000Z'); // slot end 09:30 + 30 minutes grace
    at(DAY_START);
    const served = dataOf(await verifyCode(parsed(fairs.verifyCode, { stallId: haircut().id, code: pass.qrText }), volunteer, deps));
    expect(served).toMatchObject({ personName: '王秀英', home: '1号楼1单元301', service: '理发' });
    const replay = errorOf(await verifyCode(parsed(fairs.verifyCode, { stallId: haircut().id, code: pass.qrText }), volunteer, deps));
    expect(replay.code).toBe('FAIR_CODE_USED');
    expect(replay.message).toContain('已签到');
    expect((await attempts()).map((a) => a.outcome).sort()).toEqual(['FAIR_CODE_USED', 'ok']);
  });

  it('refuses expired, forged and other-stall codes, logging each', async () => {
    const { view, owner } = await booked(0, knives());
    const pass = dataOf(await bookingPass(parsed(fairs.bookingPass, { bookingId: view.id }), owner, deps));
    const other = await booked(1);
    const otherPass = dataOf(await bookingPass(parsed(fairs.bookingPass, { bookingId: other.view.id }), other.owner, deps));
    at(DAY_START);
    const before = tally(await attempts());
    // Wrong stall: a knife-sharpening booking shown at the haircut stall.
    expect(errorOf(await verifyCode(parsed(fairs.verifyCode, { stallId: haircut().id, code: pass.qrText }), volunteer, deps)).code).toBe(
      'FAIR_CODE_WRONG_STALL',
    );
    // Forged: another booking's id with this booking's signature, or a changed expiry.
    const [v, , exp, sig] = otherPass.qrText.split('.');
    const forgedId = `${v}.${view.id}.${exp}.${sig}`;
    const forgedExp = `${v}.${other.view.id}.${(parseInt(exp!, 36) + 86400).toString(36)}.${sig}`;
    const withWrongSecret = makePass('not-the-server-secret-at-all', other.view.id, new Date('2026-11-22T03:00:00Z'));
    for (const code of [forgedId, forgedExp, withWrongSecret, 'LF1.garbage', '000000']) {
      expect(errorOf(await verifyCode(parsed(fairs.verifyCode, { stallId: haircut().id, code }), volunteer, deps)).code).toBe(
        'FAIR_CODE_INVALID',
      );
    }
    // Expired: the second slot (09:30–10:00) plus grace is over at 10:30.
    at('2026-11-22T02:31:00.000Z');
    expect(
      errorOf(await verifyCode(parsed(fairs.verifyCode, { stallId: haircut().id, code: otherPass.qrText }), volunteer, deps)).code,
    ).toBe('FAIR_CODE_EXPIRED');
    const after = tally(await attempts());
    const added = Object.fromEntries(
      Object.entries(after)
        .map(([k, n]) => [k, n - (before[k] ?? 0)])
        .filter(([, n]) => n),
    );
    expect(added).toEqual({ FAIR_CODE_WRONG_STALL: 1, FAIR_CODE_INVALID: 5, FAIR_CODE_EXPIRED: 1 });
    // Nothing was checked in.
    for (const id of [view.id, other.view.id])
      expect(((await t.platform.db.collection('fair_bookings').doc(id).get()).data[0] as { status: string }).status).toBe('confirmed');
  });

  it('checks in by the 6-digit code or by name and room (an elder without a phone), once', async () => {
    const first = await booked(2);
    const second = await booked(2, haircut(), await resident(t.platform, { name: '孙桂兰', room: '201', birthYear: 1946 }));
    at('2026-11-22T02:00:00.000Z'); // 10:00, the third slot
    const byCode = dataOf(
      await verifyCode(parsed(fairs.verifyCode, { stallId: haircut().id, code: first.view.shortCode! }), volunteer, deps),
    );
    expect(byCode.personName).toBe('王秀英');
    expect(
      errorOf(await checkInByName(parsed(fairs.checkInByName, { stallId: haircut().id, name: '孙桂兰', room: '999' }), volunteer, deps))
        .code,
    ).toBe('FAIR_CODE_INVALID');
    expect(
      dataOf(await checkInByName(parsed(fairs.checkInByName, { stallId: haircut().id, name: '孙桂兰', room: '201' }), volunteer, deps))
        .bookingId,
    ).toBe(second.view.id);
    expect(
      errorOf(await checkInByName(parsed(fairs.checkInByName, { stallId: haircut().id, name: '孙桂兰', room: '201' }), volunteer, deps))
        .code,
    ).toBe('FAIR_CODE_USED');
    const attemptRows = await attempts();
    expect(attemptRows.find((a) => a.method === 'code' && a.outcome === 'ok')?.presented).toMatch(/^\d{2}\*{4}$/);
  });

  it('lets volunteers check in only at the stalls of their shift, while on duty; staff anywhere', async () => {
    const { view } = await booked(3, knives());
    at('2026-11-22T02:30:00.000Z');
    expect(errorOf(await verifyCode(parsed(fairs.verifyCode, { stallId: knives().id, code: view.shortCode! }), volunteer, deps)).code).toBe(
      'FAIR_NOT_ON_SHIFT',
    );
    at('2026-11-22T06:00:00.000Z'); // 14:00, long after the shift
    expect(errorOf(await verifyCode(parsed(fairs.verifyCode, { stallId: haircut().id, code: '123456' }), volunteer, deps)).code).toBe(
      'FAIR_NOT_ON_SHIFT',
    );
    at('2026-11-22T02:30:00.000Z');
    expect(dataOf(await verifyCode(parsed(fairs.verifyCode, { stallId: knives().id, code: view.shortCode! }), staff, deps)).bookingId).toBe(
      view.id,
    );
  });

  it('stops a volunteer who keeps presenting wrong codes', async () => {
    const guesser = await makeCaller(t.platform, ['volunteer'], '试码人');
    at('2026-11-19T02:00:00.000Z');
    const shifts = (await t.platform.db.collection('fair_shifts').where({ stallId: haircut().id }).get()).data as { _id: string }[];
    dataOf(await signUpShift(parsed(fairs.signUpShift, { shiftId: shifts[0]!._id }), guesser, deps));
    at(DAY_START);
    const codes = Array.from({ length: 12 }, (_, i) => String(900000 + i));
    const outcomes: string[] = [];
    for (const code of codes)
      outcomes.push(errorOf(await verifyCode(parsed(fairs.verifyCode, { stallId: haircut().id, code }), guesser, deps)).code);
    expect(outcomes.slice(0, 10).every((c) => c === 'FAIR_CODE_INVALID')).toBe(true);
    expect(outcomes.slice(10)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
  });
});
