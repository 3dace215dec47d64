import { act, fireEvent, render, screen } from '@testing-library/react';
import { resetApp } from '../../../test/components/reset';
import { buildings, staff } from '../../../test/components/fixtures';
import { taroTest } from '../../../test/stubs/taro';
import {
  acceptTicket,
  exportTicketDashboard,
  getTicket,
  listAllCategories,
  listQueue,
  queueCounts,
  revealContact,
  reviewListing,
  ticketDashboard,
} from '../../services/tickets';
import { getMe, listBuildings } from '../../services/users';
import { callPhone, saveCsv } from '../tickets/shared/device';
import { categories, detail, queueItem } from '../tickets/testing/fixtures';
import TicketDashboardPage from './dashboard/index';
import TicketAdminDetailPage from './detail/index';
import TicketQueuePage from './index/index';

jest.mock('../../services/tickets');
jest.mock('../../services/users');
jest.mock('../tickets/shared/device', () => ({
  callPhone: jest.fn(),
  saveCsv: jest.fn(),
  pickPhotos: jest.fn(),
  previewPhotos: jest.fn(),
  wasCancelled: () => false,
}));

beforeEach(() => {
  resetApp();
  jest.clearAllMocks();
  jest.mocked(getMe).mockResolvedValue(staff());
  jest.mocked(listBuildings).mockResolvedValue(buildings);
  jest.mocked(listAllCategories).mockResolvedValue(categories);
  jest
    .mocked(queueCounts)
    .mockResolvedValue({ submitted: 3, accepted: 1, in_progress: 2, resolved: 1, overdue: 1, mine: 2, unassigned: 3, held: 0 });
  jest.mocked(listQueue).mockResolvedValue({ items: [queueItem({ overdue: true, excerpt: '楼道灯不亮' })] });
});

describe('工单处理 (staff queue)', () => {
  it('shows counts of open work and overdue tickets in words; counts and filters narrow the list', async () => {
    render(<TicketQueuePage />);
    expect(await screen.findByRole('button', { name: '已超时 1' })).toBeTruthy();
    // Nothing waits for review (held: 0), so there is no tile for it.
    expect(screen.queryByRole('button', { name: /待审核公开/ })).toBeNull();
    const card = await screen.findByRole('button', { name: '水电 楼道灯不亮' });
    expect(card.textContent).toContain('已超时');
    expect(card.textContent).toContain('11月19日 12:00前受理');
    expect(listQueue).toHaveBeenLastCalledWith({ status: 'open' });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '已超时 1' })));
    expect(listQueue).toHaveBeenLastCalledWith({ overdue: true });
    await act(async () => fireEvent.click(screen.getByRole('radio', { name: '2号楼' })));
    expect(listQueue).toHaveBeenLastCalledWith({ buildingId: 'b2', overdue: true });
    fireEvent.click(await screen.findByRole('button', { name: '水电 楼道灯不亮' }));
    expect(taroTest.lastNavigation).toEqual({ type: 'navigateTo', url: '/packages/tickets-admin/detail/index?id=t1' });
  });

  it('shows a 待审核公开 tile only when public reports wait for review, and it lists just those', async () => {
    jest
      .mocked(queueCounts)
      .mockResolvedValue({ submitted: 3, accepted: 1, in_progress: 2, resolved: 1, overdue: 1, mine: 2, unassigned: 3, held: 2 });
    jest.mocked(listQueue).mockResolvedValue({ items: [queueItem({ held: true, excerpt: '楼道小广告' })] });
    render(<TicketQueuePage />);
    const tile = await screen.findByRole('button', { name: '待审核公开 2' });
    await act(async () => fireEvent.click(tile));
    expect(listQueue).toHaveBeenLastCalledWith({ held: true });
    expect((await screen.findByRole('button', { name: '水电 楼道小广告' })).textContent).toContain('公开待审核');
  });

  it('turns a resident away from the staff pages', async () => {
    jest.mocked(getMe).mockResolvedValue(staff({ roles: ['resident'] }));
    render(<TicketQueuePage />);
    expect(await screen.findByText('只有社区工作人员和物业人员可以处理工单')).toBeTruthy();
    expect(listQueue).not.toHaveBeenCalled();
  });
});

