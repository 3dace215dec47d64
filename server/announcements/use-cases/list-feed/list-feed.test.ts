import type { ActionInput } from '@contracts/action';
import type { announcements } from '@contracts/announcements';
import { startTestCloud, type TestCloud } from '../../../../test/support/cloud';
import { dataOf, errorOf } from '../../../../test/support/envelope';
import { makeCaller } from '../../../../test/support/personas';
import type { Caller } from '../../../users/caller';
import { announcementsDeps, type AnnouncementsDeps } from '../../deps';
import { addBuildings, draftCommand, person } from '../../testing/community';
import { createNotice } from '../create-notice/create-notice';
import { openNotice } from '../open-notice/open-notice';
import { publishNotice } from '../publish-notice/publish-notice';
import { listFeed } from './list-feed';

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

const publish = async (over: Partial<ActionInput<typeof announcements.createNotice>>) => {
  t.clock.advance(60_000);
  const draft = dataOf(await createNotice(draftCommand(over), staff, deps));
  return dataOf(await publishNotice({ noticeId: draft.id, confirmReview: false }, staff, deps));
};

const titles = async (
  caller: Caller,
  input: { category?: 'notice' | 'news' | 'disclosure' | 'activity'; limit?: number; cursor?: string } = {},
) => {
  const page = dataOf(await listFeed({ limit: 20, ...input }, caller, deps));
  return [...page.pinned, ...page.items].map((c) => c.title);
};

describe('listFeed', () => {
  it('shows each person exactly the notices of their audience: everyone, their building, their groups', async () => {
    const elder = await person(t.platform, { building: 'b1', birthYear: 1950 });
    const young = await person(t.platform, { building: 'b2', birthYear: 1995 });
    const volunteer = await person(t.platform, { building: 'b2', roles: ['resident', 'volunteer'], birthYear: 1990 });
    const pending = await person(t.platform, { building: 'b1', status: 'pending', birthYear: 1990 });
    const newcomer = await makeCaller(t.platform, []);
    const grid = await makeCaller(t.platform, ['grid_worker']);

    await publish({ title: '全体：消防演练', audience: 'all' });
    await publish({ title: '1号楼：停水', audience: 'buildings', buildingIds: ['b1'] });
    await publish({ title: '长者：疫苗接种日', audience: 'groups', groups: ['elder'] });
    await publish({ title: '志愿者：大集排班', audience: 'groups', groups: ['volunteer'] });
    await publish({ title: '工作人员：例会', audience: 'groups', groups: ['staff'] });
    await publish({ title: '1号楼和2号楼：电梯检修', audience: 'buildings', buildingIds: ['b1', 'b2'] });

    expect(await titles(elder)).toEqual(['1号楼和2号楼：电梯检修', '长者：疫苗接种日', '1号楼：停水', '全体：消防演练']);
    expect(await titles(young)).toEqual(['1号楼和2号楼：电梯检修', '全体：消防演练']);
    expect(await titles(volunteer)).toEqual(['1号楼和2号楼：电梯检修', '志愿者：大集排班', '全体：消防演练']);
    // An address nobody has verified yet does not open building notices.
    expect(await titles(pending)).toEqual(['全体：消防演练']);
    expect(await titles(newcomer)).toEqual(['全体：消防演练']);
    expect(await titles(grid)).toEqual(['工作人员：例会', '全体：消防演练']);
    expect(await titles(staff)).toEqual(['工作人员：例会', '全体：消防演练']);
  });

  it('filters by category and marks what the caller has not read yet', async () => {
    const reader = await person(t.platform, { building: 'b3' });
    const news = await publish({ title: '动态：书法班开课', category: 'news', audience: 'buildings', buildingIds: ['b3'] });
    await publish({ title: '政务公开：低保名单公示', category: 'disclosure', audience: 'buildings', buildingIds: ['b3'] });
    expect(await titles(reader, { category: 'news' })).toEqual(['动态：书法班开课']);
    dataOf(await openNotice(news.id, reader, deps));
    const page = dataOf(await listFeed({ limit: 20 }, reader, deps));
    const read = Object.fromEntries(
      page.items.filter((c) => c.title.includes('：') && !c.title.startsWith('全体')).map((c) => [c.title, c.read]),
    );
    expect(read).toMatchObject({ '动态：书法班开课': true, '政务公开：低保名单公示': false });
  });

  it('pages through a long feed newest first, every notice once, pinned ones only on the first page', async () => {
    const reader = await person(t.platform, { building: 'b2' });
    const made: string[] = [];
    for (let i = 1; i <= 7; i += 1) made.push((await publish({ title: `楼栋通知${i}`, audience: 'buildings', buildingIds: ['b2'] })).title);
    // Two published in the same millisecond still page apart by id.
    t.clock.advance(60_000);
    const same = await Promise.all(
      ['同时A', '同时B'].map(async (title) => {
        const draft = dataOf(await createNotice(draftCommand({ title, audience: 'buildings', buildingIds: ['b2'] }), staff, deps));
        return dataOf(await publishNotice({ noticeId: draft.id, confirmReview: false }, staff, deps)).title;
      }),
    );
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = dataOf(await listFeed({ limit: 3, ...(cursor ? { cursor } : {}) }, reader, deps));
      if (pages > 0) expect(page.pinned).toEqual([]);
      seen.push(...page.items.map((c) => c.title));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 20);
    const mine = seen.filter((s) => s.startsWith('楼栋通知') || s.startsWith('同时'));
    expect(new Set(mine).size).toBe(mine.length);
    expect(mine.slice(0, 2).sort()).toEqual([...same].sort());
    expect(mine.slice(2)).toEqual([...made].reverse());
  });

  it('answers a forged cursor with INVALID_INPUT', async () => {
    const reader = await person(t.platform, { building: 'b2' });
    expect(errorOf(await listFeed({ limit: 5, cursor: 'not-a-cursor' }, reader, deps)).fields).toEqual({ cursor: '分页参数不对' });
  });
});
