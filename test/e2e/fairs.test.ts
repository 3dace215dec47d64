import type { Browser, Page } from 'playwright-core';
import { shanghaiDate, shanghaiParts } from '@contracts/time';
import { openTab, shown, signInAs, tapButton } from './support/app';
import { launchBrowser } from './support/browser';
import { startProduct, type RunningProduct } from './support/product';

let product: RunningProduct;
let browser: Browser;

/**
 * The whole product runs its clock from NOW (a Thursday, 09:55 in Shanghai), whatever the time of
 * day the test runs at. The fair's first 15-minute slot starts in the next quarter hour after NOW.
 */
const NOW = '2026-11-26T01:55:00.000Z';
const SLOT_MS = 15 * 60_000;
const plan = () => {
  const firstSlot = new Date(Math.ceil((Date.parse(NOW) + 60_000) / SLOT_MS) * SLOT_MS);
  const { hour, minute } = shanghaiParts(firstSlot);
  const minutesLeft = 24 * 60 - (hour * 60 + minute);
  const closes = new Date(firstSlot.getTime() + Math.min(120, Math.floor((minutesLeft - 1) / 15) * 15) * 60_000);
  const hm = (at: Date) => {
    const p = shanghaiParts(at);
    return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
  };
  return {
    date: shanghaiDate(firstSlot),
    opens: hm(firstSlot),
    closes: hm(closes),
    slots: Math.round((closes.getTime() - firstSlot.getTime()) / SLOT_MS),
  };
};

