import { ROUTES, type Route } from '../../routes';

export interface ServiceEntry {
  key: 'announcements' | 'tickets' | 'fairs' | 'market' | 'canteen';
  label: string;
  hint: string;
  icon: string;
  route: Route;
}

/** The five community services on 首页, in the order residents use them most. */
export const SERVICES: readonly ServiceEntry[] = [
  { key: 'announcements', label: '社区公告', hint: '通知与活动', icon: '📢', route: ROUTES.announcements },
  { key: 'tickets', label: '报事报修', hint: '坏了就报，进度可查', icon: '🔧', route: ROUTES.tickets },
  { key: 'canteen', label: '长者食堂', hint: '今日菜单与订餐', icon: '🍲', route: ROUTES.canteen },
  { key: 'fairs', label: '便民集市', hint: '义诊、理发、维修', icon: '🎪', route: ROUTES.fairs },
  { key: 'market', label: '邻里闲置', hint: '闲置物品互换', icon: '♻️', route: ROUTES.market },
];
