import { tickets } from '@contracts/tickets';
import { startTestCloud, type TestCloud } from '../../../test/support/cloud';
import { dataOf } from '../../../test/support/envelope';
import { createJobsFunction } from '../../jobs/entry';
import { JOBS_BY_TRIGGER } from '../../jobs/registry';
import { DAY, HOUR, MINUTE } from '../../kernel/clock';
import { actAsSystem } from '../act';
import {
  SETUP_MS,
  householdRepair,
  parsed,
  photosOf,
  publicSpot,
  rid,
  submit,
  ticketInState,
  ticketWorld,
  type TicketWorld,
} from '../testing/fixtures';
import { listQueue } from '../use-cases/list-tickets/list-tickets';
import { acceptTicket, resolveTicket } from '../use-cases/handle-ticket/handle-ticket';
import { reopenTicket } from '../use-cases/resident-changes/resident-changes';

let t: TestCloud;
let w: TicketWorld;
let jobs: ReturnType<typeof createJobsFunction>;
beforeAll(async () => {
  t = await startTestCloud();
  w = await ticketWorld(t);
  jobs = createJobsFunction({ jobs: JOBS_BY_TRIGGER, platform: () => t.platform, log: () => undefined });
}, SETUP_MS);
afterAll(() => t.close());
beforeEach(() => t.clock.set('2026-11-19T02:00:00.000Z'));

/** Fires the every-minute trigger as CloudBase would at `at`; the use cases' clock follows. */
const tick = async (at: Date) => {
  t.clock.set(at);
  const result = await jobs({ Type: 'Timer', TriggerName: 'everyMinute', Time: at.toISOString() }, {});
  if (!result.ok) throw new Error(result.error.message);
  return Object.fromEntries(result.data.reports.map((r) => [r.job, r.processed]));
};

const overdueMessages = async (userId: string, ticketId: string) =>
  (
    (
      await t.platform.db
        .collection('inbox')
        .where({ userId, link: `/packages/tickets-admin/detail/index?id=${ticketId}` })
        .limit(100)
        .get()
    ).data as { title: string }[]
  )
    .map((m) => m.title)
    .filter((title) => title.startsWith('超时'))
    .sort();

