import { startTestCloud, type TestCloud } from '../../../test/support/cloud';
import { dataOf, errorOf } from '../../../test/support/envelope';
import { makeCaller } from '../../../test/support/personas';
import { createJobsFunction } from '../../jobs/entry';
import { JOBS_BY_TRIGGER } from '../../jobs/registry';
import { MINUTE } from '../../kernel/clock';
import type { Caller } from '../../users/caller';
import { announcementsDeps, type AnnouncementsDeps } from '../deps';
import { addBuildings, draftCommand, person } from '../testing/community';
import { createNotice } from '../use-cases/create-notice/create-notice';
import { listFeed } from '../use-cases/list-feed/list-feed';
import { openNotice } from '../use-cases/open-notice/open-notice';
import { pinNotice } from '../use-cases/pin-notice/pin-notice';
import { publishNotice } from '../use-cases/publish-notice/publish-notice';
import { scheduleNotice } from '../use-cases/schedule-notice/schedule-notice';
import { noticeTimerJob } from './notice-timer';

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

/** The jobs function as CloudBase's timer calls it, at the clock's current time. */
const tick = () => {
  const main = createJobsFunction({ jobs: JOBS_BY_TRIGGER, platform: () => t.platform, log: () => undefined });
  return main({ Type: 'Timer', TriggerName: 'everyMinute', Time: t.clock.now().toISOString() }, {});
};

const inboxCount = async (userId: string) => (await t.platform.db.collection('inbox').where({ userId }).count()).total;
const feedIds = async (c: Caller) => {
  const page = dataOf(await listFeed({ limit: 50 }, c, deps));
  return [...page.pinned, ...page.items].map((n) => n.id);
};

describe('the announcements timer job', () => {
  it('publishes a scheduled notice when its time comes, once, however often the trigger fires', async () => {
    const reader = await person(t.platform, { building: 'b1' });
    const draft = dataOf(await createNotice(draftCommand({ audience: 'buildings', buildingIds: ['b1'] }), staff, deps));
    const at = new Date(t.clock.now().getTime() + 30 * MINUTE);
    const scheduled = dataOf(await scheduleNotice({ noticeId: draft.id, publishAt: at.toISOString(), confirmReview: false }, staff, deps));
    expect(scheduled).toMatchObject({ status: 'scheduled', publishAt: at.toISOString() });

    t.clock.advance(29 * MINUTE);
    await tick();
    expect(await feedIds(reader)).not.toContain(draft.id);
    expect(errorOf(await openNotice(draft.id, reader, deps)).code).toBe('NOT_FOUND');

    t.clock.set(at);
    const runs = await Promise.all([tick(), noticeTimerJob.run(t.platform), noticeTimerJob.run(t.platform)]);
    expect(runs[0]).toMatchObject({ ok: true });
    expect(await feedIds(reader)).toContain(draft.id);
    expect(await inboxCount(reader.user.id)).toBe(1);
    expect(await deps.notices.byId(draft.id)).toMatchObject({ status: 'published', publishedAt: at, audienceSize: 1 });
    expect((await deps.notices.byId(draft.id))?.fanoutPending).toBeUndefined();
  });

  it('refuses a publish time in the past, or after the end time', async () => {
    const draft = dataOf(
      await createNotice(draftCommand({ expiresAt: new Date(t.clock.now().getTime() + 60 * MINUTE).toISOString() }), staff, deps),
    );
    const past = new Date(t.clock.now().getTime() - MINUTE).toISOString();
    expect(errorOf(await scheduleNotice({ noticeId: draft.id, publishAt: past, confirmReview: false }, staff, deps)).fields).toEqual({
      publishAt: '发布时间要晚于现在',
    });
    const late = new Date(t.clock.now().getTime() + 90 * MINUTE).toISOString();
    expect(errorOf(await scheduleNotice({ noticeId: draft.id, publishAt: late, confirmReview: false }, staff, deps)).fields).toEqual({
      publishAt: '发布时间要早于结束时间',
    });
  });

  it('ends notices at their end time: hidden from feeds at once, marked ended and unpinned by the job', async () => {
    const reader = await person(t.platform, { building: 'b2' });
    const ends = new Date(t.clock.now().getTime() + 10 * MINUTE);
    const draft = dataOf(
      await createNotice(draftCommand({ audience: 'buildings', buildingIds: ['b2'], expiresAt: ends.toISOString() }), staff, deps),
    );
    dataOf(await publishNotice({ noticeId: draft.id, confirmReview: false }, staff, deps));
    dataOf(await pinNotice({ noticeId: draft.id, pinned: true }, staff, deps));
    expect(await feedIds(reader)).toContain(draft.id);

    t.clock.set(ends);
    // Before the job has run, the feed already hides it and opening it says it ended.
    expect(await feedIds(reader)).not.toContain(draft.id);
    expect(errorOf(await openNotice(draft.id, reader, deps))).toEqual({ code: 'NOTICE_EXPIRED', message: '这条通知已结束' });
    await Promise.all([tick(), tick()]);
    expect(await deps.notices.byId(draft.id)).toMatchObject({ status: 'expired', pinned: false });
    const board = (await t.platform.db.collection('notice_pins').where({ _id: 'board' }).get()).data as { ids: string[] }[];
    expect(board[0]?.ids).not.toContain(draft.id);
  });

  it('finishes a delivery that stopped half way, once its lease has run out', async () => {
    const reader = await person(t.platform, { building: 'b3' });
    const draft = dataOf(await createNotice(draftCommand({ audience: 'buildings', buildingIds: ['b3'] }), staff, deps));
    // A publish whose function died right after the state change: nobody has it yet.
    const now = t.clock.now();
    await deps.notices.transition(draft.id, ['draft'], {
      status: 'published',
      publishedAt: now,
      fanoutPending: true,
      fanoutLeaseUntil: new Date(now.getTime() + 2 * MINUTE),
    });
    expect(await inboxCount(reader.user.id)).toBe(0);

    t.clock.advance(MINUTE);
    await tick();
    expect(await inboxCount(reader.user.id)).toBe(0);

    t.clock.advance(2 * MINUTE);
    await Promise.all([tick(), tick()]);
    expect(await inboxCount(reader.user.id)).toBe(1);
    expect(await deps.notices.byId(draft.id)).toMatchObject({ audienceSize: 1 });
    expect(await deps.receipts.counts(draft.id)).toMatchObject({ audience: 1, read: 0 });
  });
});
