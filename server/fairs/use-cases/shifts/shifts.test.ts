import { fairs, type FairDetail } from '@contracts/fairs';
import { startTestCloud, type TestCloud } from '../../../../test/support/cloud';
import { dataOf, errorOf } from '../../../../test/support/envelope';
import { makeCaller } from '../../../../test/support/personas';
import type { Caller } from '../../../users/caller';
import { fairsDeps, type FairsDeps } from '../../deps';
import { fairsMinuteJob } from '../../jobs';
import { parsed, publishedFair, rid } from '../../testing/fixtures';
import { correctHours, exportHours, hoursLedger } from '../hours/hours';
import { shiftCheckIn, shiftCheckOut } from '../shift-presence/shift-presence';
import { stallCode } from '../stall-code/stall-code';
import { addShift, assignShift, signUpShift } from './shifts';

let t: TestCloud;
let deps: FairsDeps;
let staff: Caller;
let fair: FairDetail;
beforeAll(async () => {
  t = await startTestCloud();
  deps = fairsDeps(t.platform);
  staff = await makeCaller(t.platform, ['staff'], '张丽');
  fair = await publishedFair(deps, staff, [{ service: '理发' }, { service: '磨刀' }]);
});
afterAll(() => t.close());

const shiftAt = async (stallIndex: number, startsAt: string, endsAt: string, capacity = 2) =>
  dataOf(
    await addShift(
      parsed(fairs.addShift, { stallId: fair.stalls[stallIndex]!.id, requestId: rid(), startsAt, endsAt, capacity }),
      staff,
      deps,
    ),
  );

describe('volunteer shifts and hours', () => {
  it('fills a shift to its capacity under concurrent sign-ups, never beyond', async () => {
    const shift = await shiftAt(0, '09:00', '10:00', 2);
    const people = await Promise.all(Array.from({ length: 8 }, (_, i) => makeCaller(t.platform, ['volunteer'], `志愿者${i}`)));
    const results = await Promise.all(people.map((p) => signUpShift(parsed(fairs.signUpShift, { shiftId: shift.id }), p, deps)));
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    expect(results.filter((r) => !r.ok).map((r) => errorOf(r).code)).toEqual(Array(6).fill('FAIR_SHIFT_FULL'));
  });

  it('refuses a shift that overlaps one the volunteer already has', async () => {
    const me = await makeCaller(t.platform, ['volunteer'], '李志愿');
    const first = await shiftAt(0, '10:00', '11:00');
    const clash = await shiftAt(1, '10:30', '11:00');
    dataOf(await signUpShift(parsed(fairs.signUpShift, { shiftId: first.id }), me, deps));
    expect(errorOf(await signUpShift(parsed(fairs.signUpShift, { shiftId: clash.id }), me, deps)).code).toBe('FAIR_SHIFT_OVERLAP');
    expect(errorOf(await assignShift(parsed(fairs.assignShift, { shiftId: clash.id, volunteerId: me.user.id }), staff, deps)).code).toBe(
      'FAIR_SHIFT_OVERLAP',
    );
  });

  it('counts hours as presence within the shift, capped at the shift; forgotten check-outs close by the timer', async () => {
    const early = await makeCaller(t.platform, ['volunteer'], '早到的');
    const forgetful = await makeCaller(t.platform, ['volunteer'], '忘签退的');
    const shift = await shiftAt(1, '09:00', '10:00', 3);
    dataOf(await assignShift(parsed(fairs.assignShift, { shiftId: shift.id, volunteerId: early.user.id }), staff, deps));
    dataOf(await signUpShift(parsed(fairs.signUpShift, { shiftId: shift.id }), forgetful, deps));
    const code = dataOf(await stallCode(parsed(fairs.stallCode, { stallId: fair.stalls[1]!.id }), early, deps));
    expect(code.code).toMatch(/^[A-Z2-9]{8}$/);
    expect(code.image).toMatch(/^data:image\/png;base64,/);

    t.clock.set('2026-11-22T00:40:00.000Z'); // 08:40: 20 minutes early
    dataOf(await shiftCheckIn(parsed(fairs.shiftCheckIn, { stallCode: code.code }), early, deps));
    dataOf(await shiftCheckIn(parsed(fairs.shiftCheckIn, { stallCode: `ST=${code.code}` }), early, deps)); // scanning twice changes nothing
    t.clock.set('2026-11-22T01:10:00.000Z'); // 09:10
    dataOf(await shiftCheckIn(parsed(fairs.shiftCheckIn, { stallCode: code.code.toLowerCase() }), forgetful, deps));
    t.clock.set('2026-11-22T02:20:00.000Z'); // 10:20: 20 minutes after the end
    const out = dataOf(await shiftCheckOut(parsed(fairs.shiftCheckOut, { stallCode: code.code }), early, deps));
    expect(out.checkedOutAt).toBe('2026-11-22T02:20:00.000Z');
    // Shift end + 30 minutes grace has passed: the timer closes the forgotten one at the shift's end.
    t.clock.set('2026-11-22T02:31:00.000Z');
    await fairsMinuteJob.run({ ...t.platform, clock: t.clock });
    await fairsMinuteJob.run({ ...t.platform, clock: t.clock }); // twice: nothing counted twice
    const earlyLedger = dataOf(await hoursLedger(parsed(fairs.hoursLedger, { year: 2026 }), early, deps));
    expect(earlyLedger.entries.map((e) => e.minutes)).toEqual([60]);
    const forgotten = dataOf(await hoursLedger(parsed(fairs.hoursLedger, { year: 2026 }), forgetful, deps));
    expect(forgotten.entries.map((e) => e.minutes)).toEqual([50]);
    expect(forgotten.months).toEqual([{ month: '2026-11', minutes: 50 }]);
  });

  it('lets staff correct hours with a reason, as a new audited line; volunteers see only their own ledger', async () => {
    const v = await makeCaller(t.platform, ['volunteer'], '周志愿');
    const other = await makeCaller(t.platform, ['volunteer'], '吴志愿');
    const requestId = rid();
    const input = parsed(fairs.correctHours, { requestId, volunteerId: v.user.id, minutes: 45, reason: '帮忙搬桌椅未签到' });
    dataOf(await correctHours(input, staff, deps));
    dataOf(await correctHours(input, staff, deps)); // a retry adds nothing
    const ledger = dataOf(await hoursLedger(parsed(fairs.hoursLedger, { year: 2026, volunteerId: v.user.id }), staff, deps));
    expect(ledger.entries).toEqual([
      expect.objectContaining({ kind: 'correction', minutes: 45, reason: '帮忙搬桌椅未签到', byName: '张丽' }),
    ]);
    expect(ledger.yearMinutes).toBe(45);
    const audit = (await t.platform.db.collection('audit_log').where({ action: 'correctVolunteerHours', targetId: v.user.id }).get()).data;
    expect(audit).toHaveLength(1);
    expect(errorOf(await hoursLedger(parsed(fairs.hoursLedger, { year: 2026, volunteerId: v.user.id }), other, deps)).code).toBe(
      'FORBIDDEN',
    );
    const csv = dataOf(await exportHours(parsed(fairs.exportHours, { year: 2026 }), v, deps));
    expect(csv.csv).toContain('调整');
    expect(csv.csv).toContain('年合计');
    expect(csv.filename).toBe('志愿服务时长-周志愿-2026.csv');
  });
});
