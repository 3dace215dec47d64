import { fireEvent, render, screen } from '@testing-library/react';
import { resetApp } from '../../../../test/components/reset';
import { buildings, resident } from '../../../../test/components/fixtures';
import { CallError } from '../../../services/errors';
import { bindHousehold, getMe, listBuildings } from '../../../services/users';
import BindPage from './index';

jest.mock('../../../services/users', () => ({
  ...jest.requireActual('../../../services/users'),
  getMe: jest.fn(),
  listBuildings: jest.fn(),
  // The real bindHousehold checks input with the contract before any transport is used.
  bindHousehold: jest.fn(),
}));
const me = jest.mocked(getMe);
const list = jest.mocked(listBuildings);
const bind = jest.mocked(bindHousehold);
const actual = jest.requireActual<typeof import('../../../services/users')>('../../../services/users');

const type = (placeholder: string, value: string) => fireEvent.change(screen.getByPlaceholderText(placeholder), { target: { value } });

beforeEach(() => {
  resetApp();
  me.mockResolvedValue(resident({ name: '', household: undefined, birthYear: undefined }));
  list.mockResolvedValue(buildings);
  bind.mockReset();
});

const fillAllButRoom = async () => {
  fireEvent.click(await screen.findByRole('radio', { name: '2号楼' }));
  fireEvent.click(screen.getByRole('radio', { name: '1单元' }));
  type('您的姓名', '陈小明');
};

describe('绑定房屋', () => {
  it('shows the Chinese field error for an empty room and sends nothing', async () => {
    // The real service: the call layer checks input with the contract before the network.
    const fetch = jest.fn();
    Object.assign(globalThis, { fetch });
    bind.mockImplementation(actual.bindHousehold);
    try {
      render(<BindPage />);
      await fillAllButRoom();
      fireEvent.click(screen.getByRole('button', { name: '提交' }));
      expect(await screen.findByText('请填写房号')).toBeTruthy();
      expect(fetch).not.toHaveBeenCalled();
      expect(screen.queryByText('已提交')).toBeNull();
    } finally {
      delete (globalThis as { fetch?: unknown }).fetch;
    }
  });

  it('offers only the chosen building’s units', async () => {
    render(<BindPage />);
    fireEvent.click(await screen.findByRole('radio', { name: '1号楼' }));
    expect(screen.getAllByRole('radio', { name: /单元/ }).map((el) => el.textContent)).toEqual(['1单元', '2单元']);
    fireEvent.click(screen.getByRole('radio', { name: '2号楼' }));
    expect(screen.getAllByRole('radio', { name: /单元/ }).map((el) => el.textContent)).toEqual(['1单元']);
  });

  it('sends what was typed and confirms inline', async () => {
    bind.mockImplementation(async () =>
      resident({ household: { buildingId: 'b2', buildingName: '2号楼', unit: '1单元', room: '101', status: 'pending' } }),
    );
    render(<BindPage />);
    await fillAllButRoom();
    type('房号', '101');
    type('例如 1955', '1958');
    fireEvent.click(screen.getByRole('button', { name: '提交' }));
    expect(await screen.findByText('已提交')).toBeTruthy();
    expect(screen.getByText('2号楼 1单元 101')).toBeTruthy();
    expect(bind).toHaveBeenCalledWith({ buildingId: 'b2', unit: '1单元', room: '101', name: '陈小明', birthYear: 1958 });
  });

  it('shows a field message from the server under its field', async () => {
    bind.mockRejectedValue(new CallError('INVALID_INPUT', '手机号应为11位数字', { phone: '手机号应为11位数字' }));
    render(<BindPage />);
    await fillAllButRoom();
    type('房号', '101');
    type('11位手机号', '12345');
    fireEvent.click(screen.getByRole('button', { name: '提交' }));
    expect(await screen.findByText('手机号应为11位数字')).toBeTruthy();
  });

  it('shows a message that belongs to no field above the button', async () => {
    bind.mockRejectedValue(new CallError('RATE_LIMITED', '操作太频繁，请稍后再试'));
    render(<BindPage />);
    await fillAllButRoom();
    type('房号', '101');
    fireEvent.click(screen.getByRole('button', { name: '提交' }));
    expect((await screen.findByRole('alert')).textContent).toBe('操作太频繁，请稍后再试');
  });
});
