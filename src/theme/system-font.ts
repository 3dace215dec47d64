import Taro from '@tarojs/taro';

/** WeChat's standard font size setting is 16-17px; from this size up the person chose large text. */
export const LARGE_SYSTEM_FONT = 20;

/** The font size the person set in WeChat (px), or undefined where the platform does not say. */
export const systemFontSize = (): number | undefined => {
  try {
    // WeChat returns fontSizeSetting here; Taro's typings omit it.
    const base: object = typeof Taro.getAppBaseInfo === 'function' ? Taro.getAppBaseInfo() : {};
    const fromBase = 'fontSizeSetting' in base ? base.fontSizeSetting : undefined;
    if (typeof fromBase === 'number') return fromBase;
    const fromSystem = Taro.getSystemInfoSync().fontSizeSetting;
    return typeof fromSystem === 'number' ? fromSystem : undefined;
  } catch {
    return undefined;
  }
};

export const prefersLargeText = (): boolean => (systemFontSize() ?? 0) >= LARGE_SYSTEM_FONT;
