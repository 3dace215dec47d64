import type { Browser, Page } from 'playwright-core';
import { callFromPage, openTab, shown, signInAs, tapButton } from './support/app';
import { launchBrowser } from './support/browser';
import { startProduct, type RunningProduct } from './support/product';

let product: RunningProduct;
let browser: Browser;

// Starting the product builds the H5 app first when its sources changed: minutes on a busy machine.
beforeAll(async () => {
  [product, browser] = await Promise.all([startProduct(), launchBrowser()]);
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

/** A real (tiny) PNG: the page re-encodes it on a canvas before uploading, as it does a phone photo. */
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAEklEQVR42mP8z8DwnwEJMCJzAEeYA/2M4Nq5AAAAAElFTkSuQmCC', 'base64');

const addPhoto = async (page: Page, button: string, name: string) => {
  const chooser = page.waitForEvent('filechooser');
  await tapButton(page, button);
  await (await chooser).setFiles({ name, mimeType: 'image/png', buffer: PHOTO });
  await shown(page).getByText('删除').first().waitFor();
};

const DESCRIPTION = '厨房水管接口漏水，地上一直有水';

describe('报事报修 in a real browser: report → handled → "没修好" → handled again → rated', () => {
  it('walks a repair through every step, seen by the resident in the timeline and the inbox', async () => {
    const resident = await signInAs(browser, product.url, '王秀英');
    const staff = await signInAs(browser, product.url, '张丽');

    // The resident files a repair at home with a photo.
    await shown(resident).getByRole('button', { name: '报事报修' }).click();
    await resident.waitForURL(/packages\/tickets\/index/);
    await tapButton(resident, '我要报修');
    await resident.waitForURL(/packages\/tickets\/new/);
    const form = shown(resident);
    await form.getByRole('radio', { name: '水电' }).click();
    await form.getByRole('radio', { name: /^我家/ }).waitFor();
    await form.locator('textarea').first().fill(DESCRIPTION);
    await addPhoto(resident, '拍照或选照片', 'leak.png');
    await form.getByRole('radio', { name: '明天' }).click();
    await form.getByRole('radio', { name: /^上午/ }).click();
    await tapButton(resident, '提交');
    await resident.waitForURL(/packages\/tickets\/detail/);
    await shown(resident).getByText('已提交，工作人员会尽快处理。每一步进度都会通知您。').waitFor();
    await shown(resident).getByText('待受理').first().waitFor();
    const ticketId = new URL(resident.url().replace('/#/', '/')).searchParams.get('id') ?? '';
    expect(ticketId).not.toBe('');
    // Whatever the page shows, the server does not let a resident handle tickets.
    expect((await callFromPage(resident, 'tickets', 'acceptTicket', { ticketId, requestId: 'e2e-forged-1' })).error?.code).toBe(
      'FORBIDDEN',
    );

    // Staff find it in the admin tab, transfer it to the property company, reply and resolve with a photo.
    await openTab(staff, '我的');
    await shown(staff).getByText('社区管理').click();
    await shown(staff).getByText('报修工单').click();
    await staff.waitForURL(/tickets-admin\/index/);
    await shown(staff)
      .getByRole('button', { name: `水电 ${DESCRIPTION}` })
      .click();
    await staff.waitForURL(/tickets-admin\/detail/);
    await shown(staff).getByText('王**（留了电话）').waitFor();
    await tapButton(staff, '查看联系方式');
    await shown(staff).getByText('电话：13800001111').waitFor();
    await tapButton(staff, '转派');
    await shown(staff).getByRole('radio', { name: '物业公司 · 孙师傅' }).click();
    await tapButton(staff, '确定转派');
    await shown(staff).getByText('已转派').waitFor();
    await tapButton(staff, '回复居民');
    await shown(staff).locator('textarea').first().fill('明天上午师傅带配件上门');
    await tapButton(staff, '发送回复');
    await shown(staff).getByText('已回复').waitFor();
    await tapButton(staff, '处理完成');
    await shown(staff).locator('textarea').first().fill('已更换水管接头，试过不漏了');
    await addPhoto(staff, '拍处理后的照片', 'fixed.png');
    await tapButton(staff, '确认处理完成');
    await shown(staff).getByText('已处理完成，等居民确认').waitFor();

    // The resident hears of it in 消息 and opens the ticket from there: every step is on the timeline.
    await resident.goto(`${product.url}/#/pages/inbox/index`);
    await shown(resident).getByRole('button', { name: '报修已处理完成，请确认' }).click();
    await resident.waitForURL(/packages\/tickets\/detail/);
    const timeline = shown(resident).getByRole('list', { name: '处理进度' });
    for (const step of ['提交了报修', '转给 孙师傅', '回复', '处理完成']) await timeline.getByText(step, { exact: true }).first().waitFor();
    await timeline.getByText('明天上午师傅带配件上门').waitFor();
    expect(await timeline.getByText(/社区工作人员 张丽/).count()).toBeGreaterThan(0);

    // "没修好": back to the handler.
    await tapButton(resident, '没修好');
    await shown(resident).locator('textarea').first().fill('接头还在渗水');
    await tapButton(resident, '提交，请重新处理');
    await shown(resident).getByText('已退回，会重新处理').waitFor();
    await shown(resident).getByText('已受理').first().waitFor();

    // Staff resolve it again.
    await staff.reload();
    await shown(staff).getByText('没修好，重新处理').waitFor();
    await tapButton(staff, '处理完成');
    await shown(staff).locator('textarea').first().fill('重新缠了生料带，换了垫圈');
    await addPhoto(staff, '拍处理后的照片', 'fixed-again.png');
    await tapButton(staff, '确认处理完成');
    await shown(staff).getByText('已处理完成，等居民确认').waitFor();

    // The resident confirms and rates it.
    await resident.reload();
    await tapButton(resident, '已解决，去评价');
    await shown(resident).getByRole('radio', { name: '5星' }).click();
    await tapButton(resident, '确认已解决');
    await shown(resident).getByText('已确认，谢谢您的评价').waitFor();
    await shown(resident).getByText('已完成').first().waitFor();

    // The dashboard counts it: 水电 this month, rated 5 stars.
    await staff.goBack();
    await staff.waitForURL(/tickets-admin\/index/);
    await tapButton(staff, '统计');
    await staff.waitForURL(/tickets-admin\/dashboard/);
    await shown(staff).getByLabel('按分类 水电').getByText(/5星/).waitFor();
  }, 180_000);
});
