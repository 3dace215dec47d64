import { startTestCloud, type TestCloud } from '../../../../test/support/cloud';
import { dataOf } from '../../../../test/support/envelope';
import { makeCaller } from '../../../../test/support/personas';
import type { Caller } from '../../../users/caller';
import { announcementsDeps, type AnnouncementsDeps } from '../../deps';
import { addBuildings, draftCommand, person } from '../../testing/community';
import { createNotice } from '../create-notice/create-notice';
import { getNotice } from '../get-notice/get-notice';
import { openNotice } from '../open-notice/open-notice';
import { publishNotice } from '../publish-notice/publish-notice';
import { listNotices } from './list-notices';

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

describe('listNotices and getNotice (staff)', () => {
  it('lists every notice newest first with its state, and read counts once published', async () => {
    const reader = await person(t.platform, { building: 'b2' });
    await person(t.platform, { building: 'b2' });
    const draft = dataOf(await createNotice(draftCommand({ title: '草稿一则' }), staff, deps));
    t.clock.advance(60_000);
    const sent = dataOf(
      await createNotice(draftCommand({ title: '已发一则', audience: 'buildings', buildingIds: ['b2'], mustAck: true }), staff, deps),
    );
    dataOf(await publishNotice({ noticeId: sent.id, confirmReview: false }, staff, deps));
    dataOf(await openNotice(sent.id, reader, deps));

    const all = dataOf(await listNotices({ limit: 20 }, deps));
    expect(all.items.map((r) => [r.title, r.status])).toEqual([
      ['已发一则', 'published'],
      ['草稿一则', 'draft'],
    ]);
    expect(all.items[0]).toMatchObject({ audienceSize: 2, readCount: 1, ackCount: 0, audience: { label: '2号楼' } });
    expect(all.items[1]?.audienceSize).toBeUndefined();
    expect(dataOf(await listNotices({ status: 'draft', limit: 20 }, deps)).items.map((r) => r.id)).toEqual([draft.id]);
    expect(dataOf(await getNotice(sent.id, deps))).toMatchObject({
      body: '明天上午9点到12点停水，请提前储水。',
      revision: 0,
      authorName: '张丽',
      readCount: 1,
    });
  });

  it('pages with a cursor, each notice once', async () => {
    for (let i = 0; i < 5; i += 1) {
      t.clock.advance(1000);
      dataOf(await createNotice(draftCommand({ title: `分页${i}` }), staff, deps));
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = dataOf(await listNotices({ limit: 2, ...(cursor ? { cursor } : {}) }, deps));
      seen.push(...page.items.map((r) => r.title));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.filter((s) => s.startsWith('分页'))).toEqual(['分页4', '分页3', '分页2', '分页1', '分页0']);
    expect(new Set(seen).size).toBe(seen.length);
  });
});
