import { tickets } from '@contracts/tickets';
import { startTestCloud, type TestCloud } from '../../../../test/support/cloud';
import { dataOf } from '../../../../test/support/envelope';
import { SETUP_MS, parsed, ticketInState, ticketWorld, type TicketWorld } from '../../testing/fixtures';
import { dashboard, exportDashboard, monthRange } from './dashboard';

let t: TestCloud;
let w: TicketWorld;
beforeAll(async () => {
  t = await startTestCloud({ now: '2026-11-30T15:00:00.000Z' }); // 23:00 on 30 Nov in Shanghai
  w = await ticketWorld(t);
}, SETUP_MS);
afterAll(() => t.close());

const at = (iso: string) => new Date(iso);
const HOUR = 3600_000;

describe('dashboard', () => {
  it('takes months in Shanghai time', () => {
    expect(monthRange('this', at('2026-11-30T16:30:00.000Z'))).toEqual({
      from: at('2026-11-30T16:00:00.000Z'),
      to: at('2026-12-31T16:00:00.000Z'),
      month: '2026-12',
    });
    expect(monthRange('last', at('2026-11-30T15:59:00.000Z'))).toEqual({
      from: at('2026-09-30T16:00:00.000Z'),
      to: at('2026-10-31T16:00:00.000Z'),
      month: '2026-10',
    });
  });

  it('counts this month and last by category and building, with response, fix time and satisfaction; and exports CSV', async () => {
    const nov = (day: number) => at(`2026-11-${String(day).padStart(2, '0')}T02:00:00.000Z`);
    // Filed 1 Nov 00:30 Shanghai (31 Oct UTC): still November here.
    await ticketInState(w, t, 'closed', {
      createdAt: at('2026-10-31T16:30:00.000Z'),
      firstResponseAt: at('2026-10-31T17:30:00.000Z'),
      resolvedAt: at('2026-11-01T16:30:00.000Z'),
      rating: { stars: 4, at: nov(3) },
    });
    await ticketInState(w, t, 'closed', {
      createdAt: nov(2),
      firstResponseAt: new Date(nov(2).getTime() + 3 * HOUR),
      resolvedAt: new Date(nov(2).getTime() + 48 * HOUR),
      wasOverdue: true,
      rating: { stars: 2, at: nov(5) },
    });
    await ticketInState(w, t, 'submitted', {
      createdAt: nov(20),
      categoryId: 'noise',
      categoryName: '噪音扰民',
      buildingId: '',
      place: { type: 'public', spot: '小区广场' },
    });
    // 31 Oct 23:00 Shanghai: October.
    await ticketInState(w, t, 'accepted', { createdAt: at('2026-10-31T15:00:00.000Z') });

    const view = dataOf(await dashboard(parsed(tickets.dashboard, {}), w.deps));
    expect(view.month).toBe('2026-11');
    expect(view.total).toEqual({
      key: 'all',
      name: '全部',
      received: 3,
      open: 1,
      overdue: 1,
      avgFirstResponseHours: 2,
      avgResolutionHours: 36,
      satisfaction: 3,
      rated: 2,
    });
    expect(view.byCategory.map((r) => [r.name, r.received, r.open])).toEqual([
      ['环境卫生', 2, 0],
      ['噪音扰民', 1, 1],
    ]);
    expect(view.byBuilding.map((r) => [r.name, r.received])).toEqual([
      ['1号楼', 2],
      ['公共区域', 1],
    ]);
    const last = dataOf(await dashboard(parsed(tickets.dashboard, { month: 'last' }), w.deps));
    expect(last.total).toMatchObject({ received: 1, open: 1 });

    const { filename, csv } = dataOf(await exportDashboard(parsed(tickets.exportDashboard, {}), w.deps));
    expect(filename).toBe('报修统计-2026-11.csv');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('月份,分组,名称,受理总数,未办结,超时,平均首次响应（小时）,平均办结（小时）,满意度（星）,评价数');
    expect(lines[1]).toBe('2026-11,合计,全部,3,1,1,2,36,3,2');
    expect(lines).toContain('2026-11,楼栋,公共区域,1,1,0,,,,0');
  });
});
