import { fireEvent, render, screen } from '@testing-library/react';
import { taroTest } from '../../../test/stubs/taro';
import { resetApp } from '../../../test/components/reset';
import { resident } from '../../../test/components/fixtures';
import { CallError } from '../../services/errors';
import { getMe } from '../../services/users';
import HomePage from './index';

jest.mock('../../services/users');
const me = jest.mocked(getMe);

beforeEach(() => {
  resetApp();
  me.mockReset();
});

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
});
