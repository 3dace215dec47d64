import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { taroTest } from '../../../../test/stubs/taro';
import { resetApp } from '../../../../test/components/reset';
import { resident, staff } from '../../../../test/components/fixtures';
import { acknowledgeNotice, listFeed, openNotice } from '../../../services/announcements';
import { CallError } from '../../../services/errors';
import { getMe } from '../../../services/users';
import { setElderMode } from '../../../theme/elder-mode';
import DetailPage from '../detail/index';
import FeedPage from '../index/index';
import { card, detail } from './fixtures';

jest.mock('../../../services/announcements');
jest.mock('../../../services/users');
const feed = jest.mocked(listFeed);
const open = jest.mocked(openNotice);
const ack = jest.mocked(acknowledgeNotice);

beforeEach(() => {
  resetApp();
  jest.resetAllMocks();
  jest.mocked(getMe).mockResolvedValue(resident());
});

describe('社区公告 (feed)', () => {
  it('shows pinned notices first, says in words what is unread, needs confirming or was updated, and opens one', async () => {
    feed.mockResolvedValue({
      pinned: [card({ id: 'p1', title: '疫苗接种日', pinned: true, read: true })],
      items: [card({ mustAck: true }), card({ id: 'n2', title: '书法班', updated: true, read: true })],
    });
    render(<FeedPage />);
    await screen.findByText('疫苗接种日');
    expect(screen.getAllByRole('button', { name: /疫苗接种日|3号楼停水通知|书法班/ }).map((b) => b.getAttribute('aria-label'))).toEqual([
      '疫苗接种日',
      '3号楼停水通知',
      '书法班',
    ]);
    expect(screen.getByText('置顶')).toBeTruthy();
    expect(screen.getAllByText('未读')).toHaveLength(1);
    expect(screen.getByText('需确认')).toBeTruthy();
    expect(screen.getByText('已更新')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '管理通知' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: '3号楼停水通知' }));
    expect(taroTest.lastNavigation).toEqual({ type: 'navigateTo', url: '/packages/announcements/detail/index?id=n1' });
    expect(screen.queryAllByText('未读')).toHaveLength(0);
  });

  it('switches category with the tabs and pages with the cursor', async () => {
    feed.mockResolvedValue({ pinned: [], items: [card()], nextCursor: 'c2' });
    render(<FeedPage />);
    await screen.findByText('3号楼停水通知');
    feed.mockResolvedValueOnce({ pinned: [], items: [card({ id: 'n3', title: '二楼的通知' })] });
    fireEvent.click(screen.getByRole('button', { name: '加载更多' }));
    await screen.findByText('二楼的通知');
    expect(feed).toHaveBeenLastCalledWith({ cursor: 'c2' });

    feed.mockResolvedValue({ pinned: [], items: [card({ id: 'n4', title: '低保名单公示', category: 'disclosure' })] });
    fireEvent.click(screen.getByRole('radio', { name: '政务公开' }));
    await screen.findByText('低保名单公示');
    expect(feed).toHaveBeenLastCalledWith({ category: 'disclosure' });
  });

  it('offers staff the way to manage notices', async () => {
    jest.mocked(getMe).mockResolvedValue(staff());
    feed.mockResolvedValue({ pinned: [], items: [] });
    render(<FeedPage />);
    fireEvent.click(await screen.findByRole('button', { name: '管理通知' }));
    expect(taroTest.lastNavigation).toEqual({ type: 'navigateTo', url: '/packages/announcements/manage/index' });
    expect(screen.getByText(/暂时没有通知/)).toBeTruthy();
  });
});

describe('通知详情', () => {
  it('shows the body with its heading, emphasis, app links and attachments; links open app pages', async () => {
    taroTest.setRouterParams({ id: 'n1' });
    open.mockResolvedValue(detail({ mustAck: false }));
    render(<DetailPage />);
    expect(await screen.findByText('停水时间')).toBeTruthy();
    expect(screen.getByText('9点到12点').className).toContain('notice-body__strong');
    expect(screen.getByText('潘苑社区 · 2026-11-19 10:00')).toBeTruthy();
    expect(screen.getByRole('button', { name: '停水范围.pdf' })).toBeTruthy();
    fireEvent.click(screen.getByText('这里'));
    expect(taroTest.lastNavigation).toEqual({ type: 'navigateTo', url: '/packages/tickets/index/index' });
    expect(open).toHaveBeenCalledWith('n1');
    expect(screen.queryByRole('button', { name: '我已知晓' })).toBeNull();
  });

  it('has a large 我已知晓 for must-acknowledge notices, and shows when it was recorded', async () => {
    taroTest.setRouterParams({ id: 'n1' });
    open.mockResolvedValue(detail());
    ack.mockResolvedValue({ ackAt: '2026-11-19T03:05:00.000Z' });
    render(<DetailPage />);
    fireEvent.click(await screen.findByRole('button', { name: '我已知晓' }));
    expect(await screen.findByText('您已确认知晓')).toBeTruthy();
    expect(screen.getByText('确认时间：2026-11-19 11:05')).toBeTruthy();
    expect(ack).toHaveBeenCalledWith('n1');
  });

  it('makes a share card that opens this notice', async () => {
    taroTest.setRouterParams({ id: 'n1' });
    open.mockResolvedValue(detail());
    render(<DetailPage />);
    await screen.findByText('停水时间');
    expect(taroTest.shareCard()).toEqual({ title: '【公告】3号楼停水通知', path: '/packages/announcements/detail/index?id=n1' });
  });

  it('tells someone outside the audience politely, with a way on and no pointless retry', async () => {
    taroTest.setRouterParams({ id: 'n1' });
    open.mockRejectedValue(new CallError('NOT_IN_AUDIENCE', '这条通知只发给部分居民，您不在通知范围内'));
    render(<DetailPage />);
    expect(await screen.findByText('这条通知只发给部分居民，您不在通知范围内')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '重试' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '看看其他通知' }));
    expect(taroTest.lastNavigation).toEqual({ type: 'navigateTo', url: '/packages/announcements/index/index' });
  });

  it('renders in elder mode (large body) and follows the switch at once', async () => {
    taroTest.setRouterParams({ id: 'n1' });
    open.mockResolvedValue(detail());
    render(<DetailPage />);
    await screen.findByText('停水时间');
    expect(screen.getByTestId('screen').className).not.toContain('ll-elder');
    act(() => setElderMode(true));
    await waitFor(() => expect(screen.getByTestId('screen').className).toContain('ll-elder'));
    expect(screen.getByText('停水时间').closest('.notice-body')).toBeTruthy();
  });
});
