import type { Browser } from 'playwright-core';
import { callFromPage, openTab, shown, signInAs, tapButton } from './support/app';
import { launchBrowser } from './support/browser';
import { startProduct, type RunningProduct } from './support/product';

let product: RunningProduct;
let browser: Browser;

beforeAll(async () => {
  [product, browser] = await Promise.all([startProduct(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

describe('foundation, in a real browser on the H5 build', () => {
  it('a resident signs in, binds a household and sees it pending on 我的 and greeted on 首页', async () => {
    const page = await signInAs(browser, product.url, '李明');
    await openTab(page, '我的');
    await tapButton(page, '修改房屋信息');
    await page.waitForURL(/bind/);
    const form = shown(page);
    await form.getByRole('radio', { name: '5号楼' }).click();
    await form.getByRole('radio', { name: '2单元' }).click();
    await form.locator('input[name="room"]').fill('601');
    await tapButton(page, '提交');
    await shown(page).getByText('社区工作人员核实后即可使用全部服务。').waitFor();
    await tapButton(page, '返回');
    await page.waitForURL(/#\/pages\/me\/index/);
    await shown(page).getByText('5号楼 2单元 601').waitFor();
    await shown(page).getByText('待核实').waitFor();
    expect(await shown(page).getByText('社区管理').count()).toBe(0);
    await openTab(page, '首页');
    await shown(page).getByText('李明，您好').waitFor();
  });

  it('staff open the admin area, make a resident a volunteer, and the change is in 操作记录', async () => {
    const page = await signInAs(browser, product.url, '张丽');
    await openTab(page, '我的');
    await shown(page).getByText('社区管理').click();
    await shown(page).getByText('居民与角色').click();
    await page.waitForURL(/admin\/users/);
    await shown(page)
      .getByRole('button', { name: /^陈志远/ })
      .first()
      .waitFor();
    await shown(page)
      .getByRole('button', { name: /^王秀英/ })
      .first()
      .click();
    await page.waitForURL(/admin\/user\/index/);
    await tapButton(page, '设为志愿者');
    await shown(page).getByText('已设为志愿者').waitFor();

    await page.goBack();
    await page.goBack();
    await shown(page).getByText('操作记录').click();
    await page.waitForURL(/admin\/audit/);
    await shown(page).getByText('授予「志愿者」').waitFor();
    expect(await shown(page).getByText('王秀英').count()).toBeGreaterThan(0);
  });

  it('the server refuses admin actions to a resident, whatever the UI shows', async () => {
    const page = await signInAs(browser, product.url, '王秀英');
    for (const [action, input] of [
      ['listUsers', {}],
      ['grantRole', { userId: 'x', role: 'staff' }],
      ['listAudit', {}],
    ] as const) {
      const result = await callFromPage(page, 'users', action, input);
      expect({ action, code: result.error?.code }).toEqual({ action, code: 'FORBIDDEN' });
    }
    await page.goto(`${product.url}/#/packages/admin/users/index`);
    await shown(page).getByText('只有社区工作人员可以进入管理').waitFor();
  });
});
