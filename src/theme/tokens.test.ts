import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Guards the elder-friendly rules (MIIT 适老化) in the tokens themselves, so a later colour or
 * size change cannot quietly break them. Sizes are Taro design px (750 wide): 2 px = 1 pt.
 */
const scss = readFileSync(join(__dirname, 'tokens.scss'), 'utf8');

const block = (selector: string): Record<string, string> => {
  const start = scss.indexOf(`${selector} {`);
  const body = scss.slice(start, scss.indexOf('\n}', start));
  return Object.fromEntries([...body.matchAll(/--(ll-[a-z-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
};

const normal = block('.ll-screen');
const elder = { ...normal, ...block('.ll-screen.ll-elder') };

const luminance = (hex: string): number => {
  const full = hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(full.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};
const px = (value: string | undefined): number => Number.parseFloat(value ?? 'NaN');

describe.each([
  ['normal', normal],
  ['elder', elder],
])('%s theme', (_name, t) => {
  it.each(['ll-color-text', 'll-color-muted', 'll-color-primary', 'll-color-danger', 'll-color-success', 'll-color-warning'])(
    '%s is readable (>= 4.5:1) on the page and on cards',
    (token) => {
      expect(contrast(t[token]!, t['ll-color-bg']!)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(t[token]!, t['ll-color-surface']!)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('puts readable text on primary buttons', () => {
    expect(contrast(t['ll-color-on-primary']!, t['ll-color-primary']!)).toBeGreaterThanOrEqual(4.5);
  });

  it('spaces lines at least 1.3', () => {
    expect(Number(t['ll-line'])).toBeGreaterThanOrEqual(1.3);
  });
});

describe('elder mode sizes', () => {
  it('sets body text >= 18 pt and the largest text >= 30 pt', () => {
    expect(px(elder['ll-font-body'])).toBeGreaterThanOrEqual(36);
    expect(px(elder['ll-font-small'])).toBeGreaterThanOrEqual(36);
    expect(px(elder['ll-font-hero'])).toBeGreaterThanOrEqual(60);
  });

  it('makes tap targets >= 60 pt (44 pt outside elder mode)', () => {
    expect(px(elder['ll-tap'])).toBeGreaterThanOrEqual(120);
    expect(px(normal['ll-tap'])).toBeGreaterThanOrEqual(88);
  });
});
