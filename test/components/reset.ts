import { resetElderModeCache } from '../../src/theme/elder-mode';
import { setUnauthenticatedHandler } from '../../src/services/call';
import { taroTest } from '../stubs/taro';

/** A fresh app for every test: no navigations, empty storage, default font size, no session hooks. */
export const resetApp = (): void => {
  taroTest.reset();
  resetElderModeCache();
  setUnauthenticatedHandler(undefined);
};
