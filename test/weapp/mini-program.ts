import { join } from 'node:path';
import simulate from 'miniprogram-simulate';
import { WEAPP } from './build';

/**
 * Runs linli's compiled WeChat build (dist/weapp) in miniprogram-simulate: the real WXML
 * templates, the real Taro runtime and the app's own code. WeChat's `App`, `Page` and
 * `getCurrentPages` are shimmed, and the `wx` calls the app makes are faked and recorded.
 */

export type CloudFunction = (name: string, data: { action: string; input?: unknown }) => Promise<unknown>;

interface WxCallbacks {
  url?: string;
  success?: (res: { errMsg: string }) => void;
  complete?: (res: { errMsg: string }) => void;
}

type PageOptions = Record<string, unknown> & { data?: Record<string, unknown> };
type PageThis = Record<string, unknown> & { route?: string };

export interface MiniProgram {
  /** What the app passed to wx.cloud.init at launch. */
  cloudInit: unknown[];
  cloudCalls: { name: string; data: unknown }[];
  navigations: { type: string; url?: string }[];
  storage: Map<string, unknown>;
}

const globals = globalThis as unknown as Record<string, unknown> & { wx: Record<string, unknown> };
const pageStack: PageThis[] = [];
let currentRoute = '';
let currentQuery: Record<string, string> = {};

const state: MiniProgram = { cloudInit: [], cloudCalls: [], navigations: [], storage: new Map() };
let cloudFunction: CloudFunction = () => Promise.reject(new Error('no cloud function set'));
let fontSizeSetting = 16;

const navigation = (type: string) => (options: WxCallbacks) => {
  state.navigations.push({ type, ...(options.url ? { url: options.url } : {}) });
  const res = { errMsg: `${type}:ok` };
  options.success?.(res);
  options.complete?.(res);
};

const installShims = () => {
  globals.getCurrentPages = () => pageStack;
  globals.App = (config: Record<string, unknown> & { onLaunch?: (o: unknown) => void; onShow?: (o: unknown) => void }) => {
    globals.__app = config;
    config.onLaunch?.call(config, { path: 'pages/home/index', query: {}, scene: 1001 });
    config.onShow?.call(config, { path: 'pages/home/index', query: {}, scene: 1001 });
  };
  globals.getApp = () => globals.__app;
  // A Taro page is a Page() config; miniprogram-simulate runs components: same data, methods and events.
  globals.Page = (options: PageOptions) => {
    const methods = Object.fromEntries(Object.entries(options).filter(([, value]) => typeof value === 'function'));
    (globals.Component as (o: unknown) => void)({
      data: options.data ?? {},
      methods,
      lifetimes: {
        attached(this: PageThis) {
          this.route = currentRoute;
          pageStack.push(this);
          (this.onLoad as (q: object) => void)?.call(this, { ...currentQuery });
          (this.onShow as () => void)?.call(this);
        },
        ready(this: PageThis) {
          (this.onReady as () => void)?.call(this);
        },
        detached(this: PageThis) {
          (this.onUnload as () => void)?.call(this);
          pageStack.splice(pageStack.indexOf(this), 1);
        },
      },
    });
  };
  Object.assign(globals.wx, {
    cloud: {
      init: (options: unknown) => void state.cloudInit.push(options),
      callFunction: async ({ name, data }: { name: string; data: { action: string; input?: unknown } }) => {
        state.cloudCalls.push({ name, data });
        return { result: await cloudFunction(name, data), errMsg: 'cloud.callFunction:ok' };
      },
    },
    navigateTo: navigation('navigateTo'),
    redirectTo: navigation('redirectTo'),
    switchTab: navigation('switchTab'),
    reLaunch: navigation('reLaunch'),
    navigateBack: navigation('navigateBack'),
    getStorageSync: (key: string) => (state.storage.has(key) ? state.storage.get(key) : ''),
    setStorageSync: (key: string, value: unknown) => void state.storage.set(key, value),
    removeStorageSync: (key: string) => void state.storage.delete(key),
    getAppBaseInfo: () => ({ SDKVersion: '3.3.4', language: 'zh_CN', fontSizeSetting }),
  });
};

let launched = false;

/** Starts the app once per test file (app.js, like WeChat does before the first page). */
export const launchApp = (options: { cloud: CloudFunction; fontSizeSetting?: number }): MiniProgram => {
  cloudFunction = options.cloud;
  fontSizeSetting = options.fontSizeSetting ?? 16;
  if (!launched) {
    installShims();
    require(join(WEAPP, 'app.js'));
    launched = true;
  }
  return state;
};

export const useCloud = (cloud: CloudFunction): void => {
  cloudFunction = cloud;
};

/** Lets the page's promises (cloud calls) and Taro's batched setData settle. */
export const settle = () => simulate.sleep(50);

export interface OpenPage {
  /** Everything the person can read on the page, in order. */
  text(): string;
  /** The page root's classes, as WeChat renders them (miniprogram-simulate prefixes `main--`). */
  rootClasses(): string[];
  /** Waits (up to 3 s) until the page shows `text`: cloud replies arrive asynchronously. */
  waitForText(text: string): Promise<void>;
  /** Taps the element matching `selector` whose text contains `text`. */
  tap(selector: string, text?: string): Promise<void>;
  /** Types into the n-th text field matching `selector`, as WeChat reports typing (an input event). */
  type(selector: string, index: number, value: string): Promise<void>;
  close(): void;
}

// A page's script registers it once (webpack will not run a chunk twice); later opens reuse it.
const loaded = new Map<string, string>();

/** Opens a page as WeChat would, with the query its URL carried (e.g. `{ id: 'n1' }`). */
export const openPage = async (route: string, query: Record<string, string> = {}): Promise<OpenPage> => {
  currentRoute = route;
  currentQuery = query;
  const id = loaded.get(route) ?? simulate.load(join(WEAPP, route), { rootPath: WEAPP });
  loaded.set(route, id);
  const page = simulate.render(id);
  page.attach(document.createElement('parent-wrapper'));
  await settle();
  const root = () => page.dom as HTMLElement;
  return {
    text: () => root().textContent ?? '',
    async waitForText(text) {
      for (let waited = 0; !(root().textContent ?? '').includes(text); waited += 50) {
        if (waited > 3000) throw new Error(`the page never showed “${text}”; it shows: ${root().textContent ?? ''}`);
        await settle();
      }
    },
    rootClasses: () => Array.from(root().firstElementChild?.classList ?? []).map((name) => name.replace(/^main--/, '')),
    async tap(selector, text) {
      const target = page.querySelectorAll(selector).find((node) => !text || (node.dom as HTMLElement).textContent?.includes(text));
      if (!target) throw new Error(`nothing to tap: ${selector}${text ? ` with “${text}”` : ''}`);
      target.dispatchEvent('tap');
      await settle();
    },
    async type(selector, index, value) {
      const field = page.querySelectorAll(selector)[index];
      if (!field) throw new Error(`no field ${selector} #${index}`);
      field.dispatchEvent('input', { detail: { value, cursor: value.length, keyCode: 0 } });
      await settle();
    },
    close: () => page.detach(),
  };
};
