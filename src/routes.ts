import Taro from '@tarojs/taro';

/** Every page's path in one place; app.config.ts lists the same pages. */
export const ROUTES = {
  home: '/pages/home/index',
  inbox: '/pages/inbox/index',
  me: '/pages/me/index',
  bind: '/packages/account/bind/index',
  signIn: '/packages/account/sign-in/index',
  admin: '/packages/admin/index/index',
  adminUsers: '/packages/admin/users/index',
  adminUser: '/packages/admin/user/index',
  adminBuildings: '/packages/admin/buildings/index',
  adminAudit: '/packages/admin/audit/index',
  announcements: '/packages/announcements/index/index',
  announcementDetail: '/packages/announcements/detail/index',
  announcementsManage: '/packages/announcements/manage/index',
  announcementCompose: '/packages/announcements/compose/index',
  announcementAdmin: '/packages/announcements/admin/index',
  tickets: '/packages/tickets/index/index',
  ticketNew: '/packages/tickets/new/index',
  ticketDetail: '/packages/tickets/detail/index',
  ticketsPublic: '/packages/tickets/public/index',
  ticketsAdmin: '/packages/tickets-admin/index/index',
  ticketAdminDetail: '/packages/tickets-admin/detail/index',
  ticketsDashboard: '/packages/tickets-admin/dashboard/index',
  ticketCategories: '/packages/tickets-admin/categories/index',
  fairs: '/packages/fairs/index/index',
  fairDetail: '/packages/fairs/detail/index',
  fairBookings: '/packages/fairs/bookings/index',
  fairPass: '/packages/fairs/pass/index',
  volunteer: '/packages/volunteer/index/index',
  volunteerShift: '/packages/volunteer/shift/index',
  volunteerStall: '/packages/volunteer/stall/index',
  volunteerHours: '/packages/volunteer/hours/index',
  fairsAdmin: '/packages/fairs-admin/index/index',
  fairsAdminEdit: '/packages/fairs-admin/edit/index',
  fairsAdminFair: '/packages/fairs-admin/fair/index',
  fairsAdminBoard: '/packages/fairs-admin/board/index',
  fairsAdminStats: '/packages/fairs-admin/stats/index',
  fairsAdminHours: '/packages/fairs-admin/hours/index',
  market: '/packages/market/index/index',
  canteen: '/packages/canteen/index/index',
} as const;

export type Route = (typeof ROUTES)[keyof typeof ROUTES];

const TABS: readonly Route[] = [ROUTES.home, ROUTES.inbox, ROUTES.me];

const withQuery = (route: Route, query?: Record<string, string>): string => {
  const pairs = Object.entries(query ?? {}).map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
  return pairs.length ? `${route}?${pairs.join('&')}` : route;
};

/** Opens a page: tab pages are switched to, others pushed. */
export const openPage = (route: Route, query?: Record<string, string>): void => {
  if (TABS.includes(route)) void Taro.switchTab({ url: route });
  else void Taro.navigateTo({ url: withQuery(route, query) });
};

/** Opens a link that came from the server (an inbox message), e.g. `/packages/tickets/detail/index?id=…`. */
export const openLink = (url: string): void => {
  if (!url.startsWith('/')) return;
  const path = url.split('?')[0] as Route;
  if (TABS.includes(path)) void Taro.switchTab({ url: path });
  else void Taro.navigateTo({ url });
};

/** Replaces the whole stack (after signing in as someone else). */
export const restartAt = (route: Route): void => {
  void Taro.reLaunch({ url: route });
};

export const goBack = (): void => {
  void Taro.navigateBack();
};
