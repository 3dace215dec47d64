import { startTestCloud, type TestCloud } from '../../../../test/support/cloud';
import { dataOf } from '../../../../test/support/envelope';
import { makeCaller } from '../../../../test/support/personas';
import type { Caller } from '../../../users/caller';
import { announcementsDeps, type AnnouncementsDeps } from '../../deps';
import { addBuildings, draftCommand, person } from '../../testing/community';
import { acknowledgeNotice } from '../acknowledge-notice/acknowledge-notice';
import { createNotice } from '../create-notice/create-notice';
import { openNotice } from '../open-notice/open-notice';
import { publishNotice } from '../publish-notice/publish-notice';
import { withdrawNotice } from '../withdraw-notice/withdraw-notice';
import { exportNoticeStats, noticeStats } from './notice-stats';

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

describe('noticeStats and exportNoticeStats', () => {
  it('counts the publish-time audience and lists who has not read or acknowledged, building by building', async () => {
    const wang = await person(t.platform, { building: 'b3', unit: '2单元', room: '301', name: '王秀英' });
    await person(t.platform, { building: 'b3', unit: '1单元', room: '502', name: '李明' });
    await person(t.platform, { building: 'b1', unit: '1单元', room: '1001', name: '周德福' });
    const sun = await person(t.platform, { building: 'b1', unit: '1单元', room: '201', name: '孙桂兰' });
    await person(t.platform, { building: 'b2', name: '不在范围' });
    const draft = dataOf(
      await createNotice(draftCommand({ audience: 'buildings', buildingIds: ['b3', 'b1'], mustAck: true }), staff, deps),
    );
    dataOf(await publishNotice({ noticeId: draft.id, confirmReview: false }, staff, deps));
    dataOf(await openNotice(draft.id, wang, deps));
    dataOf(await acknowledgeNotice(draft.id, wang, deps));
    dataOf(await openNotice(draft.id, sun, deps));
    // Someone who moved into 3号楼 after publishing reads it: shown apart, not in the counts.
    dataOf(await openNotice(draft.id, await person(t.platform, { building: 'b3', name: '新住户' }), deps));

    const stats = dataOf(await noticeStats(draft.id, deps));
    expect(stats).toMatchObject({ audienceSize: 4, readCount: 2, ackCount: 1, lateReaders: 1, mustAck: true });
    expect(stats.buildings).toEqual([
      {
        buildingId: 'b1',
        buildingName: '1号楼',
        audience: 2,
        read: 1,
        acked: 0,
        notRead: [{ name: '周德福', unit: '1单元', room: '1001' }],
        notAcked: [
          { name: '孙桂兰', unit: '1单元', room: '201' },
          { name: '周德福', unit: '1单元', room: '1001' },
        ],
      },
      {
        buildingId: 'b3',
        buildingName: '3号楼',
        audience: 2,
        read: 1,
        acked: 1,
        notRead: [{ name: '李明', unit: '1单元', room: '502' }],
        notAcked: [{ name: '李明', unit: '1单元', room: '502' }],
      },
    ]);

    const file = dataOf(await exportNoticeStats(draft.id, deps));
    expect(file.filename).toBe('通知阅读情况-停水通知-2026-11-19.csv');
    const lines = file.csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('楼栋,单元,房号,姓名,是否已读,阅读时间,是否确认,确认时间');
    expect(lines.slice(1)).toEqual([
      '1号楼,1单元,201,孙桂兰,已读,2026-11-19 10:00,未确认,',
      '1号楼,1单元,1001,周德福,未读,,未确认,',
      '3号楼,1单元,502,李明,未读,,未确认,',
      '3号楼,2单元,301,王秀英,已读,2026-11-19 10:00,已确认,2026-11-19 10:00',
    ]);
  });

  it('keeps the statistics of a withdrawn notice, and defuses names a spreadsheet would run', async () => {
    const reader = await person(t.platform, { building: 'b2', name: '=HYPERLINK("x")' });
    const draft = dataOf(await createNotice(draftCommand({ audience: 'buildings', buildingIds: ['b2'] }), staff, deps));
    dataOf(await publishNotice({ noticeId: draft.id, confirmReview: false }, staff, deps));
    dataOf(await openNotice(draft.id, reader, deps));
    dataOf(await withdrawNotice({ noticeId: draft.id, reason: '发错了楼栋' }, staff, deps));
    expect(dataOf(await noticeStats(draft.id, deps))).toMatchObject({ status: 'withdrawn', audienceSize: 2, readCount: 1 });
    expect(dataOf(await exportNoticeStats(draft.id, deps)).csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
