import type { BuildingView, HouseholdView, MeView } from '@contracts/users';
import { requireFreshWeappBuild } from './build';
import { launchApp, openPage, useCloud, type MiniProgram } from './mini-program';

const elder: MeView = {
  id: 'u1',
  name: '李阿姨',
  roles: ['resident'],
  isElder: true,
  birthYear: 1950,
  phoneMasked: '138****1234',
  household: { buildingId: 'b1', buildingName: '1号楼', unit: '1单元', room: '302', status: 'verified' },
  community: { name: '潘苑社区' },
};

const buildings: BuildingView[] = [{ id: 'b1', name: '1号楼', units: ['1单元', '2单元'] }];

const notice = {
  id: 'n1',
  title: '3号楼停水通知',
  category: 'notice',
  publisher: '潘苑社区',
  publishedAt: '2026-11-19T02:00:00.000Z',
  blocks: [
    { type: 'heading', text: '停水时间' },
    { type: 'paragraph', spans: [{ text: '明天 ' }, { text: '9点到12点', strong: true }, { text: ' 停水' }] },
  ],
  attachments: [],
  mustAck: true,
  readAt: '2026-11-19T03:00:00.000Z',
};

const answerNotices = (data: { action: string; input?: unknown }) => {
  if (data.action === 'listFeed')
    return {
      ok: true,
      data: { pinned: [], items: [{ ...notice, excerpt: '明天停水', pinned: false, read: false, acked: false, updated: false }] },
    };
  if (data.action === 'openNotice') return { ok: true, data: notice };
  if (data.action === 'acknowledgeNotice') return { ok: true, data: { ackAt: '2026-11-19T03:05:00.000Z' } };
  return { ok: false, error: { code: 'UNKNOWN_ACTION', message: '不支持的操作' } };
};

const answering = (me: MeView) => async (name: string, data: { action: string; input?: unknown }) => {
  if (name === 'announcements') return answerNotices(data);
  if (name !== 'users') return { ok: false, error: { code: 'UNKNOWN_ACTION', message: '不支持的操作' } };
  if (data.action === 'unreadCount') return { ok: true, data: { unread: 1 } };
  if (data.action === 'me') return { ok: true, data: me };
  if (data.action === 'listBuildings') return { ok: true, data: buildings };
  if (data.action === 'listInbox') return { ok: true, data: { items: [], unread: 0 } };
  if (data.action === 'bindHousehold')
    return { ok: true, data: { ...me, household: { ...(data.input as HouseholdView), buildingName: '1号楼', status: 'pending' } } };
  return { ok: false, error: { code: 'UNKNOWN_ACTION', message: '不支持的操作' } };
};

let app: MiniProgram;

beforeAll(() => {
  requireFreshWeappBuild();
  app = launchApp({ cloud: answering(elder) });
});

beforeEach(() => {
  app.cloudCalls.length = 0;
  app.navigations.length = 0;
  app.storage.clear();
  useCloud(answering(elder));
});

describe('compiled WeChat pages (dist/weapp in miniprogram-simulate)', () => {
  it('initialises CloudBase once, before the first call, with the build’s environment id', async () => {
    const page = await openPage('pages/inbox/index');
    await page.waitForText('暂时没有消息');
    expect(app.cloudInit).toEqual([{ env: process.env.LINLI_CLOUD_ENV ?? 'linli-dev', traceUser: true }]);
    page.close();
  });

  it('首页 greets with the community name from the users function and opens a service on tap', async () => {
    const page = await openPage('pages/home/index');
    await page.waitForText('潘苑社区');
    expect(app.cloudCalls).toContainEqual({ name: 'users', data: { action: 'me', input: {} } });
    await page.waitForText('3号楼停水通知');
    expect(app.cloudCalls).toContainEqual({ name: 'announcements', data: { action: 'listFeed', input: { limit: 4 } } });
    expect(page.text()).toContain('未读');
    expect(page.text()).toContain('李阿姨，您好');

    await page.tap('.home__service', '报事报修');
    expect(app.navigations).toEqual([{ type: 'navigateTo', url: '/packages/tickets/index/index' }]);
    page.close();
  });

  it('我的 switches to elder mode on tap and remembers it', async () => {
    const page = await openPage('pages/me/index');
    await page.waitForText('李阿姨');
    expect(page.text()).toContain('手机：138****1234');
    expect(page.text()).not.toContain('社区管理');
    expect(page.rootClasses()).not.toContain('ll-elder');

    await page.tap('.ll-switch');
    expect(page.rootClasses()).toContain('ll-elder');
    expect(page.text()).toContain('已开启');
    expect(app.storage.get('linli.elderMode')).toBe('on');

    await page.tap('.ll-switch');
    expect(page.rootClasses()).not.toContain('ll-elder');
    page.close();
  });

  it('shows a network failure in Chinese and recovers on 重试', async () => {
    useCloud(() => Promise.reject(new Error('request:fail')));
    const page = await openPage('pages/me/index');
    await page.waitForText('网络不好，请稍后再试');

    useCloud(answering(elder));
    await page.tap('.ll-button', '重试');
    await page.waitForText('李阿姨');
    page.close();
  });

  it('绑定房屋 (a subpackage page with NutUI) shows the field error for an empty room, then submits', async () => {
    useCloud(answering({ ...elder, name: '', household: undefined }));
    const page = await openPage('packages/account/bind/index');
    await page.waitForText('1号楼');
    await page.tap('.ll-option', '1号楼');
    await page.tap('.ll-option', '2单元');
    await page.type('.nut-input-native', 1, '李阿姨');
    await page.tap('.nut-button', '提交');
    await page.waitForText('请填写房号');
    expect(app.cloudCalls.map((c) => (c.data as { action: string }).action)).not.toContain('bindHousehold');

    await page.type('.nut-input-native', 0, '302');
    await page.tap('.nut-button', '提交');
    await page.waitForText('已提交');
    expect(page.text()).toContain('1号楼 2单元 302');
    expect(app.cloudCalls).toContainEqual({
      name: 'users',
      data: { action: 'bindHousehold', input: { buildingId: 'b1', unit: '2单元', room: '302', name: '李阿姨', birthYear: 1950 } },
    });
    page.close();
  });

  it('通知详情 (a subpackage page) renders the body large in elder mode and records 我已知晓', async () => {
    app.storage.set('linli.elderMode', 'on');
    const page = await openPage('packages/announcements/detail/index', { id: 'n1' });
    await page.waitForText('停水时间');
    expect(app.cloudCalls).toContainEqual({ name: 'announcements', data: { action: 'openNotice', input: { noticeId: 'n1' } } });
    expect(page.text()).toContain('9点到12点');
    await page.tap('.ll-button', '我已知晓');
    await page.waitForText('您已确认知晓');
    expect(app.cloudCalls).toContainEqual({ name: 'announcements', data: { action: 'acknowledgeNotice', input: { noticeId: 'n1' } } });
    page.close();
  });
});
