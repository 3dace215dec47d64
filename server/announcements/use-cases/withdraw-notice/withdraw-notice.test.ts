import { startTestCloud, type TestCloud } from '../../../../test/support/cloud';
import { dataOf, errorOf } from '../../../../test/support/envelope';
import { makeCaller } from '../../../../test/support/personas';
import type { Caller } from '../../../users/caller';
import { announcementsDeps, type AnnouncementsDeps } from '../../deps';
import { addBuildings, draftCommand, person } from '../../testing/community';
import { createNotice } from '../create-notice/create-notice';
import { listFeed } from '../list-feed/list-feed';
import { openNotice } from '../open-notice/open-notice';
import { pinNotice } from '../pin-notice/pin-notice';
import { publishNotice } from '../publish-notice/publish-notice';
import { withdrawNotice } from './withdraw-notice';

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

describe('withdrawNotice', () => {
  it('takes a notice out of every feed, keeps its receipts, and puts the reason in the audit log', async () => {
    const reader = await person(t.platform, { building: 'b1' });
    const draft = dataOf(await createNotice(draftCommand(), staff, deps));
    dataOf(await publishNotice({ noticeId: draft.id, confirmReview: false }, staff, deps));
    dataOf(await pinNotice({ noticeId: draft.id, pinned: true }, staff, deps));
    dataOf(await openNotice(draft.id, reader, deps));

    const withdrawn = dataOf(await withdrawNotice({ noticeId: draft.id, reason: '时间写错了，重新发布' }, staff, deps));
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawnReason: '时间写错了，重新发布', pinned: false, readCount: 1 });
    const feed = dataOf(await listFeed({ limit: 20 }, reader, deps));
    expect([...feed.pinned, ...feed.items].map((c) => c.id)).not.toContain(draft.id);
    expect(errorOf(await openNotice(draft.id, reader, deps))).toEqual({ code: 'NOTICE_WITHDRAWN', message: '这条通知已撤回' });
    const audit = (await deps.audit.list(50)).items.filter((e) => e.targetId === draft.id && e.action === 'withdrawNotice');
    expect(audit).toEqual([
      expect.objectContaining({ actorName: '张丽', targetName: '停水通知', detail: '撤回原因：时间写错了，重新发布' }),
    ]);
    // Withdrawing again changes nothing and writes no second line.
    dataOf(await withdrawNotice({ noticeId: draft.id, reason: '再撤一次' }, staff, deps));
    expect((await deps.audit.list(50)).items.filter((e) => e.targetId === draft.id && e.action === 'withdrawNotice')).toHaveLength(1);
  });

  it('cancels a scheduled notice, and refuses drafts', async () => {
    const scheduled = dataOf(await createNotice(draftCommand(), staff, deps));
    await deps.notices.transition(scheduled.id, ['draft'], {
      status: 'scheduled',
      publishAt: new Date(t.clock.now().getTime() + 3_600_000),
    });
    expect(dataOf(await withdrawNotice({ noticeId: scheduled.id, reason: '活动取消' }, staff, deps)).status).toBe('withdrawn');
    const draft = dataOf(await createNotice(draftCommand(), staff, deps));
    expect(errorOf(await withdrawNotice({ noticeId: draft.id, reason: '不要了' }, staff, deps)).code).toBe('CONFLICT');
  });
});
