import { SUBSCRIBE_TEMPLATES } from '@contracts/subscribe-templates';
import { startTestCloud, type TestCloud } from '../../test/support/cloud';
import { dataOf } from '../../test/support/envelope';
import { makeCaller } from '../../test/support/personas';
import { notificationDeps, type NotificationDeps } from './deps';
import { listInbox, markInboxRead, recordSubscriptions } from './use-cases/inbox';

let t: TestCloud;
let deps: NotificationDeps & { clock: TestCloud['clock'] };
beforeAll(async () => {
  t = await startTestCloud();
  deps = { ...notificationDeps(t.platform), clock: t.clock };
});
afterAll(() => t.close());

const notification = (sourceKey: string) => ({
  kind: 'ticket' as const,
  title: '您的报修有新进展',
  body: '工作人员已受理：楼道灯不亮',
  link: '/packages/tickets/detail/index?id=t1',
  sourceKey,
  template: {
    key: 'ticketUpdate' as const,
    values: { title: '3号楼2单元楼道灯不亮了很久一直没人管', status: '已受理', note: '师傅下午上门', at: '2026-11-19 10:00' },
  },
});

describe('notifier and inbox', () => {
  it('puts a notification in the inbox once, however often the action is retried', async () => {
    const a = await makeCaller(t.platform, ['resident']);
    const b = await makeCaller(t.platform, ['resident']);
    const recipients = [a, b].map((c) => ({ userId: c.user.id, openid: c.openid }));
    expect((await deps.notifier.notify(recipients, notification('retry-1'))).delivered).toBe(2);
    expect((await deps.notifier.notify(recipients, notification('retry-1'))).delivered).toBe(0);
    const page = dataOf(await listInbox({ unreadOnly: false, limit: 20 }, a.user.id, deps));
    expect(page.items.map((i) => i.title)).toEqual(['您的报修有新进展']);
    expect(page.unread).toBe(1);
  });

  it('reaches only the people a half-finished delivery missed when it is retried', async () => {
    const first = await makeCaller(t.platform, ['resident']);
    const missed = await makeCaller(t.platform, ['resident']);
    dataOf(await recordSubscriptions({ accepted: ['ticketUpdate'] }, first.user.id, deps));
    dataOf(await recordSubscriptions({ accepted: ['ticketUpdate'] }, missed.user.id, deps));
    const [a, b] = [first, missed].map((c) => ({ userId: c.user.id, openid: c.openid }));
    expect(await deps.notifier.notify([a!], notification('partial-1'))).toEqual({ delivered: 1, pushed: 1 });
    expect(await deps.notifier.notify([a!, b!], notification('partial-1'))).toEqual({ delivered: 1, pushed: 1 });
    for (const c of [first, missed])
      expect(dataOf(await listInbox({ unreadOnly: false, limit: 20 }, c.user.id, deps)).items).toHaveLength(1);
  });

  it('sends a WeChat message only where the person granted one, spending one grant each', async () => {
    const granted = await makeCaller(t.platform, ['resident']);
    const silent = await makeCaller(t.platform, ['resident']);
    dataOf(await recordSubscriptions({ accepted: ['ticketUpdate'] }, granted.user.id, deps));
    const before = t.linli.outbox.all().length;
    const recipients = [granted, silent].map((c) => ({ userId: c.user.id, openid: c.openid }));
    expect((await deps.notifier.notify(recipients, notification('grant-1'))).pushed).toBe(1);
    expect((await deps.notifier.notify(recipients, notification('grant-2'))).pushed).toBe(0);
    const sent = t.linli.outbox.all().slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ touser: granted.openid, templateId: SUBSCRIBE_TEMPLATES.ticketUpdate.id });
    // Template fields respect WeChat's limits: thing ≤ 20 characters, phrase ≤ 5.
    expect(Array.from(sent[0]?.data.thing1?.value ?? '').length).toBeLessThanOrEqual(20);
    expect(sent[0]?.data.phrase2?.value).toBe('已受理');
    // Both still have it in the inbox.
    for (const c of [granted, silent]) expect(dataOf(await listInbox({ unreadOnly: true, limit: 20 }, c.user.id, deps)).unread).toBe(2);
  });

  it('marks only the caller’s own messages read', async () => {
    const owner = await makeCaller(t.platform, ['resident']);
    const other = await makeCaller(t.platform, ['resident']);
    await deps.notifier.notify([{ userId: owner.user.id, openid: owner.openid }], notification('mine-1'));
    await deps.notifier.notify([{ userId: other.user.id, openid: other.openid }], notification('theirs-1'));
    const theirs = dataOf(await listInbox({ unreadOnly: false, limit: 20 }, other.user.id, deps)).items[0];
    expect(dataOf(await markInboxRead({ ids: [theirs!.id] }, owner.user.id, deps)).unread).toBe(1);
    expect(dataOf(await listInbox({ unreadOnly: false, limit: 20 }, other.user.id, deps)).unread).toBe(1);
    expect(dataOf(await markInboxRead({ all: true }, owner.user.id, deps)).unread).toBe(0);
  });
});
