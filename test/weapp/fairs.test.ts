import type { FairDetail, FairSummary } from '@contracts/fairs';
import type { MeView } from '@contracts/users';
import { requireFreshWeappBuild } from './build';
import { launchApp, openPage, type MiniProgram } from './mini-program';

const me: MeView = {
  id: 'u1',
  name: '王秀英',
  roles: ['resident'],
  isElder: true,
  birthYear: 1950,
  household: { buildingId: 'b3', buildingName: '3号楼', unit: '2单元', room: '301', status: 'verified' },
  community: { name: '潘苑社区' },
};

const summary: FairSummary = {
  id: 'f1',
  title: '潘苑志愿服务大集',
  date: '2026-11-22',
  opensAt: '2026-11-22T00:30:00.000Z',
  closesAt: '2026-11-22T03:30:00.000Z',
  place: '社区办公楼前广场',
  status: 'published',
  stallCount: 1,
};

const detail: FairDetail = {
  ...summary,
  description: '',
  bookingCap: 3,
  myActive: 0,
  stalls: [
    {
      id: 's1',
      service: '理发',
      serviceType: 'haircut',
      team: '巧手理发志愿队',
      location: '东侧1号桌',
      mode: 'slots',
      slotMinutes: 30,
      capacity: 4,
      audience: 'all',
      buildingIds: [],
      bookingOpen: true,
      slots: [
        {
          id: 's1_0',
          startsAt: '2026-11-22T00:30:00.000Z',
          endsAt: '2026-11-22T01:00:00.000Z',
          capacity: 4,
          free: 0,
          waiting: 2,
          ended: false,
        },
      ],
    },
  ],
};

let app: MiniProgram;
beforeAll(() => {
  requireFreshWeappBuild();
  app = launchApp({
    cloud: async (name, data) => {
      if (name === 'users' && data.action === 'me') return { ok: true, data: me };
      if (name === 'users' && data.action === 'myRelatives') return { ok: true, data: [] };
      if (name === 'fairs' && data.action === 'listFairs') return { ok: true, data: { items: [summary] } };
      if (name === 'fairs' && data.action === 'getFair') return { ok: true, data: detail };
      return { ok: false, error: { code: 'UNKNOWN_ACTION', message: '不支持的操作' } };
    },
  });
});

describe('compiled 大集 pages in WeChat', () => {
  it('lists the coming fair and opens its stalls with 约满 on a full slot', async () => {
    const list = await openPage('packages/fairs/index/index');
    await list.waitForText('潘苑志愿服务大集');
    expect(list.text()).toContain('11月22日 周日 08:30–11:30');
    list.close();
    const page = await openPage('packages/fairs/detail/index', { id: 'f1' });
    await page.waitForText('理发');
    expect(page.text()).toContain('约满 候补2');
    expect(app.cloudCalls).toContainEqual({ name: 'fairs', data: { action: 'getFair', input: { fairId: 'f1' } } });
    page.close();
  });
});
