import { act, fireEvent, render, screen } from '@testing-library/react';
import { resetApp } from '../../../../test/components/reset';
import { buildings, resident } from '../../../../test/components/fixtures';
import { taroTest } from '../../../../test/stubs/taro';
import { CallError } from '../../../services/errors';
import { findSimilar, followTicket, listCategories, submitTicket } from '../../../services/tickets';
import { getMe, listBuildings } from '../../../services/users';
import { setElderMode } from '../../../theme/elder-mode';
import { categories, detail } from '../testing/fixtures';
import NewTicketPage from './index';

jest.mock('../../../services/tickets');
jest.mock('../../../services/users');
jest.mock('../shared/device', () => ({
  canChooseMapPoint: () => false,
  chooseMapPoint: jest.fn(),
  askForProgressMessages: jest.fn(),
  pickPhotos: jest.fn(),
  previewPhotos: jest.fn(),
  wasCancelled: () => false,
}));

beforeEach(() => {
  resetApp();
  jest.clearAllMocks();
  jest.mocked(getMe).mockResolvedValue(resident());
  jest.mocked(listBuildings).mockResolvedValue(buildings);
  jest.mocked(listCategories).mockResolvedValue(categories);
  jest.mocked(findSimilar).mockResolvedValue([]);
});
afterEach(() => jest.useRealTimers());

const describeProblem = (text: string) =>
  fireEvent.change(screen.getByPlaceholderText('如：水龙头一直滴水，关不紧'), { target: { value: text } });

describe('我要报事', () => {
  it('files a home repair with a visit time and opens its progress page', async () => {
    jest.mocked(submitTicket).mockResolvedValue(detail({ id: 'new-1' }));
    render(<NewTicketPage />);
    fireEvent.click(await screen.findByRole('radio', { name: '水电' }));
    expect(screen.getByRole('radio', { name: '我家（1号楼 1单元 302）' }).getAttribute('aria-checked')).toBe('true');
    describeProblem('水龙头一直滴水');
    fireEvent.click(screen.getByRole('radio', { name: '明天' }));
    fireEvent.click(screen.getByRole('radio', { name: '上午 9–12点' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '提交' })));
    const sent = jest.mocked(submitTicket).mock.calls[0]?.[0];
    expect(sent).toMatchObject({
      kind: 'repair',
      categoryId: 'water_power',
      description: '水龙头一直滴水',
      where: 'household',
      public: false,
      visit: { slot: 'morning' },
    });
    expect(sent?.requestId).toMatch(/^[a-z0-9]{20}$/);
    expect(taroTest.lastNavigation).toEqual({ type: 'redirectTo', url: '/packages/tickets/detail/index?id=new-1&new=1' });
  });

  it('shows the server’s Chinese message under the field, and keeps the same request id for the retry', async () => {
    jest.mocked(submitTicket).mockRejectedValueOnce(new CallError('INVALID_INPUT', '请选择报修分类', { categoryId: '请选择报修分类' }));
    render(<NewTicketPage />);
    const submit = await screen.findByRole('button', { name: '提交' });
    describeProblem('漏水');
    await act(async () => fireEvent.click(submit));
    expect(await screen.findByText('请选择报修分类')).toBeTruthy();
    expect(screen.getByText('请按红字修改后再提交')).toBeTruthy();
    jest.mocked(submitTicket).mockResolvedValue(detail());
    fireEvent.click(screen.getByRole('radio', { name: '水电' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '提交' })));
    const [first, second] = jest.mocked(submitTicket).mock.calls.map((c) => c[0].requestId);
    expect(second).toBe(first);
  });

  it('before a public-spot report, shows the same problem nearby and follows it with "我也遇到了"', async () => {
    jest.useFakeTimers();
    jest.mocked(findSimilar).mockResolvedValue([
      {
        id: 'lamp',
        categoryName: '公共设施',
        status: 'accepted',
        excerpt: '路灯不亮',
        placeLabel: '1号楼 东侧路灯',
        createdAt: '2026-11-18T02:00:00.000Z',
        followers: 2,
        following: false,
      },
    ]);
    jest.mocked(followTicket).mockResolvedValue({ following: true, followers: 3 });
    render(<NewTicketPage />);
    await act(async () => jest.runOnlyPendingTimers());
    fireEvent.click(await screen.findByRole('radio', { name: '公共设施' }));
    fireEvent.click(screen.getByRole('radio', { name: '小区公共区域' }));
    fireEvent.click(screen.getByRole('radio', { name: '1号楼' }));
    fireEvent.change(screen.getByPlaceholderText('具体位置'), { target: { value: '1号楼东侧路灯' } });
    await act(async () => jest.advanceTimersByTime(500));
    expect(findSimilar).toHaveBeenLastCalledWith({ categoryId: 'facilities', spot: '1号楼东侧路灯', buildingId: 'b1' });
    expect(await screen.findByText('附近已经有人反映了')).toBeTruthy();
    expect(screen.getByText('📍 1号楼 东侧路灯 · 2位邻居也遇到了')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '我也遇到了' })));
    expect(followTicket).toHaveBeenCalledWith('lamp');
    expect(await screen.findByText('已关注，有进展会通知您')).toBeTruthy();
    expect(screen.getByRole('radio', { name: '公开，邻居遇到可以一起反映' }).getAttribute('aria-checked')).toBe('true');
  });

  it('looks right in elder mode', async () => {
    setElderMode(true);
    render(<NewTicketPage />);
    await screen.findByRole('radio', { name: '水电' });
    expect(screen.getByTestId('screen').className).toContain('ll-elder');
  });
});
