import type { Browser, Page } from 'playwright-core';
import { openTab, shown, signInAs, tapButton } from './support/app';
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

const TITLE = '3号楼暖气试水通知';

/** A small red PNG, as a phone's album would hand over a picture. */
const PICTURE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAFklEQVR4nGM4oSFCEmIY1TCqYfhqAADuYgQQ9/ykPQAAAABJRU5ErkJggg==',
  'base64',
);

const openNoticeFromHome = async (page: Page) => {
  await shown(page).getByRole('button', { name: TITLE }).click();
  await page.waitForURL(/announcements\/detail/);
  await shown(page).getByText('暖气试水时间').waitFor();
};

describe('announcements, in a real browser on the H5 build', () => {
  let adminUrl = '';

  it('staff write a must-acknowledge notice for 3号楼 and publish it', async () => {
    const page = await signInAs(browser, product.url, '张丽');
    await shown(page).getByRole('button', { name: '社区公告' }).click();
    await page.waitForURL(/announcements\/index/);
    await tapButton(page, '管理通知');
    await page.waitForURL(/announcements\/manage/);
    await tapButton(page, '写新通知');
    await page.waitForURL(/announcements\/compose/);
    const form = shown(page);
    await form.locator('input[name="title"]').fill(TITLE);
    await form.locator('textarea').fill('## 暖气试水时间\n明天 **上午9点** 开始试水，请家里留人，发现漏水马上关阀门。');
    // A picture from the album goes to cloud storage under a path reserved for this staff member.
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), tapButton(page, '插入图片')]);
    await chooser.setFiles({ name: 'valve.png', mimeType: 'image/png', buffer: PICTURE });
    await form.getByText('图片1', { exact: true }).waitFor();
    await form.getByRole('radio', { name: '指定楼栋' }).click();
    await form.getByRole('checkbox', { name: '3号楼' }).click();
    await form.getByRole('switch', { name: /需确认/ }).click();
    await tapButton(page, '保存草稿');
    await page.waitForURL(/announcements\/admin/);
    adminUrl = page.url();
    await shown(page).getByText('发送范围：3号楼').waitFor();
    await tapButton(page, '立即发布');
    await shown(page).getByText('已发布，已通知到居民').waitFor();
    await shown(page).getByText('已读 0/5', { exact: true }).waitFor();
    await page.context().close();
  });

  it('a 3号楼 resident sees it unread on 首页, opens it, acknowledges it, and finds it in 消息', async () => {
    const page = await signInAs(browser, product.url, '王秀英');
    const line = shown(page).getByRole('button', { name: TITLE });
    await line.waitFor();
    expect(await line.getByText('未读').count()).toBe(1);
    await openNoticeFromHome(page);
    expect(await shown(page).getByText('上午9点').count()).toBe(1);
    // The picture comes back from cloud storage and really loads.
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('.taro_page_show .notice-body img')).some(
        (img) => (img as HTMLImageElement).naturalWidth === 16,
      ),
    );
    await tapButton(page, '我已知晓');
    await shown(page).getByText('您已确认知晓').waitFor();

    await page.goBack();
    await page.waitForURL(/pages\/home/);
    await shown(page).getByRole('button', { name: TITLE }).waitFor();
    await page.waitForFunction((title) => {
      const line = Array.from(document.querySelectorAll('.taro_page_show [role="button"]')).find(
        (el) => el.getAttribute('aria-label') === title,
      );
      return line !== undefined && !line.textContent?.includes('未读');
    }, TITLE);

    await openTab(page, '消息');
    await shown(page).getByText(`公告：${TITLE}`).waitFor();
    await page.context().close();
  });

  it('a resident of another building does not see it, and a shared link tells them politely', async () => {
    const page = await signInAs(browser, product.url, '陈志远');
    await shown(page).getByText('11月25日全小区停水通知').waitFor();
    expect(await shown(page).getByText(TITLE).count()).toBe(0);
    await shown(page).getByRole('button', { name: '查看全部通知' }).click();
    await page.waitForURL(/announcements\/index/);
    await shown(page).getByText('本周六志愿服务大集').waitFor();
    expect(await shown(page).getByText(TITLE).count()).toBe(0);

    const id = new URL(adminUrl.replace('#', '')).searchParams.get('id');
    await page.goto(`${product.url}/#/packages/announcements/detail/index?id=${id}`);
    await shown(page).getByText('这条通知只发给部分居民，您不在通知范围内').waitFor();
    await page.context().close();
  });

  it('staff statistics show 1/5 and list the others by building; the CSV downloads', async () => {
    const page = await signInAs(browser, product.url, '张丽');
    await page.goto(adminUrl);
    await shown(page).getByText('已读 1/5', { exact: true }).waitFor();
    await shown(page).getByText('已确认 1/5', { exact: true }).waitFor();
    await shown(page).getByRole('button', { name: '3号楼' }).click();
    await shown(page).getByText('未读（4）').waitFor();
    for (const name of ['李明', '冯玉梅', '褚志强', '卫秀兰']) expect(await shown(page).getByText(name).count()).toBeGreaterThan(0);
    expect(await shown(page).getByText('2单元 301 王秀英').count()).toBe(0);

    const [download] = await Promise.all([page.waitForEvent('download'), tapButton(page, '导出名单（CSV）')]);
    expect(download.suggestedFilename()).toMatch(/^通知阅读情况-3号楼暖气试水通知-\d{4}-\d{2}-\d{2}\.csv$/);
    const chunks: Buffer[] = [];
    for await (const chunk of (await download.createReadStream()) as AsyncIterable<Buffer>) chunks.push(chunk);
    const csv = Buffer.concat(chunks).toString('utf8');
    expect(csv).toContain('3号楼,2单元,301,王秀英,已读');
    expect(csv).toContain(',已确认,');
    expect(csv.split('\r\n').filter((l) => l.includes('未读'))).toHaveLength(4);
    await page.context().close();
  });
});