describe('deadlines and the overdue job (injected clock)', () => {
  it('marks a ticket overdue at its deadline and tells the building’s grid worker once per deadline', async () => {
    const start = t.clock.now();
    const ticket = await submit(w, w.reporter, householdRepair()); // 水电: answer in 2 h, fix in 24 h
    const at = (ms: number) => new Date(start.getTime() + ms);

    expect((await tick(at(2 * HOUR - MINUTE)))['tickets.overdue']).toBe(0);
    expect((await w.deps.tickets.byId(ticket.id))?.overdue).toBe(false);

    expect((await tick(at(2 * HOUR)))['tickets.overdue']).toBe(1);
    expect(await tick(at(2 * HOUR + MINUTE))).toMatchObject({ 'tickets.overdue': 0 });
    expect(await overdueMessages(w.grid.user.id, ticket.id)).toEqual(['超时未受理：水电报修']);
    const flagged = dataOf(await listQueue(parsed(tickets.listQueue, { overdue: true }), w.staff, w.deps)).items.map((i) => i.id);
    expect(flagged).toContain(ticket.id);

    // Answered late, but the fix is not late yet: no longer overdue.
    t.clock.set(at(2 * HOUR + 30 * MINUTE));
    expect(
      dataOf(await acceptTicket(parsed(tickets.acceptTicket, { ticketId: ticket.id, requestId: rid() }), w.property, w.deps)).overdue,
    ).toBe(false);

    expect((await tick(at(24 * HOUR)))['tickets.overdue']).toBe(1);
    expect(await overdueMessages(w.grid.user.id, ticket.id)).toEqual(['超时未办结：水电报修', '超时未受理：水电报修']);
    const timeline = await w.deps.events.timeline(ticket.id);
    expect(timeline.filter((e) => e.action === 'markOverdue').map((e) => [e.deadline, e.actor.kind])).toEqual([
      ['response', 'system'],
      ['resolution', 'system'],
    ]);

    // Fixed, reopened: a new resolution deadline, and a new report when it is missed too.
    t.clock.set(at(25 * HOUR));
    const after = await photosOf(t, w.property, 1);
    dataOf(
      await resolveTicket(
        parsed(tickets.resolveTicket, { ticketId: ticket.id, requestId: rid(), note: '修好了', photos: after }),
        w.property,
        w.deps,
      ),
    );
    dataOf(
      await reopenTicket(parsed(tickets.reopenTicket, { ticketId: ticket.id, requestId: rid(), reason: '还在漏' }), w.reporter, w.deps),
    );
    expect((await tick(at(25 * HOUR + 23 * HOUR)))['tickets.overdue']).toBe(0);
    expect((await tick(at(25 * HOUR + 24 * HOUR)))['tickets.overdue']).toBe(1);
    expect(await overdueMessages(w.grid.user.id, ticket.id)).toEqual([
      '超时未办结：水电报修',
      '超时未办结：水电报修',
      '超时未受理：水电报修',
    ]);
  });

  it('tells community staff when the building has no grid worker (or the spot no building)', async () => {
    const ticket = await submit(w, w.reporter, publicSpot({ categoryId: 'safety', buildingId: 'b3', spot: '3号楼消防通道堆物' })); // 安全隐患: 1 h
    await tick(new Date(t.clock.now().getTime() + HOUR));
    expect(await overdueMessages(w.staff.user.id, ticket.id)).toEqual(['超时未受理：安全隐患报修']);
  });

  it('finishes a run that stopped between marking and telling: the report goes out once', async () => {
    const ticket = await ticketInState(w, t, 'submitted', {
      responseAlarmAt: new Date('2026-11-19T06:00:00.000Z'),
      responseDueAt: new Date('2026-11-19T06:00:00.000Z'),
    });
    t.clock.set('2026-11-19T06:00:00.000Z');
    // The earlier run marked it (same idempotency key as the job's) and stopped before telling anyone.
    expect((await actAsSystem(ticket.id, 'overdue-response', { action: 'markOverdue', deadline: 'response' }, w.deps)).kind).toBe(
      'changed',
    );
    await tick(new Date('2026-11-19T06:01:00.000Z'));
    await tick(new Date('2026-11-19T06:02:00.000Z'));
    expect(await overdueMessages(w.grid.user.id, ticket.id)).toEqual(['超时未受理：环境卫生投诉']);
    expect((await w.deps.events.timeline(ticket.id)).filter((e) => e.action === 'markOverdue')).toHaveLength(1);
    expect((await w.deps.tickets.byId(ticket.id))?.responseAlarmAt).toBeUndefined();
  });
});

describe('auto-confirm job', () => {
  it('closes a resolved ticket 7 days after the fix, once, and tells the reporter', async () => {
    const ticket = await ticketInState(w, t, 'resolved');
    const resolvedAt = t.clock.now().getTime();
    await tick(new Date(resolvedAt + 7 * DAY - MINUTE));
    expect((await w.deps.tickets.byId(ticket.id))?.status).toBe('resolved');
    expect((await tick(new Date(resolvedAt + 7 * DAY)))['tickets.autoConfirm']).toBeGreaterThanOrEqual(1);
    await tick(new Date(resolvedAt + 7 * DAY + MINUTE));
    const stored = await w.deps.tickets.byId(ticket.id);
    expect(stored).toMatchObject({ status: 'closed', closedAt: new Date(resolvedAt + 7 * DAY) });
    expect(stored?.rating).toBeUndefined();
    expect((await w.deps.events.timeline(ticket.id)).map((e) => [e.action, e.actor.kind])).toEqual([
      ['submit', 'reporter'],
      ['autoConfirm', 'system'],
    ]);
    const told = await t.platform.db
      .collection('inbox')
      .where({ userId: w.reporter.user.id, link: `/packages/tickets/detail/index?id=${ticket.id}` })
      .get();
    expect((told.data as { title: string }[]).map((m) => m.title)).toEqual(['投诉已完成']);
  });
});
