import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { taroTest } from '../../../test/stubs/taro';
import { resetApp } from '../../../test/components/reset';
import { buildings, resident, staff, userRow } from '../../../test/components/fixtures';
import { CallError } from '../../services/errors';
import { getMe, getUser, grantRole, listBuildings, listUsers, revokeRole, verifyHousehold } from '../../services/users';
import AdminHomePage from './index/index';
import AdminUserPage from './user/index';
import AdminUsersPage from './users/index';

jest.mock('../../services/users');
const me = jest.mocked(getMe);
const users = jest.mocked(listUsers);
const grant = jest.mocked(grantRole);
const revoke = jest.mocked(revokeRole);
const verify = jest.mocked(verifyHousehold);

beforeEach(() => {
  resetApp();
  jest.resetAllMocks();
  me.mockResolvedValue(staff());
  jest.mocked(listBuildings).mockResolvedValue(buildings);
  users.mockResolvedValue({ items: [userRow()] });
});

describe('管理 area', () => {
  it('is not offered to a resident, and asks the server nothing', async () => {
    me.mockResolvedValue(resident());
    render(<AdminUsersPage />);
    expect(await screen.findByText('只有社区工作人员可以进入管理')).toBeTruthy();
    expect(users).not.toHaveBeenCalled();
  });

  it('opens for staff with the three sections', async () => {
    render(<AdminHomePage />);
    fireEvent.click(await screen.findByRole('button', { name: '居民与角色' }));
    expect(taroTest.lastNavigation).toEqual({ type: 'navigateTo', url: '/packages/admin/users/index' });
    expect(screen.getByRole('button', { name: '楼栋与网格员' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '操作记录' })).toBeTruthy();
  });

  it('lists people and filters by role, building, status and keyword', async () => {
    render(<AdminUsersPage />);
    expect(await screen.findByText('陈小明')).toBeTruthy();
    expect(users).toHaveBeenLastCalledWith({});

    fireEvent.click(screen.getByRole('radio', { name: '网格员' }));
    await screen.findByText('陈小明');
    expect(users).toHaveBeenLastCalledWith({ role: 'grid_worker' });

    fireEvent.click(screen.getByRole('radio', { name: '待核实' }));
    fireEvent.click(screen.getByRole('radio', { name: '2号楼' }));
    fireEvent.change(screen.getByPlaceholderText('姓名或手机号'), { target: { value: '陈' } });
    fireEvent.click(screen.getByRole('button', { name: '搜索' }));
    await screen.findByText('陈小明');
    expect(users).toHaveBeenLastCalledWith({ role: 'grid_worker', householdStatus: 'pending', buildingId: 'b2', keyword: '陈' });
  });

  it('pages with the cursor and says when there is no more', async () => {
    users
      .mockResolvedValueOnce({ items: [userRow()], nextCursor: 'c2' })
      .mockResolvedValueOnce({ items: [userRow({ id: 'u2', name: '周大爷' })] });
    render(<AdminUsersPage />);
    fireEvent.click(await screen.findByRole('button', { name: '加载更多' }));
    expect(await screen.findByText('周大爷')).toBeTruthy();
    expect(users).toHaveBeenLastCalledWith({ cursor: 'c2' });
    expect(screen.getByText('陈小明')).toBeTruthy();
    expect(screen.getByText('没有更多了')).toBeTruthy();
  });

  it('shows the server’s refusal with a retry', async () => {
    users.mockRejectedValueOnce(new CallError('FORBIDDEN', '没有权限进行这个操作'));
    render(<AdminUsersPage />);
    expect(await screen.findByText('没有权限进行这个操作')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByText('陈小明')).toBeTruthy();
  });
});

describe('居民详情', () => {
  const openDetail = async () => {
    const list = render(<AdminUsersPage />);
    fireEvent.click(await screen.findByRole('button', { name: '陈小明' }));
    expect(taroTest.lastNavigation).toEqual({ type: 'navigateTo', url: '/packages/admin/user/index?id=u-young' });
    list.unmount();
    taroTest.setRouterParams({ id: 'u-young' });
    render(<AdminUserPage />);
    await screen.findByText('手机：13912345678');
  };

  it('grants a role and shows it', async () => {
    grant.mockResolvedValue(userRow({ roles: ['resident', 'volunteer'] }));
    await openDetail();
    fireEvent.click(screen.getByRole('button', { name: '设为志愿者' }));
    expect(await screen.findByText('已设为志愿者')).toBeTruthy();
    expect(grant).toHaveBeenCalledWith({ userId: 'u-young', role: 'volunteer' });
    expect(screen.getByRole('button', { name: '取消志愿者' })).toBeTruthy();
  });

  it('asks once more before taking a role back', async () => {
    users.mockResolvedValue({ items: [userRow({ roles: ['resident', 'volunteer'] })] });
    revoke.mockResolvedValue(userRow());
    await openDetail();
    fireEvent.click(screen.getByRole('button', { name: '取消志愿者' }));
    expect(revoke).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: '确定取消志愿者' }));
    expect(await screen.findByText('已取消志愿者')).toBeTruthy();
    expect(revoke).toHaveBeenCalledWith({ userId: 'u-young', role: 'volunteer' });
  });

  it('verifies a household', async () => {
    verify.mockResolvedValue(userRow({ household: { ...userRow().household!, status: 'verified' } }));
    await openDetail();
    fireEvent.click(screen.getByRole('button', { name: '核实通过' }));
    expect(await screen.findByText('已核实通过')).toBeTruthy();
    expect(verify).toHaveBeenCalledWith({ userId: 'u-young', approve: true, note: '' });
    expect(screen.getByText('状态：已核实')).toBeTruthy();
  });

  it('shows a refused change inline, in Chinese', async () => {
    grant.mockRejectedValue(new CallError('FORBIDDEN', '没有权限进行这个操作'));
    await openDetail();
    fireEvent.click(screen.getByRole('button', { name: '设为网格员' }));
    expect((await screen.findByRole('alert')).textContent).toBe('没有权限进行这个操作');
  });

  it('shows the change on the list when the person goes back to it', async () => {
    grant.mockResolvedValue(userRow({ roles: ['resident', 'volunteer'] }));
    const list = render(<AdminUsersPage />);
    fireEvent.click(await within(list.container).findByRole('button', { name: '陈小明' }));
    taroTest.setRouterParams({ id: 'u-young' });
    const detail = render(<AdminUserPage />);
    fireEvent.click(await within(detail.container).findByRole('button', { name: '设为志愿者' }));
    await within(detail.container).findByText('已设为志愿者');
    detail.unmount();

    act(() => taroTest.show());
    expect(within(within(list.container).getByRole('button', { name: '陈小明' })).getByText('志愿者')).toBeTruthy();
    expect(users).toHaveBeenCalledTimes(1);
  });

  it('loads a person from the server when opened directly, and says so when they do not exist', async () => {
    jest.mocked(getUser).mockResolvedValueOnce(userRow({ id: 'u9', name: '孙桂兰' }));
    taroTest.setRouterParams({ id: 'u9' });
    const page = render(<AdminUserPage />);
    expect(await page.findByText('孙桂兰')).toBeTruthy();
    expect(getUser).toHaveBeenCalledWith('u9');
    page.unmount();

    jest.mocked(getUser).mockRejectedValueOnce(new CallError('NOT_FOUND', '找不到这个用户'));
    taroTest.setRouterParams({ id: 'nobody' });
    render(<AdminUserPage />);
    expect(await screen.findByText('找不到这个用户')).toBeTruthy();
  });
});
