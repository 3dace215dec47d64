import { act, fireEvent, render, screen } from '@testing-library/react';
import { resetApp } from '../../../../test/components/reset';
import { taroTest } from '../../../../test/stubs/taro';
import { confirmTicket, getTicket, nudgeTicket, reopenTicket } from '../../../services/tickets';
import { detail } from '../testing/fixtures';
import TicketDetailPage from './index';

jest.mock('../../../services/tickets');
jest.mock('../shared/device', () => ({ pickPhotos: jest.fn(), previewPhotos: jest.fn(), wasCancelled: () => false }));

beforeEach(() => {
  resetApp();
  jest.clearAllMocks();
  taroTest.setRouterParams({ id: 't1' });
});

const resolved = detail({
  status: 'resolved',
  actions: ['confirm', 'reopen'],
  confirmBy: '2026-11-26T02:00:00.000Z',
  assignee: { id: 'u-p', name: '孙师傅', role: '物业人员' },
  timeline: [
    { id: 'e1', seq: 1, at: '2026-11-19T02:00:00.000Z', action: 'submit', actor: '我', status: 'submitted', photos: [] },
    { id: 'e2', seq: 2, at: '2026-11-19T03:00:00.000Z', action: 'accept', actor: '物业人员 孙师傅', status: 'accepted', photos: [] },
    {
      id: 'e3',
      seq: 3,
      at: '2026-11-19T06:00:00.000Z',
      action: 'resolve',
      actor: '物业人员 孙师傅',
      status: 'resolved',
      note: '换了阀芯',
      photos: ['cloud://x/after.jpg'],
    },
  ],
});

describe('进度详情', () => {
  it('shows every step newest first, with who and when, never a phone number', async () => {
    jest.mocked(getTicket).mockResolvedValue(resolved);
    render(<TicketDetailPage />);
    const steps = await screen.findAllByRole('listitem');
    expect(steps.map((s) => s.textContent)).toEqual([
      expect.stringContaining('处理完成2026-11-19 14:00 · 物业人员 孙师傅 · 已解决换了阀芯'),
      expect.stringContaining('已受理2026-11-19 11:00 · 物业人员 孙师傅'),
      expect.stringContaining('提交了报修2026-11-19 10:00 · 我'),
    ]);
    expect(screen.getByText('处理人：物业人员 孙师傅')).toBeTruthy();
    expect(screen.getByText('修好了吗？请在 2026-11-26 10:00 前确认，超过7天系统自动确认。')).toBeTruthy();
  });

  it.each([
    [{ public: false, listed: false }, '不公开'],
    [{ public: true, listed: true }, '邻居可见'],
    [{ public: true, listed: false, held: true as const }, '公开待审核'],
    [{ public: true, listed: false }, '未公开给邻居'],
  ])('tells the reporter who may read the report (%j → %s)', async (listing, label) => {
    jest.mocked(getTicket).mockResolvedValue(detail({ relation: 'reporter', ...listing }));
    render(<TicketDetailPage />);
    expect(await screen.findByText(label)).toBeTruthy();
  });

  it('confirms with a rating only after stars are chosen, using one request id', async () => {
    jest.mocked(getTicket).mockResolvedValue(resolved);
    jest.mocked(confirmTicket).mockResolvedValue({ ...resolved, status: 'closed', actions: [], rating: { stars: 5 } });
    render(<TicketDetailPage />);
    fireEvent.click(await screen.findByRole('button', { name: '已解决，去评价' }));
    fireEvent.click(screen.getByRole('radio', { name: '5星' }));
    expect(screen.getByText('很满意')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '确认已解决' })));
    expect(confirmTicket).toHaveBeenCalledWith(expect.objectContaining({ ticketId: 't1', stars: 5, comment: '' }));
    expect(await screen.findByText('已确认，谢谢您的评价')).toBeTruthy();
    expect(screen.getByText('已完成')).toBeTruthy();
  });

  it('sends "没修好" with its reason', async () => {
    jest.mocked(getTicket).mockResolvedValue(resolved);
    jest.mocked(reopenTicket).mockResolvedValue({ ...resolved, status: 'accepted', actions: ['nudge'] });
    render(<TicketDetailPage />);
    fireEvent.click(await screen.findByRole('button', { name: '没修好' }));
    fireEvent.change(screen.getByPlaceholderText('如：还是在滴水'), { target: { value: '还在滴' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '提交，请重新处理' })));
    expect(reopenTicket).toHaveBeenCalledWith(expect.objectContaining({ ticketId: 't1', reason: '还在滴', photos: [] }));
    expect(await screen.findByText('已退回，会重新处理')).toBeTruthy();
  });

  it('nudges, then says when the next nudge is possible', async () => {
    jest.mocked(getTicket).mockResolvedValue(detail({ status: 'accepted', actions: ['nudge'] }));
    jest.mocked(nudgeTicket).mockResolvedValue(detail({ status: 'accepted', actions: [], nudgeAvailableAt: '2026-11-19T14:00:00.000Z' }));
    render(<TicketDetailPage />);
    const nudge = await screen.findByRole('button', { name: '催一下' });
    await act(async () => fireEvent.click(nudge));
    expect(await screen.findByText('已催办，2026-11-19 22:00 后可以再催')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '催一下' })).toBeNull();
  });

  it('shows no buttons the server did not allow (a neighbour on a finished report)', async () => {
    jest.mocked(getTicket).mockResolvedValue(detail({ relation: 'neighbour', status: 'closed', listed: true, public: true, actions: [] }));
    render(<TicketDetailPage />);
    await screen.findByText('卫生间水龙头一直滴水');
    for (const name of ['催一下', '没修好', '撤销这张单子', '我也遇到了']) expect(screen.queryByRole('button', { name })).toBeNull();
  });
});
