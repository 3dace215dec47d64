import { fireEvent, render, screen } from '@testing-library/react';
import { resetApp } from '../../../../test/components/reset';
import { buildings, staff, userRow } from '../../../../test/components/fixtures';
import { assignGridWorker, getMe, listAudit, listBuildings, listUsers } from '../../../services/users';
import AdminAuditPage from '../audit/index';
import AdminBuildingsPage from './index';

jest.mock('../../../services/users');

beforeEach(() => {
  resetApp();
  jest.resetAllMocks();
  jest.mocked(getMe).mockResolvedValue(staff());
  jest.mocked(listBuildings).mockResolvedValue(buildings);
});

describe('楼栋与网格员', () => {
  it('assigns a grid worker to a building and shows the new name', async () => {
    jest.mocked(listUsers).mockResolvedValue({ items: [userRow({ id: 'u-grid2', name: '刘网格', roles: ['resident', 'grid_worker'] })] });
    jest.mocked(assignGridWorker).mockResolvedValue({ ...buildings[1]!, gridWorker: { id: 'u-grid2', name: '刘网格' } });
    render(<AdminBuildingsPage />);
    expect(await screen.findByText('网格员：张网格')).toBeTruthy();
    expect(screen.getByText('网格员：未指派')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '2号楼' }));
    fireEvent.click(await screen.findByRole('radio', { name: '刘网格' }));
    fireEvent.click(screen.getByRole('button', { name: '指派' }));
    expect(await screen.findByText('网格员：刘网格')).toBeTruthy();
    expect(listUsers).toHaveBeenCalledWith({ role: 'grid_worker', limit: 50 });
    expect(assignGridWorker).toHaveBeenCalledWith({ buildingId: 'b2', userId: 'u-grid2' });
  });
});

describe('操作记录', () => {
  it('lists who changed what, with Shanghai time', async () => {
    jest.mocked(listAudit).mockResolvedValue({
      items: [
        {
          id: 'a1',
          at: '2026-11-22T02:05:00.000Z',
          actorName: '王主任',
          action: 'grantRole',
          targetName: '陈小明',
          detail: '授予「志愿者」',
        },
      ],
    });
    render(<AdminAuditPage />);
    expect(await screen.findByText('王主任 设置角色 陈小明')).toBeTruthy();
    expect(screen.getByText('2026-11-22 10:05')).toBeTruthy();
    expect(screen.getByText('没有更多了')).toBeTruthy();
  });
});