beforeAll(async () => {
  [product, browser] = await Promise.all([startProduct({ now: NOW }), launchBrowser()]);
  // Starting may rebuild the H5 app first when sources changed since the last build.
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

const fill = (page: Page, name: string, value: string) => shown(page).locator(`input[name="${name}"]`).first().fill(value);

describe('志愿服务大集, in a real browser on the H5 build', () => {
  it('staff set up a fair → an elder books a haircut → a volunteer checks in to the shift and checks her in → board, statistics and her booking show it', async () => {
    const fairDay = plan();
    // Staff: a fair with two stalls, a shift for the haircut stall, published.
    const staff = await signInAs(browser, product.url, '张丽');
    await openTab(staff, '我的');
    await shown(staff).getByText('社区管理').click();
    await shown(staff).getByText('志愿服务大集').click();
    await staff.waitForURL(/fairs-admin\/index/);
    await tapButton(staff, '新建大集');
    await staff.waitForURL(/fairs-admin\/edit/);
    await fill(staff, 'title', '十一月志愿服务大集');
    await fill(staff, 'date', fairDay.date);
    await fill(staff, 'opensAt', fairDay.opens);
    await fill(staff, 'closesAt', fairDay.closes);
    await tapButton(staff, '保存');
    await staff.waitForURL(/fairs-admin\/fair/);
    await fill(staff, 'service', '理发');
    await fill(staff, 'slotMinutes', '15');
    await fill(staff, 'capacity', '2');
    await tapButton(staff, '添加摊位');
    const slotsLine = `${fairDay.slots}个时段，每段2人，已约0人`;
    await shown(staff).getByText(slotsLine).waitFor();
    await fill(staff, 'service', '磨刀磨剪');
    await shown(staff).getByRole('radio', { name: '磨刀磨剪' }).click();
    await shown(staff).getByRole('radio', { name: '无需预约' }).click();
    await tapButton(staff, '添加摊位');
    await shown(staff).getByText('无需预约').first().waitFor();
    const haircutCard = shown(staff).locator('.ll-card', { hasText: `${fairDay.slots}个时段` });
    await haircutCard.locator('input[name^="shiftStart"]').fill(fairDay.opens);
    await haircutCard.locator('input[name^="shiftEnd"]').fill(fairDay.closes);
    await haircutCard.locator('taro-button-core', { hasText: '添加班次' }).click();
    await haircutCard.getByText(`班次 ${fairDay.opens}–${fairDay.closes}`).waitFor();
    await haircutCard.getByRole('radio', { name: '陈志远' }).click();
    await haircutCard.locator('taro-button-core', { hasText: '安排到这个班次' }).click();
    await haircutCard.getByText('志愿者 1/2：陈志远').waitFor();
    await haircutCard.locator('taro-button-core', { hasText: '摊位码' }).click();
    const stallCode = (await haircutCard.locator('.fairs__code').innerText()).trim();
    expect(stallCode).toMatch(/^[A-Z2-9]{8}$/);
    expect(await haircutCard.locator('img[aria-label="摊位码"], .fairs__qr').count()).toBeGreaterThan(0);
    await tapButton(staff, '发布大集');
    await shown(staff).getByText('已发布，居民会在消息里收到通知').waitFor();

    // The elder: the fair is in her inbox and on the fair list; she books the first haircut slot.
    const elder = await signInAs(browser, product.url, '王秀英');
    await openTab(elder, '消息');
    await shown(elder).getByText('志愿服务大集：十一月志愿服务大集').waitFor();
    await openTab(elder, '首页');
    await shown(elder).getByText('便民集市').click();
    await elder.waitForURL(/packages\/fairs\/index/);
    await shown(elder).getByText('十一月志愿服务大集').click();
    await elder.waitForURL(/packages\/fairs\/detail/);
    await shown(elder)
      .getByRole('radio', { name: `${fairDay.opens} 余2位` })
      .click();
    await tapButton(elder, '确认预约');
    await shown(elder).getByText(`预约成功：理发 ${fairDay.opens}`).waitFor();
    await tapButton(elder, '查看我的预约');
    await elder.waitForURL(/packages\/fairs\/bookings/);
    const codeLine = await shown(elder)
      .getByText(/^签到码 \d{6}$/)
      .innerText();
    const shortCode = codeLine.replace('签到码 ', '');
    // Cancelling asks first; the code button and the cancel button are apart.
    await tapButton(elder, '取消预约');
    await shown(elder).getByText('确定取消这个预约吗？取消后名额会让给候补的居民。').waitFor();
    await tapButton(elder, '不取消');
    await tapButton(elder, '出示签到码');
    await elder.waitForURL(/packages\/fairs\/pass/);
    await shown(elder).getByLabel('签到码').getByText(shortCode).waitFor();

    // The volunteer: checks in to the shift with the stall's code, then types the elder's code.
    const volunteer = await signInAs(browser, product.url, '陈志远');
    await openTab(volunteer, '我的');
    await tapButton(volunteer, '志愿服务');
    await volunteer.waitForURL(/packages\/volunteer\/index/);
    await shown(volunteer).getByText('理发').first().waitFor();
    await tapButton(volunteer, '班次签到');
    await volunteer.waitForURL(/volunteer\/shift/);
    await fill(volunteer, 'stallCode', stallCode.toLowerCase());
    await tapButton(volunteer, '签到');
    await shown(volunteer).getByText('签到成功').waitFor();
    await volunteer.goBack();
    await tapButton(volunteer, '接待居民');
    await volunteer.waitForURL(/volunteer\/stall/);
    await fill(volunteer, 'checkinCode', shortCode);
    await tapButton(volunteer, '核验签到');
    await shown(volunteer).locator('.fairs__big', { hasText: '王秀英' }).waitFor();
    await shown(volunteer).getByText('3号楼2单元301').waitFor();
    // The same code again is refused.
    await fill(volunteer, 'checkinCode', shortCode);
    await tapButton(volunteer, '核验签到');
    await shown(volunteer)
      .getByText(/这个签到码已经用过了/)
      .waitFor();

    // Staff: the board and the statistics show one person served at the haircut stall.
    await staff.reload();
    await tapButton(staff, '现场看板');
    await staff.waitForURL(/fairs-admin\/board/);
    const board = shown(staff).getByLabel('看板 理发');
    await board.locator('.fairs__table-row', { hasText: '已签到' }).getByText('1').waitFor();
    await board.getByText('在岗志愿者：陈志远').waitFor();
    await staff.goBack();
    await tapButton(staff, '统计');
    await staff.waitForURL(/fairs-admin\/stats/);
    await shown(staff).getByText('服务 1 人次').waitFor();

    // The elder's booking now says 已签到.
    await elder.goBack();
    await elder.reload();
    await shown(elder).getByText('已签到').first().waitFor();
  }, 180_000);
});
