import { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';

/** Reloads when the person comes back to a page (e.g. after binding a house), not on first show. */
export const useReloadOnShow = (reload: () => void): void => {
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) reload();
    shown.current = true;
  });
};
