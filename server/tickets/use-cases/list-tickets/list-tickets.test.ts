import { tickets, type TicketSummary } from '@contracts/tickets';
import { startTestCloud, type TestCloud } from '../../../../test/support/cloud';
import { dataOf, errorOf } from '../../../../test/support/envelope';
import { SETUP_MS, parsed, submit, householdRepair, ticketInState, ticketWorld, type TicketWorld } from '../../testing/fixtures';
import { listMyTickets, listPublicTickets, listQueue, queueCounts } from './list-tickets';

let t: TestCloud;
let w: TicketWorld;
beforeAll(async () => {
  t = await startTestCloud();
  w = await ticketWorld(t);
}, SETUP_MS);
afterAll(() => t.close());

const all = async (fetch: (cursor?: string) => Promise<{ items: TicketSummary[]; nextCursor?: string }>) => {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetch(cursor);
    ids.push(...page.items.map((i) => i.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
};

describe('lists', () => {
  it('pages "my tickets" newest first without gaps or repeats, also among tickets filed in the same millisecond', async () => {
    const made: string[] = [];
    for (let i = 0; i < 23; i += 1) {
      if (i % 5 === 0) t.clock.advance(1000);
      made.push((await submit(w, w.reporter, householdRepair({ description: `第${i}件` }))).id);
    }
    const ids = await all(async (cursor) =>
      dataOf(await listMyTickets(parsed(tickets.listMyTickets, { limit: 4, ...(cursor ? { cursor } : {}) }), w.reporter, w.deps)),
    );
    expect(new Set(ids).size).toBe(23);
    expect(new Set(ids)).toEqual(new Set(made));
    const times = await Promise.all(ids.map(async (id) => (await w.deps.tickets.byId(id))!.createdAt.getTime()));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const mine = dataOf(await listMyTickets(parsed(tickets.listMyTickets, {}), w.reporter, w.deps)).items[0];
    expect(mine?.placeLabel).toBe('1号楼 1单元 301');
    expect(dataOf(await listMyTickets(parsed(tickets.listMyTickets, {}), w.neighbour, w.deps)).items).toEqual([]);
  });

  it('filters the staff queue and counts open work; property people see the property company’s tickets only', async () => {
    const community = await ticketInState(w, t, 'submitted', {
      handlerOrg: 'community',
      categoryId: 'noise',
      categoryName: '噪音扰民',
      buildingId: 'b2',
    });
    const mineOverdue = await ticketInState(w, t, 'in_progress', { overdue: true, assigneeId: w.staff.user.id, assigneeName: '张丽' });
    const q = (input: Record<string, unknown>, who = w.staff) =>
      listQueue(parsed(tickets.listQueue, input), who, w.deps).then((r) => dataOf(r).items.map((i) => i.id));
    expect(await q({ categoryId: 'noise' })).toEqual([community.id]);
    expect(await q({ buildingId: 'b2' })).toEqual([community.id]);
    expect(await q({ overdue: true })).toEqual([mineOverdue.id]);
    expect(await q({ assigned: 'me' })).toEqual([mineOverdue.id]);
    expect(await q({ status: 'open', assigned: 'none' })).toContain(community.id);
    expect(await q({ status: 'in_progress' })).toEqual([mineOverdue.id]);
    expect(await q({ categoryId: 'noise' }, w.property)).toEqual([]);
    const counts = dataOf(await queueCounts(w.staff, w.deps));
    expect(counts).toMatchObject({ in_progress: 1, overdue: 1, mine: 1 });
    expect(counts.submitted).toBeGreaterThanOrEqual(24);
    expect(dataOf(await queueCounts(w.property, w.deps)).submitted).toBe(counts.submitted - 1);
    const item = dataOf(await listQueue(parsed(tickets.listQueue, { assigned: 'me' }), w.staff, w.deps)).items[0];
    expect(item).toMatchObject({ assigneeName: '张丽', handler: 'property', overdue: true, placeLabel: '1号楼 1号楼门口' });
  });

  it('shows neighbours listed tickets only, never a room', async () => {
    const home = await submit(w, w.reporter, householdRepair({ public: true }));
    const hidden = await submit(w, w.reporter, householdRepair({ public: false }));
    const items = dataOf(await listPublicTickets(parsed(tickets.listPublicTickets, { limit: 50 }), w.deps)).items;
    expect(items.find((i) => i.id === home.id)?.placeLabel).toBe('1号楼住户家中');
    expect(items.find((i) => i.id === hidden.id)).toBeUndefined();
    expect(JSON.stringify(items)).not.toContain('301');
  });

  it('refuses a cursor it did not make', async () => {
    expect(errorOf(await listQueue(parsed(tickets.listQueue, { cursor: 'bm9wZQ' }), w.staff, w.deps)).fields).toEqual({
      cursor: '分页参数不对',
    });
  });
});
