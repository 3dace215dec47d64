import type { Role } from '@contracts/roles';

/** The people a visitor can sign in as locally, one for each kind of user linli serves. */
export interface DemoPerson {
  openid: string;
  name: string;
  label: string;
  roles: Role[];
  birthYear: number;
  phone?: string;
  /** Building number (1-based) and unit/room, when they live in the community. */
  home?: { building: number; unit: string; room: string };
}

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  {
    openid: 'demo-elder',
    name: '王秀英',
    label: '长者居民',
    roles: ['resident'],
    birthYear: 1950,
    phone: '13800001111',
    home: { building: 3, unit: '2单元', room: '301' },
  },
  {
    openid: 'demo-resident',
    name: '李明',
    label: '年轻居民',
    roles: ['resident'],
    birthYear: 1991,
    phone: '13900002222',
    home: { building: 3, unit: '1单元', room: '502' },
  },
  { openid: 'demo-staff', name: '张丽', label: '社区工作人员', roles: ['staff'], birthYear: 1985, phone: '13700003333' },
  {
    openid: 'demo-grid',
    name: '刘建国',
    label: '网格员',
    roles: ['grid_worker', 'resident'],
    birthYear: 1972,
    phone: '13600004444',
    home: { building: 1, unit: '1单元', room: '101' },
  },
  { openid: 'demo-property', name: '孙师傅', label: '物业人员', roles: ['property'], birthYear: 1980, phone: '13300007777' },
  {
    openid: 'demo-volunteer',
    name: '陈志远',
    label: '志愿者',
    roles: ['volunteer', 'resident'],
    birthYear: 1996,
    phone: '13500005555',
    home: { building: 5, unit: '1单元', room: '203' },
  },
  { openid: 'demo-canteen', name: '赵师傅', label: '食堂操作员', roles: ['canteen_operator'], birthYear: 1978, phone: '13400006666' },
];
