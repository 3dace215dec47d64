import type { TicketDetail } from '@contracts/tickets';
import type { MeView } from '@contracts/users';
import { requireFreshWeappBuild } from './build';
import { launchApp, openPage, type MiniProgram } from './mini-program';

const me: MeView = {
  id: 'u1',
  name: '李阿姨',
  roles: ['resident'],
  isElder: true,
  birthYear: 1950,
  household: { buildingId: 'b1', buildingName: '1号楼', unit: '1单元', room: '302', status: 'verified' },
  community: { name: '潘苑社区' },
};

const ticket: TicketDetail = {
  id: 't1',
  kind: 'repair',
  categoryId: 'water_power',
  categoryName: '水电',
  handler: 'property',
  status: 'accepted',
  description: '卫生间水龙头一直滴水',
  photos: [],
  place: { type: 'household', buildingId: 'b1', buildingName: '1号楼', unit: '1单元', room: '302', label: '1号楼 1单元 302' },
  public: false,
  listed: false,
  createdAt: '2026-11-19T02:00:00.000Z',
  updatedAt: '2026-11-19T03:00:00.000Z',
  overdue: false,
  followers: 0,
  following: false,
  relation: 'reporter',
  assignee: { id: 'u-p', name: '孙师傅', role: '物业人员' },
  actions: ['nudge'],
  timeline: [
    { id: 'e1', seq: 1, at: '2026-11-19T02:00:00.000Z', action: 'submit', actor: '我', status: 'submitted', photos: [] },
    { id: 'e2', seq: 2, at: '2026-11-19T03:00:00.000Z', action: 'accept', actor: '物业人员 孙师傅', status: 'accepted', photos: [] },
  ],
  version: 2,
};

let app: MiniProgram;

beforeAll(() => {
  requireFreshWeappBuild();
  app = launchApp({
    cloud: async (name, data) => {
      if (name === 'users' && data.action === 'me') return { ok: true, data: me };
      if (name === 'tickets' && data.action === 'getTicket') return { ok: true, data: ticket };
      if (name === 'tickets' && data.action === 'nudgeTicket')
        return { ok: true, data: { ...ticket, actions: [], nudgeAvailableAt: '2026-11-19T15:00:00.000Z' } };
      if (name === 'tickets' && data.action === 'listMyTickets') return { ok: true, data: { items: [] } };
      return { ok: false, error: { code: 'UNKNOWN_ACTION', message: '不支持的操作' } };
    },
  });
});

describe('报事报修 compiled for WeChat', () => {
  it('shows a ticket’s progress and nudges it from the tap', async () => {
    const page = await openPage('packages/tickets/detail/index', { id: 't1' });
    await page.waitForText('卫生间水龙头一直滴水');
    expect(page.text()).toContain('处理人：物业人员 孙师傅');
    expect(page.text()).toContain('2026-11-19 11:00 · 物业人员 孙师傅 · 已受理');
    await page.tap('.ll-button', '催一下');
    await page.waitForText('已催办，2026-11-19 23:00 后可以再催');
    const nudge = app.cloudCalls.find((c) => (c.data as { action: string }).action === 'nudgeTicket');
    expect(nudge?.data).toEqual({ action: 'nudgeTicket', input: { ticketId: 't1', requestId: expect.stringMatching(/^[a-z0-9]{20}$/) } });
    page.close();
  });

  it('opens the report form from 报事报修', async () => {
    const page = await openPage('packages/tickets/index/index');
    await page.waitForText('还没有提交过');
    await page.tap('.ll-button', '我要报修');
    expect(app.navigations).toContainEqual({ type: 'navigateTo', url: '/packages/tickets/new/index' });
    page.close();
  });
});
