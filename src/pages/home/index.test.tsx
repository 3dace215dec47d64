import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { taroTest } from '../../../test/stubs/taro';
import { resetApp } from '../../../test/components/reset';
import { resident } from '../../../test/components/fixtures';
import { CallError } from '../../services/errors';
import { getMe } from '../../services/users';
import { listFeed } from '../../services/announcements';
import { unreadCount } from '../../services/inbox';
import type { NoticeCard } from '@contracts/announcements';
import HomePage from './index';

jest.mock('../../services/users');
jest.mock('../../services/announcements');
jest.mock('../../services/inbox');
const me = jest.mocked(getMe);
const feed = jest.mocked(listFeed);
const unread = jest.mocked(unreadCount);

const card = (over: Partial<NoticeCard> = {}): NoticeCard => ({
  id: 'n1',
  title: '3号楼停水通知',
  category: 'notice',
  publishedAt: '2026-11-19T02:00:00.000Z',
  excerpt: '明天上午停水',
  pinned: false,
  mustAck: false,
  read: false,
  acked: false,
  updated: false,
  ...over,
});

beforeEach(() => {
  resetApp();
  me.mockReset();
  feed.mockReset().mockResolvedValue({ pinned: [], items: [] });
  unread.mockReset().mockResolvedValue({ unread: 0 });
});

// The notice preview loads on its own; let it settle inside act before the next test.
afterEach(() => act(() => new Promise((resolve) => setTimeout(resolve, 0))));

describe('首页', () => {
  it('shows the community name and all five services, each opening its page', async () => {
    me.mockResolvedValue(resident());
    render(<HomePage />);
    expect(await screen.findByText('潘苑社区')).toBeTruthy();
    for (const label of ['社区公告', '报事报修', '长者食堂', '便民集市', '邻里闲置']) {
      expect(screen.getByRole('button', { name: label })).toBeTruthy();
    }
    fireEvent.click(screen.getByRole('button', { name: '报事报修' }));
    expect(taroTest.lastNavigation).toEqual({ type: 'navigateTo', url: '/packages/tickets/index/index' });
  });

  it('asks a person without a house to bind one', async () => {
    me.mockResolvedValue(resident({ household: undefined }));
    render(<HomePage />);
    fireEvent.click(await screen.findByRole('button', { name: '去绑定房屋' }));
    expect(taroTest.lastNavigation).toEqual({ type: 'navigateTo', url: '/packages/account/bind/index' });
  });

  it('shows the server’s message and retries on request', async () => {
    me.mockRejectedValueOnce(new CallError('NETWORK', '网络不好，请稍后再试')).mockResolvedValueOnce(resident());
    render(<HomePage />);
    expect(await screen.findByText('网络不好，请稍后再试')).toBeTruthy();
    // The services stay reachable while the greeting failed.
    expect(screen.getByRole('button', { name: '社区公告' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByText('潘苑社区')).toBeTruthy();
    expect(me).toHaveBeenCalledTimes(2);
  });

  it('shows the newest notices, pinned first, says which are unread and which need confirming, and opens one', async () => {
    me.mockResolvedValue(resident());
    feed.mockResolvedValue({
      pinned: [card({ id: 'p1', title: '疫苗接种日', pinned: true, read: true })],
      items: [card({ mustAck: true }), card({ id: 'n2', title: '书法班开课', category: 'news', read: true })],
    });
    render(<HomePage />);
    const titles = (await screen.findAllByRole('button', { name: /疫苗接种日|3号楼停水通知|书法班开课/ })).map((b) =>
      b.getAttribute('aria-label'),
    );
    expect(titles).toEqual(['疫苗接种日', '3号楼停水通知', '书法班开课']);
    expect(screen.getAllByText('未读')).toHaveLength(1);
    expect(screen.getByText('需确认')).toBeTruthy();
    expect(feed).toHaveBeenCalledWith({ limit: 4 });
    fireEvent.click(screen.getByRole('button', { name: '3号楼停水通知' }));
    expect(taroTest.lastNavigation).toEqual({ type: 'navigateTo', url: '/packages/announcements/detail/index?id=n1' });
    fireEvent.click(screen.getByRole('button', { name: '查看全部通知' }));
    expect(taroTest.lastNavigation).toEqual({ type: 'navigateTo', url: '/packages/announcements/index/index' });
  });

  it('puts the inbox’s unread count on the 消息 tab, and clears it at zero', async () => {
    me.mockResolvedValue(resident());
    unread.mockResolvedValue({ unread: 3 });
    render(<HomePage />);
    await waitFor(() => expect(taroTest.tabBadges.get(1)).toBe('3'));
    unread.mockResolvedValue({ unread: 0 });
    act(() => taroTest.show());
    await waitFor(() => expect(taroTest.tabBadges.has(1)).toBe(false));
  });
});