describe('工单详情 (staff)', () => {
  beforeEach(() => taroTest.setRouterParams({ id: 't1' }));

  it('shows the reporter masked until asked, then the phone with a call button', async () => {
    jest
      .mocked(getTicket)
      .mockResolvedValue(
        detail({ relation: 'staff', reporter: { name: '王**', hasPhone: true }, actions: ['accept', 'assign', 'reply', 'reject'] }),
      );
    jest.mocked(revealContact).mockResolvedValue({ name: '王秀英', phone: '13800001111', place: '1号楼 1单元 302' });
    render(<TicketAdminDetailPage />);
    expect(await screen.findByText('王**（留了电话）')).toBeTruthy();
    expect(screen.queryByText(/13800001111/)).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '查看联系方式（会记录在操作记录里）' })));
    expect(revealContact).toHaveBeenCalledWith('t1');
    fireEvent.click(await screen.findByRole('button', { name: '打电话给王秀英' }));
    expect(callPhone).toHaveBeenCalledWith('13800001111');
  });

  it('offers exactly the allowed steps; accepting uses a request id and shows the result inline', async () => {
    jest.mocked(getTicket).mockResolvedValue(detail({ relation: 'handler', actions: ['accept', 'assign', 'reply'] }));
    jest
      .mocked(acceptTicket)
      .mockResolvedValue(
        detail({ relation: 'handler', status: 'accepted', actions: ['assign', 'reply', 'setExpected', 'start', 'resolve'] }),
      );
    render(<TicketAdminDetailPage />);
    const accept = await screen.findByRole('button', { name: '受理' });
    expect(screen.queryByRole('button', { name: '驳回（写明原因）' })).toBeNull();
    await act(async () => fireEvent.click(accept));
    expect(acceptTicket).toHaveBeenCalledWith({ ticketId: 't1', requestId: expect.stringMatching(/^[a-z0-9]{20}$/), note: '' });
    expect((await screen.findAllByRole('status')).map((el) => el.textContent)).toContain('已受理');
    expect(screen.getByRole('button', { name: '开始处理' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '处理完成' }));
    expect(screen.getByText('处理后的照片（必传）')).toBeTruthy();
    expect(screen.getByRole('button', { name: '确认处理完成' }).hasAttribute('disabled')).toBe(true);
  });
});

describe('邻居能否看到 (staff review a public report)', () => {
  beforeEach(() => taroTest.setRouterParams({ id: 't1' }));

  it('asks staff to decide on a held report, and shows the decision in place', async () => {
    jest.mocked(getTicket).mockResolvedValue(detail({ relation: 'staff', public: true, listed: false, held: true, actions: ['accept'] }));
    jest.mocked(reviewListing).mockResolvedValue(detail({ relation: 'staff', public: true, listed: true, actions: ['accept'] }));
    render(<TicketAdminDetailPage />);
    expect(await screen.findByText('居民想公开这条报告，但内容需要先审核。请看过内容后决定。')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '内容没问题，公开给邻居' })));
    expect(reviewListing).toHaveBeenCalledWith('t1', true);
    expect((await screen.findAllByRole('status')).map((el) => el.textContent)).toContain('已公开给邻居');
    expect(screen.getByRole('button', { name: '不再公开给邻居' })).toBeTruthy();
  });

  it('says nothing about listing for a report its reporter kept private, or to the property company', async () => {
    jest.mocked(getTicket).mockResolvedValue(detail({ relation: 'staff', public: false, listed: false, actions: ['accept'] }));
    const { unmount } = render(<TicketAdminDetailPage />);
    await screen.findByRole('button', { name: '受理' });
    expect(screen.queryByText('邻居能否看到')).toBeNull();
    unmount();
    jest.mocked(getMe).mockResolvedValue(staff({ roles: ['property'] }));
    jest.mocked(getTicket).mockResolvedValue(detail({ relation: 'handler', public: true, listed: true, actions: ['accept'] }));
    render(<TicketAdminDetailPage />);
    await screen.findByRole('button', { name: '受理' });
    expect(screen.queryByText('邻居能否看到')).toBeNull();
  });
});

describe('报修统计', () => {
  it('shows this month’s figures and exports CSV', async () => {
    const row = {
      key: 'all',
      name: '全部',
      received: 12,
      open: 3,
      overdue: 1,
      avgFirstResponseHours: 1.5,
      avgResolutionHours: 20,
      satisfaction: 4.5,
      rated: 6,
    };
    jest
      .mocked(ticketDashboard)
      .mockResolvedValue({ month: '2026-11', total: row, byCategory: [{ ...row, key: 'water_power', name: '水电' }], byBuilding: [] });
    jest.mocked(exportTicketDashboard).mockResolvedValue({ filename: '报修统计-2026-11.csv', csv: 'a,b' });
    jest.mocked(saveCsv).mockResolvedValue('downloaded');
    render(<TicketDashboardPage />);
    expect(await screen.findByLabelText('平均首次响应 1.5小时')).toBeTruthy();
    expect(screen.getByLabelText('满意度 4.5星（6人评）')).toBeTruthy();
    expect(screen.getByLabelText('按分类 水电').textContent).toContain('收到12');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '导出表格（CSV）' })));
    expect(saveCsv).toHaveBeenCalledWith('报修统计-2026-11.csv', 'a,b');
    expect(await screen.findByText('已下载 报修统计-2026-11.csv')).toBeTruthy();
  });
});
