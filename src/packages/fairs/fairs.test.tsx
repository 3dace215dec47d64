import { fireEvent, render, screen } from '@testing-library/react';
import type { BookingView, FairDetail } from '@contracts/fairs';
import { taroTest } from '../../../test/stubs/taro';
import { resetApp } from '../../../test/components/reset';
import { resident } from '../../../test/components/fixtures';
import { bookSlot, cancelBooking, getFair, myBookings, verifyCode } from '../../services/fairs';
import { myRelatives } from '../../services/relatives';
import { getMe } from '../../services/users';
import StallPage from '../volunteer/stall/index';
import MyBookingsPage from './bookings/index';
import FairDetailPage from './detail/index';

jest.mock('../../services/fairs', () => ({
  ...jest.requireActual('../../services/fairs'),
  getFair: jest.fn(),
  bookSlot: jest.fn(),
  cancelBooking: jest.fn(),
  myBookings: jest.fn(),
  verifyCode: jest.fn(),
}));
jest.mock('../../services/users');
jest.mock('../../services/relatives');

const slot = (id: string, startsAt: string, free: number, waiting = 0) => ({
  id,
  startsAt,
  endsAt: new Date(Date.parse(startsAt) + 30 * 60_000).toISOString(),
  capacity: 2,
  free,
  waiting,
  ended: false,
});

const fair: FairDetail = {
  id: 'f1',
  title: '十一月大集',
  date: '2026-11-22',
  opensAt: '2026-11-22T01:00:00.000Z',
  closesAt: '2026-11-22T02:00:00.000Z',
  place: '社区广场',
  status: 'published',
  stallCount: 1,
  description: '',
  bookingCap: 3,
  myActive: 0,
  stalls: [
    {
      id: 's1',
      service: '理发',
      serviceType: 'haircut',
      team: '巧手理发',
      location: '东侧',
      mode: 'slots',
      slotMinutes: 30,
      capacity: 2,
      audience: 'all',
      buildingIds: [],
      bookingOpen: true,
      slots: [slot('s1_0', '2026-11-22T01:00:00.000Z', 0, 3), slot('s1_1', '2026-11-22T01:30:00.000Z', 2)],
    },
  ],
};

const booking = (over: Partial<BookingView> = {}): BookingView => ({
  id: 'b1',
  fairId: 'f1',
  fairTitle: '十一月大集',
  fairDate: '2026-11-22',
  place: '社区广场',
  stallId: 's1',
  service: '理发',
  location: '东侧',
  startsAt: '2026-11-22T01:30:00.000Z',
  endsAt: '2026-11-22T02:00:00.000Z',
  status: 'confirmed',
  personName: '李阿姨',
  proxy: false,
  shortCode: '123456',
  canCancel: true,
  ...over,
});

beforeEach(() => {
  resetApp();
  jest.mocked(getMe).mockResolvedValue(resident());
  jest.mocked(myRelatives).mockResolvedValue([]);
  jest.mocked(getFair).mockResolvedValue(fair);
});

describe('大集 for residents', () => {
  it('shows free seats and 约满 per slot, and books with one confirm step and a request id', async () => {
    taroTest.setRouterParams({ id: 'f1' });
    jest.mocked(bookSlot).mockResolvedValue(booking());
    render(<FairDetailPage />);
    expect(await screen.findByRole('radio', { name: '09:00 约满 候补3' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: '09:30 余2位' }));
    expect(bookSlot).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: '确认预约' }));
    expect(await screen.findByText('预约成功：理发 09:30')).toBeTruthy();
    expect(jest.mocked(bookSlot).mock.calls[0]?.[0]).toEqual({ slotId: 's1_1', requestId: expect.stringMatching(/^[a-z0-9]+-[a-z0-9]+$/) });
  });

  it('offers the waitlist on a full slot', async () => {
    taroTest.setRouterParams({ id: 'f1' });
    render(<FairDetailPage />);
    fireEvent.click(await screen.findByRole('radio', { name: '09:00 约满 候补3' }));
    expect(screen.getByRole('button', { name: '加入候补' })).toBeTruthy();
  });

  it('keeps cancelling apart from the check-in code and asks before cancelling', async () => {
    jest.mocked(myBookings).mockResolvedValue({ items: [booking()] });
    jest.mocked(cancelBooking).mockResolvedValue(booking({ status: 'cancelled', canCancel: false }));
    render(<MyBookingsPage />);
    const show = await screen.findByRole('button', { name: '出示签到码' });
    const cancel = screen.getByRole('button', { name: '取消预约' });
    expect(show.parentElement).not.toBe(cancel.parentElement);
    fireEvent.click(cancel);
    expect(cancelBooking).not.toHaveBeenCalled();
    expect(screen.getByText('确定取消这个预约吗？取消后名额会让给候补的居民。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '确定取消预约' }));
    expect(await screen.findByText('已取消预约')).toBeTruthy();
    expect(cancelBooking).toHaveBeenCalledWith('b1');
  });
});

describe('大集 for volunteers', () => {
  it('checks a resident in by the typed code and shows who it is, large', async () => {
    taroTest.setRouterParams({ stallId: 's1' });
    jest.mocked(verifyCode).mockResolvedValue({
      bookingId: 'b1',
      personName: '王秀英',
      home: '3号楼2单元301',
      service: '理发',
      startsAt: '2026-11-22T01:30:00.000Z',
      endsAt: '2026-11-22T02:00:00.000Z',
      checkedInAt: '2026-11-22T01:31:00.000Z',
    });
    const page = render(<StallPage />);
    fireEvent.change(page.container.querySelector('input[name="checkinCode"]')!, { target: { value: '123456' } });
    fireEvent.click(screen.getByRole('button', { name: '核验签到' }));
    expect(await screen.findByText('王秀英')).toBeTruthy();
    expect(screen.getByText('3号楼2单元301').className).toContain('fairs__big');
    expect(verifyCode).toHaveBeenCalledWith({ stallId: 's1', code: '123456' });
  });
});
