import { tickets } from '@contracts/tickets';
import { validateInput } from '@contracts/validate';
import { startTestCloud, type TestCloud } from '../../../../test/support/cloud';
import { dataOf, errorOf } from '../../../../test/support/envelope';
import { makeCaller } from '../../../../test/support/personas';
import {
  SETUP_MS,
  householdRepair,
  parsed,
  photosOf,
  publicSpot,
  submit,
  ticketWorld,
  type SubmitInput,
  type TicketWorld,
} from '../../testing/fixtures';
import { listPublicTickets } from '../list-tickets/list-tickets';
import { submitTicket } from './submit-ticket';

let t: TestCloud;
let w: TicketWorld;
beforeAll(async () => {
  t = await startTestCloud();
  w = await ticketWorld(t);
}, SETUP_MS);
afterAll(() => t.close());

const counts = async () => ({
  tickets: (await t.platform.db.collection('tickets').count()).total,
  events: (await t.platform.db.collection('ticket_events').count()).total,
});

const attempt = (input: SubmitInput, caller = w.reporter) => submitTicket(parsed(tickets.submitTicket, input), caller, w.deps);

describe('submitTicket', () => {
  it('files a household repair with photos, a visit window and deadlines from its category', async () => {
    const photos = await photosOf(t, w.reporter, 2);
    const detail = await submit(w, w.reporter, householdRepair({ photos, visit: { date: '2026-11-20', slot: 'morning' } }));
    expect(detail).toMatchObject({
      status: 'submitted',
      kind: 'repair',
      categoryName: '水电',
      handler: 'property',
      photos,
      place: { type: 'household', buildingName: '1号楼', unit: '1单元', room: '301', label: '1号楼 1单元 301' },
      visit: { date: '2026-11-20', slot: 'morning' },
      relation: 'reporter',
      actions: ['cancel', 'nudge'],
      // 水电: answer within 2 hours, fix within 24 (TEST_NOW is 10:00 in Shanghai).
      responseDueAt: '2026-11-19T04:00:00.000Z',
      resolutionDueAt: '2026-11-20T02:00:00.000Z',
    });
    expect(detail.timeline).toEqual([expect.objectContaining({ seq: 1, action: 'submit', actor: '我', status: 'submitted' })]);
  });

  it('files it once however often the same request is retried, also when retries race', async () => {
    const before = await counts();
    const input = householdRepair();
    const results = await Promise.all([attempt(input), attempt(input), attempt(input)]);
    const ids = new Set(results.map((r) => dataOf(r).id));
    expect(ids.size).toBe(1);
    expect(dataOf(await attempt(input)).id).toBe([...ids][0]);
    expect(await counts()).toEqual({ tickets: before.tickets + 1, events: before.events + 1 });
  });

  it('tells the handling organisation once: property people for a 水电 repair', async () => {
    const detail = await submit(w, w.reporter, householdRepair());
    const inbox = await t.platform.db
      .collection('inbox')
      .where({ userId: w.property.user.id, link: `/packages/tickets-admin/detail/index?id=${detail.id}` })
      .get();
    expect(inbox.data).toHaveLength(1);
    expect(inbox.data[0]).toMatchObject({ kind: 'ticket', title: '新报修：水电' });
  });

  it('keeps the normalised spot and the map point of a public spot', async () => {
    const detail = await submit(w, w.reporter, publicSpot({ spot: '１号楼 东侧，路灯！', point: { latitude: 36.8, longitude: 118.05 } }));
    expect(detail.place).toEqual({
      type: 'public',
      buildingId: 'b1',
      buildingName: '1号楼',
      spot: '１号楼 东侧，路灯！',
      point: { latitude: 36.8, longitude: 118.05 },
      label: '1号楼 １号楼 东侧，路灯！',
    });
    const stored = await w.deps.tickets.byId(detail.id);
    expect(stored?.place.spotKey).toBe('1号楼东侧路灯');
    expect(stored?.listed).toBe(true);
  });

  it('refuses bad input with a Chinese message per field, and writes nothing', async () => {
    const before = await counts();
    const mine = await photosOf(t, w.reporter, 1);
    const theirs = await photosOf(t, w.neighbour, 1);
    const cases: [SubmitInput, Record<string, string>][] = [
      [householdRepair({ categoryId: 'no_such_category' }), { categoryId: '请选择报修分类' }],
      [publicSpot({ spot: '' }), { spot: '请填写具体位置，如：3号楼东侧路灯' }],
      [publicSpot({ buildingId: 'b99' }), { buildingId: '请选择小区里的楼栋' }],
      [publicSpot({ visit: { date: '2026-11-20', slot: 'morning' } }), { visit: '公共区域不用预约上门时间' }],
      [householdRepair({ kind: 'complaint', visit: { date: '2026-11-20', slot: 'morning' } }), { visit: '只有报修需要预约上门时间' }],
      [householdRepair({ visit: { date: '2026-11-18', slot: 'morning' } }), { 'visit.date': '上门日期不能早于今天' }],
      [householdRepair({ visit: { date: '2026-12-31', slot: 'morning' } }), { 'visit.date': '上门日期请选在14天以内' }],
      [householdRepair({ visit: { date: '2026-02-30', slot: 'morning' } }), { 'visit.date': '上门日期不对' }],
      [householdRepair({ photos: theirs }), { photos: '图片无效，请重新上传' }],
      [householdRepair({ photos: [...mine, ...mine] }), { photos: '同一张图片只能上传一次' }],
    ];
    for (const [input, fields] of cases) {
      const error = errorOf(await attempt(input));
      expect({ code: error.code, fields: error.fields }).toEqual({ code: 'INVALID_INPUT', fields });
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses over-long text and more than 9 photos at the schema, in Chinese', () => {
    const long = validateInput(tickets.submitTicket.input, householdRepair({ description: '漏'.repeat(501) }));
    expect(long).toEqual({ ok: false, fields: { description: '问题描述不能超过500个字' } });
    const ten = Array.from({ length: 10 }, (_v, i) => `cloud://local.6c6f-local-1250000000/uploads/ticket/x/${i}.jpg`);
    expect(validateInput(tickets.submitTicket.input, householdRepair({ photos: ten }))).toEqual({
      ok: false,
      fields: { photos: '照片最多9个' },
    });
  });

  it('asks for a household before a home repair, and for some standing before a public report', async () => {
    const newcomer = await makeCaller(t.platform, []);
    expect(errorOf(await attempt(householdRepair(), newcomer)).code).toBe('HOUSEHOLD_REQUIRED');
    expect(errorOf(await attempt(publicSpot(), newcomer)).code).toBe('HOUSEHOLD_REQUIRED');
    // Staff have no household but may report a public spot.
    expect(dataOf(await attempt(publicSpot(), w.staff)).status).toBe('submitted');
  });

  it('files a report with risky or doubtful words for staff, but never lists it for neighbours', async () => {
    const risky = await submit(w, w.reporter, publicSpot({ description: '有人在楼道里赌博，吵得睡不着' }));
    expect(risky).toMatchObject({ status: 'submitted', public: true, listed: false });
    const doubtful = await submit(w, w.reporter, publicSpot({ description: '楼道小广告：兼职刷单加微信' }));
    expect(doubtful.listed).toBe(false);
    const page = dataOf(await listPublicTickets({ limit: 50 }, w.deps));
    expect(page.items.map((i) => i.id)).not.toEqual(expect.arrayContaining([risky.id]));
    expect(page.items.map((i) => i.id)).not.toEqual(expect.arrayContaining([doubtful.id]));
  });
});
