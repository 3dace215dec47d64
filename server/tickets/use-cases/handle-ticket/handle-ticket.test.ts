import { tickets } from '@contracts/tickets';
import { SUBSCRIBE_TEMPLATES } from '@contracts/subscribe-templates';
import { startTestCloud, type TestCloud } from '../../../../test/support/cloud';
import { dataOf, errorOf } from '../../../../test/support/envelope';
import { makeCaller } from '../../../../test/support/personas';
import { notificationDeps } from '../../../notifications/deps';
import { recordSubscriptions } from '../../../notifications/use-cases/inbox';
import { followTicket } from '../follow-ticket/follow-ticket';
import { getTicket } from '../get-ticket/get-ticket';
import { revealContact } from '../reveal-contact/reveal-contact';
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
} from '../../testing/fixtures';
import {
  acceptTicket,
  assignTicket,
  listHandlers,
  rejectTicket,
  replyTicket,
  resolveTicket,
  setExpectedTime,
  startTicket,
} from './handle-ticket';

let t: TestCloud;
let w: TicketWorld;
beforeAll(async () => {
  t = await startTestCloud();
  w = await ticketWorld(t);
}, SETUP_MS);
afterAll(() => t.close());

const inboxOf = async (userId: string) =>
  (await t.platform.db.collection('inbox').where({ userId }).orderBy('createdAt', 'asc').limit(100).get()).data as {
    title: string;
    body: string;
    link: string;
  }[];

