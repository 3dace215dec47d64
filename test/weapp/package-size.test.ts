import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireFreshWeappBuild, WEAPP } from './build';
import { KB, weappPackageSizes } from './package-size';

beforeAll(requireFreshWeappBuild);

describe('weapp package sizes (WeChat audit rules)', () => {
  it('keeps the main package, with all tabs, within linli’s 600 KB budget', () => {
    const sizes = weappPackageSizes(WEAPP);
    console.log(
      `weapp main package ${(sizes.main / KB).toFixed(1)} KB; subpackages ${Object.entries(sizes.subpackages)
        .map(([root, bytes]) => `${root} ${(bytes / KB).toFixed(1)} KB`)
        .join(', ')}; total ${(sizes.total / KB).toFixed(1)} KB`,
    );
    expect(sizes.main).toBeLessThanOrEqual(600 * KB);
    for (const bytes of Object.values(sizes.subpackages)) expect(bytes).toBeLessThanOrEqual(2048 * KB);
    expect(sizes.total).toBeLessThanOrEqual(20 * 1024 * KB);
  });

  it('keeps every tab page in the main package and the services in subpackages', () => {
    const app = JSON.parse(readFileSync(join(WEAPP, 'app.json'), 'utf8')) as { pages: string[]; subPackages: { root: string }[] };
    expect(app.pages).toEqual(['pages/home/index', 'pages/inbox/index', 'pages/me/index']);
    expect(app.subPackages.map((p) => p.root)).toEqual(
      expect.arrayContaining([
        'packages/account',
        'packages/admin',
        'packages/announcements',
        'packages/tickets',
        'packages/fairs',
        'packages/market',
        'packages/canteen',
      ]),
    );
  });

  it('carries the theme tokens in the app stylesheet', () => {
    const css = readFileSync(join(WEAPP, 'app-origin.wxss'), 'utf8');
    expect(css).toContain('--ll-font-body:32rpx');
    expect(css).toContain('.ll-screen.ll-elder');
  });

  it('does not ship the local sign-in page to WeChat', () => {
    expect(existsSync(join(WEAPP, 'packages/account/sign-in'))).toBe(false);
  });
});
