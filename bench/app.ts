import { join, resolve } from 'node:path';
import { weappPackageSizes, KB } from '../test/weapp/package-size';
import { launchBrowser } from '../test/e2e/support/browser';
import { startProduct } from '../test/e2e/support/product';
import { ensureBuilt } from '../scripts/ensure-built';
import type { Row } from './table';

const root = resolve(__dirname, '..');

/**
 * The app's figures: the weapp main package (what WeChat loads first) and how long `npm start`
 * takes, on a warm install (builds present), until the first page is usable in a browser.
 */
export const benchApp = async (): Promise<Row[]> => {
  await ensureBuilt({ h5: true, weapp: true });
  const sizes = weappPackageSizes(join(root, 'dist', 'weapp'));
  const main = sizes.main / KB;

  const started = Date.now();
  const product = await startProduct();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${product.url}/`);
    await page.getByText('本地体验：选择一位居民').waitFor({ timeout: 60_000 });
    const seconds = (Date.now() - started) / 1000;
    return [
      { bench: 'weapp main package (all tabs)', value: `${main.toFixed(1)} KB`, target: '≤ 600 KB', ok: main <= 600 },
      {
        bench: 'weapp total (main + subpackages)',
        value: `${(sizes.total / KB).toFixed(1)} KB`,
        target: '≤ 20 MB',
        ok: sizes.total <= 20 * 1024 * KB,
      },
      { bench: 'npm start → usable page (warm)', value: `${seconds.toFixed(1)} s`, target: '≤ 20 s', ok: seconds <= 20 },
    ];
  } finally {
    await browser.close();
    await product.stop();
  }
};
