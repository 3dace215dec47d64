import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { taroTest } from '../../../../test/stubs/taro';
import { resetApp } from '../../../../test/components/reset';
import { CallError } from '../../../services/errors';
import { listDemoPeople, signIn } from '../../../services/dev-session';
import SignInPage from './index';

jest.mock('../../../services/dev-session');

beforeEach(() => {
  resetApp();
  jest.resetAllMocks();
  jest.mocked(listDemoPeople).mockResolvedValue([
    { openid: 'o-elder', name: '李阿姨', label: '长者居民' },
    { openid: 'o-staff', name: '王主任', label: '社区工作人员' },
  ]);
});

describe('本地登录 (H5 local mode)', () => {
  it('signs in as the chosen demo person and starts again at 首页', async () => {
    jest.mocked(signIn).mockResolvedValue({});
    render(<SignInPage />);
    fireEvent.click(await screen.findByRole('button', { name: '王主任 社区工作人员' }));
    expect(signIn).toHaveBeenCalledWith('o-staff');
    await waitFor(() => expect(taroTest.lastNavigation).toEqual({ type: 'reLaunch', url: '/pages/home/index' }));
  });

  it('says so when the local server cannot be reached', async () => {
    jest.mocked(listDemoPeople).mockRejectedValue(CallError.network());
    render(<SignInPage />);
    expect(await screen.findByText('网络不好，请稍后再试')).toBeTruthy();
  });
});
