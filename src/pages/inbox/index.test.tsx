import { render, screen } from '@testing-library/react';
import { resetApp } from '../../../test/components/reset';
import { listInbox } from '../../services/inbox';
import { CallError } from '../../services/errors';
import InboxPage from './index';

jest.mock('../../services/inbox');
const inbox = jest.mocked(listInbox);

beforeEach(() => {
  resetApp();
  inbox.mockReset();
});

describe('消息', () => {
  it('says plainly that there are no messages yet', async () => {
    inbox.mockResolvedValue({ items: [] });
    render(<InboxPage />);
    expect(await screen.findByText(/暂时没有消息/)).toBeTruthy();
  });

  it('lists messages when there are some', async () => {
    inbox.mockResolvedValue({ items: [{ id: 'm1', title: '停水通知', body: '明天上午停水', createdAt: '2026-11-22T02:00:00Z', read: false }] });
    render(<InboxPage />);
    expect(await screen.findByText('停水通知')).toBeTruthy();
  });

  it('shows the error and a retry', async () => {
    inbox.mockRejectedValue(new CallError('NETWORK', '网络不好，请稍后再试'));
    render(<InboxPage />);
    expect(await screen.findByText('网络不好，请稍后再试')).toBeTruthy();
    expect(screen.getByRole('button', { name: '重试' })).toBeTruthy();
  });
});
