import { tickets } from '@contracts/tickets';
import { startTestCloud, type TestCloud } from '../../../../test/support/cloud';
import { dataOf, errorOf } from '../../../../test/support/envelope';
import { HOUR, DAY } from '../../../kernel/clock';
import { SETUP_MS, parsed, photosOf, rid, ticketInState, ticketWorld, type TicketWorld } from '../../testing/fixtures';
import { cancelTicket, confirmTicket, nudgeTicket, rateTicket, reopenTicket } from './resident-changes';

let t: TestCloud;
let w: TicketWorld;
beforeAll(async () => {
  t = await startTestCloud();
  w = await ticketWorld(t);
}, SETUP_MS);
afterAll(() => t.close());
beforeEach(() => t.clock.set('2026-11-19T02:00:00.000Z'));

const nudge = (ticketId: string) => nudgeTicket(parsed(tickets.nudgeTicket, { ticketId, requestId: rid() }), w.reporter, w.deps);

describe('what the reporter can do', () => {
  it('nudges at most once per 12 hours while open, and the handler hears of it', async () => {
    const ticket = await ticketInState(w, t, 'accepted');
    const first = dataOf(await nudge(ticket.id));
    expect(first.actions).not.toContain('nudge');
    expect(first.nudgeAvailableAt).toBe('2026-11-19T14:00:00.000Z');
    t.clock.advance(11 * HOUR);
    expect(errorOf(await nudge(ticket.id))).toEqual({ code: 'RATE_LIMITED', message: '12小时内只能催一次，2026-11-19 22:00 后可以再催' });
    t.clock.advance(HOUR);
    expect(dataOf(await nudge(ticket.id)).actions).not.toContain('nudge');
    expect((await w.deps.events.timeline(ticket.id)).map((e) => e.action)).toEqual(['submit', 'nudge', 'nudge']);
    const told = await t.platform.db.collection('inbox').where({ userId: w.property.user.id, title: '居民催办：环境卫生投诉' }).get();
    expect(told.data).toHaveLength(2);
  });

  it('cancels only before anyone accepted it, and only their own', async () => {
    const fresh = await ticketInState(w, t, 'submitted');
    expect(
      errorOf(await cancelTicket(parsed(tickets.cancelTicket, { ticketId: fresh.id, requestId: rid() }), w.neighbour, w.deps)).code,
    ).toBe('FORBIDDEN');
    expect(
      dataOf(
        await cancelTicket(
          parsed(tickets.cancelTicket, { ticketId: fresh.id, requestId: rid(), reason: '自己修好了' }),
          w.reporter,
          w.deps,
        ),
      ).status,
    ).toBe('cancelled');
    const taken = await ticketInState(w, t, 'accepted');
    expect(errorOf(await cancelTicket(parsed(tickets.cancelTicket, { ticketId: taken.id, requestId: rid() }), w.reporter, w.deps))).toEqual(
      {
        code: 'CONFLICT',
        message: '已有工作人员受理了这张单子',
      },
    );
  });

  it('confirms and rates within 7 days; a second rating is refused', async () => {
    const ticket = await ticketInState(w, t, 'resolved');
    t.clock.advance(6 * DAY);
    const closed = dataOf(
      await confirmTicket(
        parsed(tickets.confirmTicket, { ticketId: ticket.id, requestId: rid(), stars: 5, comment: '师傅很负责' }),
        w.reporter,
        w.deps,
      ),
    );
    expect(closed).toMatchObject({ status: 'closed', rating: { stars: 5, comment: '师傅很负责' }, actions: [] });
    expect(
      errorOf(await rateTicket(parsed(tickets.rateTicket, { ticketId: ticket.id, requestId: rid(), stars: 1 }), w.reporter, w.deps)),
    ).toEqual({
      code: 'CONFLICT',
      message: '已经评价过了',
    });
  });

  it('reopens ("没修好") with a reason and a photo: back to the handler with a new resolution deadline', async () => {
    const ticket = await ticketInState(w, t, 'resolved');
    t.clock.advance(2 * DAY);
    const photos = await photosOf(t, w.reporter, 1);
    const reopened = dataOf(
      await reopenTicket(
        parsed(tickets.reopenTicket, { ticketId: ticket.id, requestId: rid(), reason: '还是满的', photos }),
        w.reporter,
        w.deps,
      ),
    );
    expect(reopened).toMatchObject({ status: 'accepted', assignee: { name: '孙师傅' }, resolutionDueAt: '2026-11-22T02:00:00.000Z' });
    expect(reopened.resolvedAt).toBeUndefined();
    expect(reopened.timeline[1]).toMatchObject({ action: 'reopen', note: '还是满的', photos, actor: '我' });
    const stored = await w.deps.tickets.byId(ticket.id);
    expect(stored).toMatchObject({ reopenCount: 1, resolutionAlarmAt: new Date('2026-11-22T02:00:00.000Z') });
    const told = await t.platform.db.collection('inbox').where({ userId: w.property.user.id, title: '居民反馈没修好：环境卫生投诉' }).get();
    expect(told.data).toHaveLength(1);
  });

  it('cannot confirm or reopen once 7 days have passed (the job confirms it), and rates it afterwards instead', async () => {
    const ticket = await ticketInState(w, t, 'resolved');
    t.clock.advance(7 * DAY);
    for (const result of [
      await reopenTicket(parsed(tickets.reopenTicket, { ticketId: ticket.id, requestId: rid(), reason: '没修好' }), w.reporter, w.deps),
      await confirmTicket(parsed(tickets.confirmTicket, { ticketId: ticket.id, requestId: rid(), stars: 3 }), w.reporter, w.deps),
    ])
      expect(errorOf(result)).toEqual({ code: 'CONFLICT', message: '已超过7天，系统已自动确认' });
    const closed = await ticketInState(w, t, 'closed');
    expect(
      dataOf(await rateTicket(parsed(tickets.rateTicket, { ticketId: closed.id, requestId: rid(), stars: 4 }), w.reporter, w.deps)).rating,
    ).toEqual({ stars: 4 });
  });

  it('refuses a reopening photo that is not the reporter’s own upload, writing nothing', async () => {
    const ticket = await ticketInState(w, t, 'resolved');
    const theirs = await photosOf(t, w.neighbour, 1);
    const error = errorOf(
      await reopenTicket(
        parsed(tickets.reopenTicket, { ticketId: ticket.id, requestId: rid(), reason: '没修好', photos: theirs }),
        w.reporter,
        w.deps,
      ),
    );
    expect(error.fields).toEqual({ photos: '图片无效，请重新上传' });
    expect((await w.deps.tickets.byId(ticket.id))?.status).toBe('resolved');
  });
});
