import { tickets } from '@contracts/tickets';
import { startTestCloud, type TestCloud } from '../../../../test/support/cloud';
import { dataOf, errorOf } from '../../../../test/support/envelope';
import { makeCaller } from '../../../../test/support/personas';
import { acceptTicket, replyTicket } from '../handle-ticket/handle-ticket';
import { confirmTicket, reopenTicket } from '../resident-changes/resident-changes';
import {
  SETUP_MS,
  householdRepair,
  parsed,
  photosOf,
  rid,
  submit,
  ticketInState,
  ticketWorld,
  type TicketWorld,
} from '../../testing/fixtures';
import { getTicket } from './get-ticket';

let t: TestCloud;
let w: TicketWorld;
beforeAll(async () => {
  t = await startTestCloud();
  w = await ticketWorld(t);
}, SETUP_MS);
afterAll(() => t.close());

describe('who sees what of a ticket', () => {
  it('shows neighbours a public household report without name, phone, room or what the reporter wrote later', async () => {
    const photos = await photosOf(t, w.reporter, 1);
    const ticket = await submit(w, w.reporter, householdRepair({ public: true, photos, visit: { date: '2026-11-20', slot: 'afternoon' } }));
    dataOf(await acceptTicket(parsed(tickets.acceptTicket, { ticketId: ticket.id, requestId: rid() }), w.staff, w.deps));
    dataOf(
      await replyTicket(parsed(tickets.replyTicket, { ticketId: ticket.id, requestId: rid(), text: '明天下午上门' }), w.staff, w.deps),
    );
    const seen = dataOf(await getTicket({ ticketId: ticket.id }, w.neighbour, w.deps));
    expect(seen).toMatchObject({
      relation: 'neighbour',
      place: { type: 'household', buildingName: '1号楼', label: '1号楼住户家中' },
      photos,
      actions: [],
    });
    expect(seen.place.room).toBeUndefined();
    expect(seen.visit).toBeUndefined();
    expect(seen.reporter).toBeUndefined();
    expect(seen.responseDueAt).toBeUndefined();
    expect(seen.timeline.map((e) => e.actor)).toEqual(['报告人', '社区工作人员 张丽', '社区工作人员 张丽']);
    const text = JSON.stringify(seen);
    for (const secret of ['王秀英', '13800001111', '301', w.reporter.user.id, w.reporter.openid]) expect(text).not.toContain(secret);
  });

  it('hides a private ticket from neighbours entirely, and shows it to staff and grid workers', async () => {
    const ticket = await submit(w, w.reporter, householdRepair());
    expect(errorOf(await getTicket({ ticketId: ticket.id }, w.neighbour, w.deps)).code).toBe('NOT_FOUND');
    expect(errorOf(await getTicket({ ticketId: ticket.id }, await makeCaller(t.platform, ['volunteer']), w.deps)).code).toBe('NOT_FOUND');
    expect(dataOf(await getTicket({ ticketId: ticket.id }, w.staff, w.deps))).toMatchObject({ relation: 'staff', place: { room: '301' } });
    expect(dataOf(await getTicket({ ticketId: ticket.id }, w.grid, w.deps))).toMatchObject({
      relation: 'viewer',
      actions: [],
      place: { room: '301' },
    });
    expect(dataOf(await getTicket({ ticketId: ticket.id }, w.property, w.deps))).toMatchObject({
      relation: 'handler',
      actions: ['accept', 'assign', 'reply'],
    });
    expect(errorOf(await getTicket({ ticketId: 'no-such-ticket' }, w.staff, w.deps)).code).toBe('NOT_FOUND');
  });

  it('keeps the reporter’s reasons, photos and rating from neighbours', async () => {
    const ticket = await ticketInState(w, t, 'resolved');
    const photos = await photosOf(t, w.reporter, 1);
    dataOf(
      await reopenTicket(
        parsed(tickets.reopenTicket, { ticketId: ticket.id, requestId: rid(), reason: '我家门口还是很脏', photos }),
        w.reporter,
        w.deps,
      ),
    );
    const seen = dataOf(await getTicket({ ticketId: ticket.id }, w.neighbour, w.deps));
    expect(seen.timeline[1]).toEqual(expect.objectContaining({ action: 'reopen', actor: '报告人', photos: [] }));
    expect(seen.timeline[1]?.note).toBeUndefined();
    const closed = await ticketInState(w, t, 'resolved');
    dataOf(
      await confirmTicket(
        parsed(tickets.confirmTicket, { ticketId: closed.id, requestId: rid(), stars: 2, comment: '太慢了' }),
        w.reporter,
        w.deps,
      ),
    );
    const done = dataOf(await getTicket({ ticketId: closed.id }, w.neighbour, w.deps));
    expect(done.rating).toBeUndefined();
    expect(JSON.stringify(done)).not.toContain('太慢了');
  });
});
