import type { BuildingView, MeView, UserRow } from '@contracts/users';

export const resident = (over: Partial<MeView> = {}): MeView => ({
  id: 'u-resident',
  name: '李阿姨',
  roles: ['resident'],
  isElder: true,
  birthYear: 1950,
  phoneMasked: '138****1234',
  household: { buildingId: 'b1', buildingName: '1号楼', unit: '1单元', room: '302', status: 'verified' },
  community: { name: '潘苑社区' },
  ...over,
});

export const staff = (over: Partial<MeView> = {}): MeView =>
  resident({ id: 'u-staff', name: '王主任', roles: ['resident', 'staff'], isElder: false, birthYear: 1980, ...over });

export const buildings: BuildingView[] = [
  { id: 'b1', name: '1号楼', units: ['1单元', '2单元'], gridWorker: { id: 'u-grid', name: '张网格' } },
  { id: 'b2', name: '2号楼', units: ['1单元'] },
];

export const userRow = (over: Partial<UserRow> = {}): UserRow => ({
  id: 'u-young',
  name: '陈小明',
  roles: ['resident'],
  isElder: false,
  birthYear: 1995,
  phone: '13912345678',
  household: { buildingId: 'b2', buildingName: '2号楼', unit: '1单元', room: '101', status: 'pending' },
  createdAt: '2026-11-01T02:00:00.000Z',
  ...over,
});
