/**
 * A stand-in for @tarojs/taro in jsdom with what linli's pages (and NutUI) call. Navigation and
 * storage are recorded so a test can see where a tap led and what was saved: use `taroTest`.
 */
import { useEffect, useRef } from 'react';

export interface Navigation {
  type: 'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch' | 'navigateBack';
  url?: string;
}

type Callback = () => void;

const state = {
  navigations: [] as Navigation[],
  storage: new Map<string, unknown>(),
  params: {} as Record<string, string>,
  fontSizeSetting: undefined as number | undefined,
  showListeners: new Set<Callback>(),
  currentRoute: 'pages/home/index',
  tabBadges: new Map<number, string>(),
  share: undefined as (() => { title?: string; path?: string }) | undefined,
};

const navigate =
  (type: Navigation['type']) =>
  (options: { url?: string } = {}) => {
    state.navigations.push({ type, ...(options.url ? { url: options.url } : {}) });
    if (options.url) state.currentRoute = options.url.replace(/^\//, '').split('?')[0] ?? state.currentRoute;
    return Promise.resolve({ errMsg: `${type}:ok` });
  };

export const taroTest = {
  get navigations(): readonly Navigation[] {
    return state.navigations;
  },
  get lastNavigation(): Navigation | undefined {
    return state.navigations[state.navigations.length - 1];
  },
  storage: state.storage,
  setRouterParams(params: Record<string, string>) {
    state.params = params;
  },
  setFontSizeSetting(size: number | undefined) {
    state.fontSizeSetting = size;
  },
  setCurrentRoute(route: string) {
    state.currentRoute = route;
  },
  /** Tab index → badge text, as setTabBarBadge / removeTabBarBadge left it. */
  tabBadges: state.tabBadges,
  /** What the page's useShareAppMessage would hand WeChat for a share card now. */
  shareCard() {
    return state.share?.();
  },
  /** The person comes back to the page: fires every mounted useDidShow. */
  show() {
    state.showListeners.forEach((listener) => listener());
  },
  reset() {
    state.navigations = [];
    state.storage.clear();
    state.params = {};
    state.fontSizeSetting = undefined;
    state.showListeners.clear();
    state.currentRoute = 'pages/home/index';
    state.tabBadges.clear();
    state.share = undefined;
    cloud.callFunction.mockReset();
  },
};

export const ENV_TYPE = { WEAPP: 'WEAPP', WEB: 'WEB', RN: 'RN', SWAN: 'SWAN', ALIPAY: 'ALIPAY', TT: 'TT', QQ: 'QQ', JD: 'JD' } as const;
// NutUI branches on the platform; the DOM-shaped branch fits jsdom.
export const getEnv = () => ENV_TYPE.WEB;

export const navigateTo = navigate('navigateTo');
export const redirectTo = navigate('redirectTo');
export const switchTab = navigate('switchTab');
export const reLaunch = navigate('reLaunch');
export const navigateBack = () => navigate('navigateBack')();

export const getStorageSync = (key: string): unknown => (state.storage.has(key) ? state.storage.get(key) : '');
export const setStorageSync = (key: string, value: unknown): void => {
  state.storage.set(key, value);
};
export const removeStorageSync = (key: string): void => {
  state.storage.delete(key);
};

export const getAppBaseInfo = () => ({ SDKVersion: '3.3.4', language: 'zh_CN', fontSizeSetting: state.fontSizeSetting });
export const getSystemInfoSync = () => ({
  windowWidth: 375,
  windowHeight: 667,
  pixelRatio: 2,
  platform: 'devtools',
  fontSizeSetting: state.fontSizeSetting,
});
export const getSystemInfo = () => Promise.resolve(getSystemInfoSync());
export const getWindowInfo = () => ({ windowWidth: 375, windowHeight: 667, pixelRatio: 2 });
export const getDeviceInfo = () => ({ platform: 'devtools' });
export const getCurrentPages = () => [{ route: state.currentRoute }];
export const getCurrentInstance = () => ({ router: { params: state.params, path: `/${state.currentRoute}` } });
export const nextTick = (fn: Callback) => setTimeout(fn, 0);
export const pxTransform = (size: number) => `${size / 2}px`;
export const createSelectorQuery = () => {
  const query = {
    select: () => query,
    selectAll: () => query,
    selectViewport: () => query,
    in: () => query,
    boundingClientRect: () => query,
    scrollOffset: () => query,
    fields: () => query,
    exec: (callback?: (result: unknown[]) => void) => callback?.([]),
  };
  return query;
};
export const eventCenter = { on: () => undefined, off: () => undefined, trigger: () => undefined, once: () => undefined };
export const showToast = () => Promise.resolve();
export const setTabBarBadge = (options: { index: number; text: string }) => {
  state.tabBadges.set(options.index, options.text);
  return Promise.resolve();
};
export const removeTabBarBadge = (options: { index: number }) => {
  state.tabBadges.delete(options.index);
  return Promise.resolve();
};
export const previewImage = () => Promise.resolve();

export const cloud = {
  init: jest.fn(),
  callFunction: jest.fn(),
};

export const useDidShow = (callback: Callback) => {
  const latest = useRef(callback);
  latest.current = callback;
  useEffect(() => {
    const listener = () => latest.current();
    state.showListeners.add(listener);
    listener();
    return () => {
      state.showListeners.delete(listener);
    };
  }, []);
};
export const useLaunch = (callback: Callback) => {
  useEffect(() => callback(), []);
};
export const useLoad = useLaunch;
export const useReady = useLaunch;
export const useDidHide = (_callback: Callback) => undefined;
export const useUnload = (_callback: Callback) => undefined;
export const usePageScroll = (_callback: Callback) => undefined;
export const usePullDownRefresh = (_callback: Callback) => undefined;
export const useShareAppMessage = (callback: () => { title?: string; path?: string }) => {
  state.share = callback;
};
export const useRouter = () => ({ params: state.params, path: `/${state.currentRoute}` });
export const stopPullDownRefresh = () => Promise.resolve();

const Taro = {
  ENV_TYPE,
  getEnv,
  navigateTo,
  redirectTo,
  switchTab,
  reLaunch,
  navigateBack,
  getStorageSync,
  setStorageSync,
  removeStorageSync,
  getAppBaseInfo,
  getSystemInfoSync,
  getSystemInfo,
  getWindowInfo,
  getDeviceInfo,
  getCurrentPages,
  getCurrentInstance,
  nextTick,
  pxTransform,
  createSelectorQuery,
  eventCenter,
  showToast,
  setTabBarBadge,
  removeTabBarBadge,
  previewImage,
  cloud,
  stopPullDownRefresh,
};

export default Taro;
