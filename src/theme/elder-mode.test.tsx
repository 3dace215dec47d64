import { act, render, screen } from '@testing-library/react';
import { taroTest } from '../../test/stubs/taro';
import { resetApp } from '../../test/components/reset';
import { Screen } from '../ui/Screen';
import { ELDER_MODE_KEY, isElderMode, setElderMode } from './elder-mode';

beforeEach(resetApp);

describe('elder mode', () => {
  it('is off for the standard WeChat font size', () => {
    taroTest.setFontSizeSetting(17);
    expect(isElderMode()).toBe(false);
  });

  it('follows a large WeChat font size on first run', () => {
    taroTest.setFontSizeSetting(22);
    expect(isElderMode()).toBe(true);
  });

  it('keeps the person’s own choice over the system setting', () => {
    taroTest.setFontSizeSetting(22);
    taroTest.storage.set(ELDER_MODE_KEY, 'off');
    expect(isElderMode()).toBe(false);
  });

  it('switches every open screen at once', () => {
    render(
      <>
        <Screen>一</Screen>
        <Screen>二</Screen>
      </>,
    );
    act(() => setElderMode(true));
    expect(screen.getAllByTestId('screen').map((el) => el.className.includes('ll-elder'))).toEqual([true, true]);
  });
});
