import Taro from '@tarojs/taro';
import { useSyncExternalStore } from 'react';
import { prefersLargeText } from './system-font';

export const ELDER_MODE_KEY = 'linli.elderMode';

type Listener = () => void;
const listeners = new Set<Listener>();
let current: boolean | undefined;

const readStored = (): boolean | undefined => {
  try {
    const stored: unknown = Taro.getStorageSync(ELDER_MODE_KEY);
    return stored === 'on' ? true : stored === 'off' ? false : undefined;
  } catch {
    return undefined;
  }
};

/** The person's choice if they made one in 我的; otherwise what WeChat's font size says. */
export const isElderMode = (): boolean => {
  current ??= readStored() ?? prefersLargeText();
  return current;
};

export const setElderMode = (on: boolean): void => {
  current = on;
  try {
    Taro.setStorageSync(ELDER_MODE_KEY, on ? 'on' : 'off');
  } catch {
    // Storage full or unavailable: the switch still works for this session.
  }
  listeners.forEach((listener) => listener());
};

const subscribe = (listener: Listener) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

/** Re-renders when elder mode is switched anywhere; every open page follows at once. */
export const useElderMode = (): boolean => useSyncExternalStore(subscribe, isElderMode, isElderMode);

/** Forgets the cached value (tests, and after storage is cleared). */
export const resetElderModeCache = (): void => {
  current = undefined;
};
