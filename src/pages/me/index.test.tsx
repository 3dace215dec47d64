import { act, fireEvent, render, screen } from '@testing-library/react';
import { taroTest } from '../../../test/stubs/taro';
import { resetApp } from '../../../test/components/reset';
import { resident, staff } from '../../../test/components/fixtures';
import { ELDER_MODE_KEY } from '../../theme/elder-mode';
import { getMe } from '../../services/users';
import MePage from './index';

jest.mock('../../services/users');
const me = jest.mocked(getMe);

beforeEach(() => {
  resetApp();
  me.mockReset();
});

describe('我的', () => {
  it('shows the profile with Chinese role badges, the masked phone and the house status', async () => {
    me.mockResolvedValue(
      resident({ household: { buildingId: 'b1', buildingName: '1号楼', unit: '1单元', room: '302', status: 'pending' } }),
    );
    render(<MePage />);
    expect(await screen.findByText('李阿姨')).toBeTruthy();
    expect(screen.getByText('居民')).toBeTruthy();
    expect(screen.getByText('长者')).toBeTruthy();
    expect(screen.getByText('手机：138****1234')).toBeTruthy();
    expect(screen.getByText('1号楼 1单元 302')).toBeTruthy();
    expect(screen.getByText('待核实')).toBeTruthy();
  });

  it('does not offer the admin area to a resident', async () => {
    me.mockResolvedValue(resident());
    render(<MePage />);
    await screen.findByText('李阿姨');
    expect(screen.queryByText('社区管理')).toBeNull();
  });

  it('offers the admin area to staff', async () => {
    me.mockResolvedValue(staff());
    render(<MePage />);
    expect(await screen.findByText('社区工作人员')).toBeTruthy();
    fireEvent.click(screen.getByText('社区管理'));
    expect(taroTest.lastNavigation).toEqual({ type: 'navigateTo', url: '/packages/admin/index/index' });
  });

  it('switches elder mode on the page root and remembers it', async () => {
    me.mockResolvedValue(resident());
    render(<MePage />);
    await screen.findByText('李阿姨');
    const root = screen.getByTestId('screen');
    const toggle = screen.getByRole('switch', { name: '长辈模式' });
    expect(root.className).not.toContain('ll-elder');
    expect(toggle.getAttribute('aria-checked')).toBe('false');

    fireEvent.click(toggle);
    expect(root.className).toContain('ll-elder');
    expect(screen.getByText('已开启')).toBeTruthy();
    expect(taroTest.storage.get(ELDER_MODE_KEY)).toBe('on');

    fireEvent.click(toggle);
    expect(root.className).not.toContain('ll-elder');
    expect(taroTest.storage.get(ELDER_MODE_KEY)).toBe('off');
  });

  it('reloads the profile when the person comes back (e.g. after binding a house)', async () => {
    me.mockResolvedValueOnce(resident({ household: undefined })).mockResolvedValueOnce(resident());
    render(<MePage />);
    expect(await screen.findByText('还没有绑定房屋')).toBeTruthy();
    act(() => taroTest.show());
    expect(await screen.findByText('1号楼 1单元 302')).toBeTruthy();
  });

  it('offers 切换身份 in the browser build only', async () => {
    me.mockResolvedValue(resident());
    const { unmount } = render(<MePage />);
    await screen.findByText('李阿姨');
    expect(screen.queryByText('切换身份')).toBeNull();
    unmount();

    process.env.TARO_ENV = 'h5';
    try {
      render(<MePage />);
      fireEvent.click(await screen.findByText('切换身份'));
      expect(taroTest.lastNavigation).toEqual({ type: 'navigateTo', url: '/packages/account/sign-in/index' });
    } finally {
      delete process.env.TARO_ENV;
    }
  });
});
