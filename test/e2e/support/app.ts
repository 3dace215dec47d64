import type { Browser, Locator, Page } from 'playwright-core';

/** Taro's H5 router keeps earlier pages in the DOM, hidden: look only at the page on show. */
export const shown = (page: Page): Locator => page.locator('.taro_page.taro_page_show:visible').last();

/** Opens linli in a fresh browser context (its own cookies) and signs in as a demo person. */
export const signInAs = async (browser: Browser, url: string, person: string): Promise<Page> => {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${url}/`);
  await page.getByRole('button', { name: new RegExp(`^${person} `) }).click();
  await page.waitForURL(/#\/pages\/home\/index/);
  await shown(page).getByText(`${person}，您好`).waitFor();
  return page;
};

/** Taps a button on the page on show by its text (Taro renders buttons as taro-button-core). */
export const tapButton = (page: Page, text: string) => shown(page).locator('taro-button-core', { hasText: text }).first().click();

export const openTab = async (page: Page, tab: '首页' | '消息' | '我的') => {
  await page.locator('.taro-tabbar__tabbar').getByText(tab, { exact: true }).click();
};

/** Calls a function through the gateway from inside the page, with the page's own session cookie. */
export const callFromPage = (page: Page, fn: string, action: string, input: unknown = {}) =>
  page.evaluate(
    async ([f, a, i]) => {
      const res = await fetch(`/api/functions/${f}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action: a, input: i }),
      });
      return (await res.json()) as { ok: boolean; error?: { code: string } };
    },
    [fn, action, input] as const,
  );
