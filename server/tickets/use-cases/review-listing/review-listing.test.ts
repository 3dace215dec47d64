import { tickets } from '@contracts/tickets';
import { startTestCloud, type TestCloud } from '../../../../test/support/cloud';
import { dataOf, errorOf } from '../../../../test/support/envelope';
import { SETUP_MS, householdRepair, parsed, publicSpot, submit, ticketWorld, type TicketWorld } from '../../testing/fixtures';
import { getTicket } from '../get-ticket/get-ticket';
import { listPublicTickets, listQueue, queueCounts } from '../list-tickets/list-tickets';
import { reviewListing } from './review-listing';

let t: TestCloud;
let w: TicketWorld;
beforeAll(async () => {
  t = await startTestCloud();
  w = await ticketWorld(t);
}, SETUP_MS);
afterAll(() => t.close());

const review = (ticketId: string, list: boolean, caller = w.staff) =>
  reviewListing(parsed(tickets.reviewListing, { ticketId, list }), caller, w.deps);
const publicIds = async () => dataOf(await listPublicTickets({ limit: 100 }, w.deps)).items.map((i) => i.id);
const auditLines = async (targetId: string) =>
  (await t.platform.db.collection('audit_log').where({ targetId, action: 'reviewListing' }).get()).data as { detail: string }[];
// The local content check holds "兼职刷单" back for a person to read.
const heldReport = () => submit(w, w.reporter, publicSpot({ description: '楼道小广告：兼职刷单加微信，贴满了墙' }));

describe('reviewListing (staff decide what neighbours see)', () => {
  it('puts a held public report in the staff queue and counts, and lists it for neighbours once staff approve', async () => {
    const held = await heldReport();
    expect(dataOf(await getTicket({ ticketId: held.id }, w.staff, w.deps)).held).toBe(true);
    // The reporter learns it waits for review; neighbours cannot see it at all yet.
    expect(dataOf(await getTicket({ ticketId: held.id }, w.reporter, w.deps)).held).toBe(true);
    expect(errorOf(await getTicket({ ticketId: held.id }, w.neighbour, w.deps)).code).toBe('NOT_FOUND');
    const queue = dataOf(await listQueue(parsed(tickets.listQueue, { held: true }), w.staff, w.deps));
    expect(queue.items.map((i) => i.id)).toContain(held.id);
    expect(queue.items.every((i) => i.held)).toBe(true);
    const before = dataOf(await queueCounts(w.staff, w.deps)).held;

    const approved = dataOf(await review(held.id, true));
    expect(approved).toMatchObject({ listed: true });
    expect(approved.held).toBeUndefined();
    expect(await publicIds()).toContain(held.id);
    expect(dataOf(await queueCounts(w.staff, w.deps)).held).toBe(before - 1);
    expect(dataOf(await getTicket({ ticketId: held.id }, w.neighbour, w.deps)).listed).toBe(true);
    expect(await auditLines(held.id)).toEqual([expect.objectContaining({ detail: '公开给邻居' })]);
  });

  it('keeps a held report private when staff decline, and a retry of that decision writes nothing more', async () => {
    const held = await heldReport();
    expect(dataOf(await review(held.id, false))).toMatchObject({ listed: false, status: 'submitted' });
    expect(dataOf(await getTicket({ ticketId: held.id }, w.reporter, w.deps))).toMatchObject({ public: true, listed: false });
    expect(dataOf(await getTicket({ ticketId: held.id }, w.reporter, w.deps)).held).toBeUndefined();
    expect(dataOf(await review(held.id, false)).listed).toBe(false);
    expect(await publicIds()).not.toContain(held.id);
    expect(await auditLines(held.id)).toHaveLength(1);
    const queue = dataOf(await listQueue(parsed(tickets.listQueue, { held: true }), w.staff, w.deps));
    expect(queue.items.map((i) => i.id)).not.toContain(held.id);
  });

  it('lets staff take a listed report down from the neighbours list', async () => {
    const listed = await submit(w, w.reporter, publicSpot());
    expect(await publicIds()).toContain(listed.id);
    expect(dataOf(await review(listed.id, false)).listed).toBe(false);
    expect(await publicIds()).not.toContain(listed.id);
    expect(errorOf(await getTicket({ ticketId: listed.id }, w.neighbour, w.deps)).code).toBe('NOT_FOUND');
  });

  it('never lists a report its reporter kept private, and refuses unknown tickets', async () => {
    const own = await submit(w, w.reporter, householdRepair());
    const refused = errorOf(await review(own.id, true));
    expect(refused).toMatchObject({ code: 'CONFLICT', message: '报告人没有选择公开，不能公开给邻居' });
    expect(await publicIds()).not.toContain(own.id);
    expect(await auditLines(own.id)).toHaveLength(0);
    expect(errorOf(await review('no-such-ticket', true)).code).toBe('NOT_FOUND');
  });
});
