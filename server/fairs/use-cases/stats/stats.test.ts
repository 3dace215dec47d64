import { fairs } from '@contracts/fairs';
import { startTestCloud, type TestCloud } from '../../../../test/support/cloud';
import { dataOf } from '../../../../test/support/envelope';
import { makeCaller } from '../../../../test/support/personas';
import { fairsDeps, type FairsDeps } from '../../deps';
import { parsed, publishedFair, resident, rid } from '../../testing/fixtures';
import { fairBoard } from '../board/board';
import { book } from '../book/book';
import { verifyCode } from '../check-in/check-in';
import { recordWalkIn } from '../walk-in/walk-in';
import { exportStats, fairStats } from './stats';

let t: TestCloud;
let deps: FairsDeps;
beforeAll(async () => {
  t = await startTestCloud();
  deps = fairsDeps(t.platform);
});
afterAll(() => t.close());

describe('fair board and statistics', () => {
  it('counts bookings, check-ins, no-shows and walk-ins per stall and service type, unique residents and elders', async () => {
    const staff = await makeCaller(t.platform, ['staff']);
    const fair = await publishedFair(deps, staff, [
      { service: '理发', capacity: 2 },
      { service: '磨刀', mode: 'walkin' },
    ]);
    const haircut = fair.stalls[0]!;
    const elder = await resident(t.platform, { birthYear: 1950 });
    const young = await resident(t.platform, { birthYear: 1990 });
    const late = await resident(t.platform, { birthYear: 1990 });
    const a = dataOf(await book(parsed(fairs.book, { slotId: haircut.slots[0]!.id, requestId: rid() }), elder, deps));
    const b = dataOf(await book(parsed(fairs.book, { slotId: haircut.slots[0]!.id, requestId: rid() }), young, deps));
    dataOf(await book(parsed(fairs.book, { slotId: haircut.slots[0]!.id, requestId: rid() }), late, deps)); // waiting
    t.clock.set('2026-11-22T01:05:00.000Z');
    dataOf(await verifyCode(parsed(fairs.verifyCode, { stallId: haircut.id, code: a.shortCode! }), staff, deps));
    const walkInRequest = rid();
    dataOf(
      await recordWalkIn(parsed(fairs.recordWalkIn, { stallId: fair.stalls[1]!.id, requestId: walkInRequest, elder: true }), staff, deps),
    );
    expect(
      dataOf(
        await recordWalkIn(parsed(fairs.recordWalkIn, { stallId: fair.stalls[1]!.id, requestId: walkInRequest, elder: true }), staff, deps),
      ).walkIns,
    ).toBe(1);
    t.clock.set('2026-11-22T03:30:00.000Z'); // 11:30, the fair is over: b never came

    const board = dataOf(await fairBoard(parsed(fairs.fairBoard, { fairId: fair.id }), deps));
    expect(board.stalls.map((s) => [s.service, s.booked, s.checkedIn, s.noShow, s.waiting, s.walkIns])).toEqual([
      ['理发', 2, 1, 1, 1, 0],
      ['磨刀', 0, 0, 0, 0, 1],
    ]);
    const stats = dataOf(await fairStats(parsed(fairs.fairStats, { fairId: fair.id }), deps));
    expect(stats).toMatchObject({ served: 2, uniqueResidents: 1, eldersShare: 1, noShowRate: 0.5 });
    expect(stats.byServiceType.map((r) => [r.label, r.served])).toEqual([['理发', 2]]);
    expect(b.status).toBe('confirmed');
    const month = dataOf(await fairStats(parsed(fairs.fairStats, { month: '2026-11' }), deps));
    expect(month.served).toBeGreaterThanOrEqual(2);
    const csv = dataOf(await exportStats(parsed(fairs.exportStats, { fairId: fair.id }), deps));
    expect(csv.csv.startsWith('\uFEFF项目,数值')).toBe(true);
    expect(csv.csv).toContain('爽约率,50.0%');
    t.clock.set('2026-11-19T02:00:00.000Z');
  });
});
