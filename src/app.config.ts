// Local sign-in stands in for WeChat's identity only in the browser build (local mode).
const localSignIn = process.env.TARO_ENV === 'h5';

/** Services beyond the first screen live in subpackages, so the main package stays small. */
const domain = (name: string) => ({ root: `packages/${name}`, pages: ['index/index'] });

export default defineAppConfig({
  pages: ['pages/home/index', 'pages/inbox/index', 'pages/me/index'],
  subPackages: [
    { root: 'packages/account', pages: ['bind/index', ...(localSignIn ? ['sign-in/index'] : [])] },
    { root: 'packages/admin', pages: ['index/index', 'users/index', 'user/index', 'buildings/index', 'audit/index'] },
    { root: 'packages/announcements', pages: ['index/index', 'detail/index', 'manage/index', 'compose/index', 'admin/index'] },
    { root: 'packages/tickets', pages: ['index/index', 'new/index', 'detail/index', 'public/index'] },
    { root: 'packages/tickets-admin', pages: ['index/index', 'detail/index', 'dashboard/index', 'categories/index'] },
    { root: 'packages/fairs', pages: ['index/index', 'detail/index', 'bookings/index', 'pass/index'] },
    { root: 'packages/volunteer', pages: ['index/index', 'shift/index', 'stall/index', 'hours/index'] },
    { root: 'packages/fairs-admin', pages: ['index/index', 'edit/index', 'fair/index', 'board/index', 'stats/index', 'hours/index'] },
    domain('market'),
    domain('canteen'),
  ],
  // 报事报修 lets a resident mark a public spot on the map (WeChat only); declared as the privacy rules ask.
  requiredPrivateInfos: ['chooseLocation'],
  preloadRule: {
    'pages/me/index': { network: 'all', packages: ['packages/account'] },
  },
  window: {
    navigationBarTitleText: '邻里',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f4f4f4',
  },
  tabBar: {
    color: '#4a4a4a',
    selectedColor: '#b23c17',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/home/index', text: '首页', iconPath: 'assets/tab/home.png', selectedIconPath: 'assets/tab/home-on.png' },
      { pagePath: 'pages/inbox/index', text: '消息', iconPath: 'assets/tab/inbox.png', selectedIconPath: 'assets/tab/inbox-on.png' },
      { pagePath: 'pages/me/index', text: '我的', iconPath: 'assets/tab/me.png', selectedIconPath: 'assets/tab/me-on.png' },
    ],
  },
});
