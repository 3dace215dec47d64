import { startTestCloud, type TestCloud } from '../../test/support/cloud';
import { dataOf } from '../../test/support/envelope';
import { resolveCaller } from '../users/caller';
import { usersDeps } from '../users/deps';
import { announcementsDeps } from './deps';
import { listFeed } from './use-cases/list-feed/list-feed';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ seed: true });
}, 30_000);
afterAll(() => t.close());

const as = (openid: string) => resolveCaller(openid, usersDeps(t.platform));

describe('the demo community’s notices', () => {
  it('gives each demo person the feed their audience implies, with the pinned water cut first', async () => {
    const deps = announcementsDeps(t.platform);
    const titles = async (openid: string) => {
      const page = dataOf(await listFeed({ limit: 20 }, await as(openid), deps));
      return [...page.pinned, ...page.items].map((c) => `${c.title}${c.read ? '' : '·未读'}`);
    };
    expect(await titles('demo-elder')).toEqual([
      '11月25日全小区停水通知·未读',
      '3号楼电梯年检·未读',
      '长者免费流感疫苗接种',
      '本周六志愿服务大集·未读',
      '第三季度社区经费使用公示·未读',
      '潘苑社区获评省级智慧社区示范点·未读',
    ]);
    // 陈志远 is 30 and lives in 5号楼: no elder or 3号楼 notices.
    expect(await titles('demo-volunteer')).toEqual([
      '11月25日全小区停水通知·未读',
      '本周六志愿服务大集·未读',
      '第三季度社区经费使用公示·未读',
      '潘苑社区获评省级智慧社区示范点·未读',
    ]);
  });
});