describe('handling a ticket', () => {
  it('goes from report to fix with every step on the timeline, told to the reporter and followers', async () => {
    const ticket = await submit(w, w.reporter, publicSpot());
    const follower = await makeCaller(t.platform, ['resident'], '冯玉梅');
    dataOf(await followTicket({ ticketId: ticket.id }, follower, w.deps));
    dataOf(
      await recordSubscriptions({ accepted: ['ticketUpdate'] }, w.reporter.user.id, { ...notificationDeps(t.platform), clock: t.clock }),
    );
    const sentBefore = t.linli.outbox.all().length;

    const by = w.property;
    const tick = () => t.clock.advance(60_000);
    const accepted = dataOf(await acceptTicket(parsed(tickets.acceptTicket, { ticketId: ticket.id, requestId: rid() }), by, w.deps));
    expect(accepted).toMatchObject({
      status: 'accepted',
      assignee: { id: by.user.id, name: '孙师傅', role: '物业人员' },
      relation: 'handler',
    });
    const expectedAt = '2026-11-20T10:00:00.000Z';
    tick();
    dataOf(await setExpectedTime(parsed(tickets.setExpectedTime, { ticketId: ticket.id, requestId: rid(), expectedAt }), by, w.deps));
    tick();
    dataOf(await startTicket(parsed(tickets.startTicket, { ticketId: ticket.id, requestId: rid() }), by, w.deps));
    tick();
    const replyPhotos = await photosOf(t, by, 1);
    dataOf(
      await replyTicket(
        parsed(tickets.replyTicket, { ticketId: ticket.id, requestId: rid(), text: '灯泡已订，明天换', photos: replyPhotos }),
        by,
        w.deps,
      ),
    );

    const noPhoto = errorOf(
      await resolveTicket(parsed(tickets.resolveTicket, { ticketId: ticket.id, requestId: rid(), note: '换好了' }), by, w.deps),
    );
    expect(noPhoto.fields).toEqual({ photos: '请上传处理后的照片' });
    tick();
    const after = await photosOf(t, by, 1);
    const resolved = dataOf(
      await resolveTicket(
        parsed(tickets.resolveTicket, { ticketId: ticket.id, requestId: rid(), note: '换好了', photos: after }),
        by,
        w.deps,
      ),
    );
    expect(resolved).toMatchObject({ status: 'resolved', expectedAt, overdue: false });

    const seen = dataOf(await getTicket({ ticketId: ticket.id }, w.reporter, w.deps));
    expect(seen.timeline.map((e) => [e.action, e.actor, e.status])).toEqual([
      ['submit', '我', 'submitted'],
      ['accept', '物业人员 孙师傅', 'accepted'],
      ['setExpected', '物业人员 孙师傅', 'accepted'],
      ['start', '物业人员 孙师傅', 'in_progress'],
      ['reply', '物业人员 孙师傅', 'in_progress'],
      ['resolve', '物业人员 孙师傅', 'resolved'],
    ]);
    expect(seen.timeline[4]).toMatchObject({ note: '灯泡已订，明天换', photos: replyPhotos });
    expect(seen.timeline[5]).toMatchObject({ note: '换好了', photos: after });
    expect(seen.actions).toEqual(['confirm', 'reopen']);
    expect(seen.confirmBy).toBe('2026-11-26T02:04:00.000Z');

    for (const person of [w.reporter, follower]) {
      const titles = (await inboxOf(person.user.id)).map((m) => m.title);
      expect(titles).toEqual(['报修已受理', '报修预计完成时间', '报修开始处理', '报修有新回复', '报修已处理完成，请确认']);
    }
    // The reporter granted one subscribe message: spent on the first change, within the field limits.
    const sent = t.linli.outbox.all().slice(sentBefore);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      touser: w.reporter.openid,
      templateId: SUBSCRIBE_TEMPLATES.ticketUpdate.id,
      page: `/packages/tickets/detail/index?id=${ticket.id}`,
    });
    expect(sent[0]?.data.phrase2?.value).toBe('已受理');
    expect(Array.from(sent[0]?.data.thing1?.value ?? '').length).toBeLessThanOrEqual(20);
  });

  it('resolves exactly one of many staff accepting at once; the others get CONFLICT', async () => {
    const ticket = await submit(w, w.reporter, householdRepair());
    const staff = await Promise.all(Array.from({ length: 6 }, (_v, i) => makeCaller(t.platform, ['staff'], `工作人员${i}`)));
    const results = await Promise.all(
      staff.map((s) => acceptTicket(parsed(tickets.acceptTicket, { ticketId: ticket.id, requestId: rid() }), s, w.deps)),
    );
    const winners = results.filter((r) => r.ok);
    expect(winners).toHaveLength(1);
    for (const r of results.filter((x) => !x.ok)) expect(errorOf(r).code).toBe('CONFLICT');
    const stored = await w.deps.tickets.byId(ticket.id);
    const timeline = await w.deps.events.timeline(ticket.id);
    expect(timeline.map((e) => e.action)).toEqual(['submit', 'accept']);
    expect(stored).toMatchObject({ status: 'accepted', version: 2, assigneeId: timeline[1]?.actor.userId });
  });

  it('applies a retried change once and answers it the same way', async () => {
    const ticket = await ticketInState(w, t, 'accepted');
    const input = parsed(tickets.replyTicket, { ticketId: ticket.id, requestId: rid(), text: '明天上午到' });
    const [a, b] = await Promise.all([replyTicket(input, w.property, w.deps), replyTicket(input, w.property, w.deps)]);
    const c = await replyTicket(input, w.property, w.deps);
    for (const r of [a, b, c]) expect(dataOf(r).version).toBe(2);
    expect((await w.deps.events.timeline(ticket.id)).map((e) => e.action)).toEqual(['submit', 'reply']);
    const replies = (await inboxOf(w.reporter.user.id)).filter((m) => m.link.endsWith(ticket.id));
    expect(replies).toHaveLength(1);
  });

  it('assigns to staff or property people only, moving the ticket to their organisation', async () => {
    const ticket = await ticketInState(w, t, 'in_progress');
    const resident = await makeCaller(t.platform, ['resident']);
    expect(
      errorOf(
        await assignTicket(
          parsed(tickets.assignTicket, { ticketId: ticket.id, requestId: rid(), assigneeId: resident.user.id }),
          w.staff,
          w.deps,
        ),
      ).fields,
    ).toEqual({
      assigneeId: '请选择社区工作人员或物业人员',
    });
    const moved = dataOf(
      await assignTicket(
        parsed(tickets.assignTicket, { ticketId: ticket.id, requestId: rid(), assigneeId: w.staff.user.id, note: '需要社区协调' }),
        w.property,
        w.deps,
      ),
    );
    expect(moved).toMatchObject({ status: 'accepted', handler: 'community', assignee: { name: '张丽', role: '社区工作人员' } });
    expect(moved.timeline[1]).toMatchObject({ action: 'assign', assignee: '张丽', note: '需要社区协调' });
    // Now the property company no longer handles it.
    expect(
      errorOf(await startTicket(parsed(tickets.startTicket, { ticketId: ticket.id, requestId: rid() }), w.property, w.deps)).code,
    ).toBe('FORBIDDEN');
    expect(dataOf(await listHandlers(w.deps)).map((h) => [h.name, h.role])).toEqual(
      expect.arrayContaining([
        ['张丽', 'staff'],
        ['孙师傅', 'property'],
      ]),
    );
  });

  it('lets staff reject a complaint with a written reason, and refuses a second answer', async () => {
    const ticket = await ticketInState(w, t, 'submitted');
    const rejected = dataOf(
      await rejectTicket(
        parsed(tickets.rejectTicket, { ticketId: ticket.id, requestId: rid(), reason: '属于市政管理，已转12345' }),
        w.staff,
        w.deps,
      ),
    );
    expect(rejected.status).toBe('rejected');
    const again = errorOf(await acceptTicket(parsed(tickets.acceptTicket, { ticketId: ticket.id, requestId: rid() }), w.staff, w.deps));
    expect(again).toEqual({ code: 'CONFLICT', message: '这张单子已被驳回' });
  });

  it('refuses an expected time in the past or too far ahead', async () => {
    const ticket = await ticketInState(w, t, 'accepted');
    const at = (iso: string) =>
      setExpectedTime(parsed(tickets.setExpectedTime, { ticketId: ticket.id, requestId: rid(), expectedAt: iso }), w.property, w.deps);
    expect(errorOf(await at('2026-11-19T01:00:00Z')).fields).toEqual({ expectedAt: '预计完成时间要晚于现在' });
    expect(errorOf(await at('2027-06-01T01:00:00Z')).fields).toEqual({ expectedAt: '预计完成时间请设在90天以内' });
  });
});

describe('the reporter’s contact', () => {
  it('is never in the detail; staff and the handler reveal it, each time an audit line', async () => {
    const ticket = await submit(w, w.reporter, householdRepair());
    const staffView = dataOf(await getTicket({ ticketId: ticket.id }, w.staff, w.deps));
    expect(staffView.reporter).toEqual({ name: '王**', hasPhone: true });
    expect(JSON.stringify(staffView)).not.toContain('13800001111');
    const audits = async () => (await t.platform.db.collection('audit_log').where({ targetId: ticket.id }).get()).data.length;
    expect(dataOf(await revealContact({ ticketId: ticket.id }, w.staff, w.deps))).toEqual({
      name: '王秀英',
      phone: '13800001111',
      place: '1号楼 1单元 301',
    });
    dataOf(await revealContact({ ticketId: ticket.id }, w.property, w.deps));
    expect(await audits()).toBe(2);
    // A property person who does not handle it, and a grid worker, may not.
    const community = await submit(w, w.reporter, householdRepair({ categoryId: 'noise', kind: 'complaint' }));
    expect(errorOf(await revealContact({ ticketId: community.id }, w.property, w.deps)).code).toBe('FORBIDDEN');
    expect(await audits()).toBe(2);
  });
});
