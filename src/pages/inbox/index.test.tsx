import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { InboxItem } from '@contracts/inbox';
import { taroTest } from '../../../test/stubs/taro';
import { resetApp } from '../../../test/components/reset';
import { listInbox, markInboxRead } from '../../services/inbox';
import { CallError } from '../../services/errors';
import InboxPage from './index';

jest.mock('../../services/inbox');
const inbox = jest.mocked(listInbox);
const markRead = jest.mocked(markInboxRead);

const message = (over: Partial<InboxItem> = {}): InboxItem => ({
  id: 'm1',
  kind: 'ticket',
  title: '报修有进展',
  body: '师傅明天上午上门',
  link: '/packages/tickets/index/index',
  createdAt: '2026-11-22T02:00:00.000Z',
  read: false,
  ...over,
});

beforeEach(() => {
  resetApp();
  jest.resetAllMocks();
  markRead.mockResolvedValue({ unread: 0 });
});

describe('消息', () => {
  it('says plainly that there are no messages yet', async () => {
    inbox.mockResolvedValue({ items: [], unread: 0 });
    render(<InboxPage />);
    expect(await screen.findByText(/暂时没有消息/)).toBeTruthy();
  });

  it('lists messages, says which are unread in words, and opens one', async () => {
    inbox.mockResolvedValue({ items: [message()], unread: 1 });
    render(<InboxPage />);
    expect(await screen.findByText('报修有进展')).toBeTruthy();
    expect(screen.getByText('未读')).toBeTruthy();
    expect(screen.getByText('2026-11-22 10:00')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '报修有进展' }));
    expect(markRead).toHaveBeenCalledWith({ ids: ['m1'] });
    expect(taroTest.lastNavigation).toEqual({ type: 'navigateTo', url: '/packages/tickets/index/index' });
    expect(screen.queryByText('未读')).toBeNull();
  });

  it('marks everything read at once', async () => {
    inbox.mockResolvedValueOnce({ items: [message()], unread: 1 }).mockResolvedValueOnce({ items: [message({ read: true })], unread: 0 });
    render(<InboxPage />);
    fireEvent.click(await screen.findByRole('button', { name: '全部标为已读' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: '全部标为已读' })).toBeNull());
    expect(markRead).toHaveBeenCalledWith({ all: true });
  });

  it('shows the error and a retry', async () => {
    inbox.mockRejectedValue(new CallError('NETWORK', '网络不好，请稍后再试'));
    render(<InboxPage />);
    expect(await screen.findByText('网络不好，请稍后再试')).toBeTruthy();
    expect(screen.getByRole('button', { name: '重试' })).toBeTruthy();
  });
});
