import { tickets } from '@contracts/tickets';
import { startTestCloud, type TestCloud } from '../../../../test/support/cloud';
import { dataOf, errorOf } from '../../../../test/support/envelope';
import { SETUP_MS, householdRepair, parsed, submit, ticketWorld, type TicketWorld } from '../../testing/fixtures';
import { submitTicket } from '../submit-ticket/submit-ticket';
import { listAllCategories, listCategories, saveCategory } from './categories';

let t: TestCloud;
let w: TicketWorld;
beforeAll(async () => {
  t = await startTestCloud();
  w = await ticketWorld(t);
}, SETUP_MS);
afterAll(() => t.close());

const save = (input: Record<string, unknown>) =>
  saveCategory(
    parsed(tickets.saveCategory, { handler: 'community', firstResponseHours: 4, resolutionHours: 48, active: true, ...input } as never),
    w.staff,
    w.deps,
  );

describe('categories', () => {
  it('starts with the eight default categories, each with its handler and deadlines', async () => {
    const list = dataOf(await listCategories(w.deps));
    expect(list.map((c) => c.name)).toEqual(['水电', '门窗', '公共设施', '环境卫生', '噪音扰民', '安全隐患', '物业服务', '其他']);
    expect(list[0]).toEqual({
      id: 'water_power',
      name: '水电',
      handler: 'property',
      firstResponseHours: 2,
      resolutionHours: 24,
      active: true,
      order: 10,
    });
  });

  it('lets staff change deadlines for new tickets only, add a category and switch one off — each audited', async () => {
    const before = await submit(w, w.reporter, householdRepair());
    dataOf(await save({ id: 'water_power', name: '水电', handler: 'property', firstResponseHours: 1, resolutionHours: 12 }));
    const after = await submit(w, w.reporter, householdRepair());
    expect(new Date(before.resolutionDueAt!).getTime() - new Date(before.createdAt).getTime()).toBe(24 * 3600_000);
    expect(new Date(after.resolutionDueAt!).getTime() - new Date(after.createdAt).getTime()).toBe(12 * 3600_000);

    const parking = dataOf(await save({ name: '停车管理', handler: 'property' }));
    expect(parking).toMatchObject({ name: '停车管理', order: 90, active: true });
    expect((await submit(w, w.reporter, householdRepair({ categoryId: parking.id, kind: 'complaint' }))).categoryName).toBe('停车管理');

    dataOf(await save({ id: 'other', name: '其他', active: false }));
    expect(dataOf(await listCategories(w.deps)).map((c) => c.id)).not.toContain('other');
    expect(dataOf(await listAllCategories(w.deps)).find((c) => c.id === 'other')?.active).toBe(false);
    expect(
      errorOf(await submitTicket(parsed(tickets.submitTicket, householdRepair({ categoryId: 'other' })), w.reporter, w.deps)).fields,
    ).toEqual({ categoryId: '请选择报修分类' });

    const audit = await t.platform.db.collection('audit_log').where({ action: 'saveCategory' }).get();
    expect(audit.data).toHaveLength(3);
  });

  it('refuses a duplicate name, an unknown id and a fix deadline shorter than the answer deadline', async () => {
    expect(errorOf(await save({ name: '水电' })).fields).toEqual({ name: '已有同名分类' });
    expect(errorOf(await save({ id: 'nope', name: '新的' })).fields).toEqual({ id: '分类不存在' });
    expect(errorOf(await save({ name: '绿化', firstResponseHours: 48, resolutionHours: 24 })).fields).toEqual({
      resolutionHours: '办结时限不能短于受理时限',
    });
  });
});
