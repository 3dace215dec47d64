import { startTestCloud, type TestCloud } from '../../../../test/support/cloud';
import { dataOf, errorOf } from '../../../../test/support/envelope';
import { makeCaller } from '../../../../test/support/personas';
import { unreadCount } from '../../../notifications/use-cases/inbox';
import { notificationDeps } from '../../../notifications/deps';
import type { Caller } from '../../../users/caller';
import { usersDeps } from '../../../users/deps';
import { announcementsDeps, type AnnouncementsDeps } from '../../deps';
import { addBuildings, draftCommand, person } from '../../testing/community';
import { createNotice } from '../create-notice/create-notice';
import { publishNotice } from '../publish-notice/publish-notice';
import { openNotice } from './open-notice';

let t: TestCloud;
let deps: AnnouncementsDeps;
let staff: Caller;

beforeAll(async () => {
  t = await startTestCloud();
  deps = announcementsDeps(t.platform);
  await addBuildings(t.platform);
  staff = await makeCaller(t.platform, ['staff'], '张丽');
}, 30_000);
afterAll(() => t.close());

const published = async (buildingIds = ['b1']) => {
  const draft = dataOf(
    await createNotice(draftCommand({ audience: 'buildings', buildingIds, body: '## 停水时间\n明天 **9点到12点**。' }), staff, deps),
  );
  return dataOf(await publishNotice({ noticeId: draft.id, confirmReview: false }, staff, deps));
};

const receiptsOf = async (noticeId: string) =>
  (await t.platform.db.collection('notice_receipts').where({ noticeId }).limit(100).get()).data as {
    userId: string;
    readAt?: Date;
    inAudience: boolean;
  }[];
const inboxUnread = async (c: Caller) => dataOf(await unreadCount(c.user.id, { ...notificationDeps(t.platform), clock: t.clock })).unread;

describe('openNotice', () => {
  it('shows the body as blocks and records the first read once, however often it is opened', async () => {
    const reader = await person(t.platform, { building: 'b1' });
    const notice = await published();
    const first = dataOf(await openNotice(notice.id, reader, deps));
    expect(first).toMatchObject({ title: '停水通知', publisher: '潘苑社区', readAt: t.clock.now().toISOString(), mustAck: false });
    expect(first.preview).toBeUndefined();
    expect(first.blocks).toEqual([
      { type: 'heading', text: '停水时间' },
      { type: 'paragraph', spans: [{ text: '明天 ' }, { text: '9点到12点', strong: true }, { text: '。' }] },
    ]);
    t.clock.advance(3_600_000);
    const again = dataOf(await openNotice(notice.id, reader, deps));
    expect(again.readAt).toBe(first.readAt);
    const mine = (await receiptsOf(notice.id)).filter((r) => r.userId === reader.user.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.readAt?.toISOString()).toBe(first.readAt);
  });

  it('marks the inbox message that announced it read, so the tab bar count drops', async () => {
    const reader = await person(t.platform, { building: 'b1' });
    const notice = await published();
    expect(await inboxUnread(reader)).toBe(1);
    dataOf(await openNotice(notice.id, reader, deps));
    expect(await inboxUnread(reader)).toBe(0);
  });

  it('tells someone outside the audience politely, and records nothing', async () => {
    const outsider = await person(t.platform, { building: 'b2' });
    const notice = await published();
    expect(errorOf(await openNotice(notice.id, outsider, deps))).toEqual({
      code: 'NOT_IN_AUDIENCE',
      message: '这条通知只发给部分居民，您不在通知范围内',
    });
    expect((await receiptsOf(notice.id)).some((r) => r.userId === outsider.user.id)).toBe(false);
  });

  it('lets staff look at any published notice without counting them as a reader', async () => {
    const notice = await published();
    const view = dataOf(await openNotice(notice.id, staff, deps));
    expect(view.preview).toBe(true);
    expect(view.readAt).toBeUndefined();
    expect((await receiptsOf(notice.id)).some((r) => r.userId === staff.user.id)).toBe(false);
  });

  it('still opens for someone it was sent to who has moved since; a newcomer to the building reads it as a late reader', async () => {
    const mover = await person(t.platform, { building: 'b1' });
    const notice = await published();
    await usersDeps(t.platform).users.update(
      mover.user.id,
      { household: { buildingId: 'b2', buildingName: '2号楼', unit: '1单元', room: '301', status: 'verified' } },
      t.clock.now(),
    );
    const moved = await person(t.platform, { building: 'b2' });
    const movedCaller = { ...mover, user: { ...mover.user, household: moved.user.household } };
    expect(dataOf(await openNotice(notice.id, movedCaller, deps)).readAt).toBeDefined();
    const newcomer = await person(t.platform, { building: 'b1', name: '新住户' });
    dataOf(await openNotice(notice.id, newcomer, deps));
    const receipts = await receiptsOf(notice.id);
    expect(receipts.find((r) => r.userId === newcomer.user.id)?.inAudience).toBe(false);
    expect(receipts.find((r) => r.userId === mover.user.id)?.inAudience).toBe(true);
  });

  it('answers NOT_FOUND for drafts and unknown ids', async () => {
    const reader = await person(t.platform, { building: 'b1' });
    const draft = dataOf(await createNotice(draftCommand(), staff, deps));
    expect(errorOf(await openNotice(draft.id, reader, deps)).code).toBe('NOT_FOUND');
    expect(errorOf(await openNotice('nope', reader, deps)).code).toBe('NOT_FOUND');
  });
});
