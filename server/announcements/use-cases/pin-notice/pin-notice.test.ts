import { startTestCloud, type TestCloud } from '../../../../test/support/cloud';
import { dataOf, errorOf } from '../../../../test/support/envelope';
import { makeCaller } from '../../../../test/support/personas';
import type { Caller } from '../../../users/caller';
import { announcementsDeps, type AnnouncementsDeps } from '../../deps';
import { addBuildings, draftCommand, person } from '../../testing/community';
import { createNotice } from '../create-notice/create-notice';
import { listFeed } from '../list-feed/list-feed';
import { publishNotice } from '../publish-notice/publish-notice';
import { pinNotice } from './pin-notice';

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

const published = async (title: string) => {
  t.clock.advance(60_000);
  const draft = dataOf(await createNotice(draftCommand({ title }), staff, deps));
  return dataOf(await publishNotice({ noticeId: draft.id, confirmReview: false }, staff, deps));
};

const pinnedIds = async () =>
  ((await t.platform.db.collection('notices').where({ pinned: true }).limit(100).get()).data as { _id: string }[]).map((d) => d._id);

describe('pinNotice', () => {
  it('puts pinned notices first in the feed, and never more than three, even when four are pinned at once', async () => {
    const reader = await person(t.platform, { building: 'b1' });
    const notices = [];
    for (const title of ['置顶一', '置顶二', '置顶三', '置顶四', '普通']) notices.push(await published(title));
    const results = await Promise.all(notices.slice(0, 4).map((n) => pinNotice({ noticeId: n.id, pinned: true }, staff, deps)));
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error)).toEqual([
      { code: 'PIN_LIMIT_REACHED', message: '最多置顶3条通知，请先取消其他置顶' },
    ]);
    expect(await pinnedIds()).toHaveLength(3);

    const feed = dataOf(await listFeed({ limit: 20 }, reader, deps));
    expect(feed.pinned).toHaveLength(3);
    expect(feed.pinned.every((c) => c.pinned)).toBe(true);
    expect(feed.items.map((c) => c.title)[0]).toBe('普通');

    const loser = notices.slice(0, 4).find((_n, i) => !results[i]?.ok);
    const winner = notices.slice(0, 4).find((_n, i) => results[i]?.ok);
    dataOf(await pinNotice({ noticeId: winner!.id, pinned: false }, staff, deps));
    expect(dataOf(await pinNotice({ noticeId: loser!.id, pinned: true }, staff, deps)).pinned).toBe(true);
    expect(await pinnedIds()).toHaveLength(3);
  });

  it('pins only published notices', async () => {
    const draft = dataOf(await createNotice(draftCommand(), staff, deps));
    expect(errorOf(await pinNotice({ noticeId: draft.id, pinned: true }, staff, deps))).toEqual({
      code: 'CONFLICT',
      message: '只有已发布的通知可以置顶',
    });
  });
});
