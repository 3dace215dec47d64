import { startTestCloud, type TestCloud } from '../../../../test/support/cloud';
import { dataOf, errorOf } from '../../../../test/support/envelope';
import { makeCaller } from '../../../../test/support/personas';
import type { Caller } from '../../../users/caller';
import { announcementsDeps, type AnnouncementsDeps } from '../../deps';
import { addBuildings, draftCommand, uploadedFile } from '../../testing/community';
import { createNotice } from './create-notice';

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

const count = async () => (await t.platform.db.collection('notices').count()).total;

describe('createNotice', () => {
  it('saves a draft with its audience as keys, pictures in the body, and attachments by kind', async () => {
    const [photo, map] = [await uploadedFile(t.platform, staff), await uploadedFile(t.platform, staff)];
    const pdf = await uploadedFile(t.platform, staff, 'pdf');
    const notice = dataOf(
      await createNotice(
        draftCommand({
          title: '电梯检修',
          audience: 'buildings',
          buildingIds: ['b3', 'b1', 'b3'],
          body: '检修期间请走楼梯。\n\n[图片2]\n\n详见[报修页面](/packages/tickets/index/index)。',
          images: [photo, map],
          attachments: [{ fileID: pdf, name: '检修方案.pdf' }],
        }),
        staff,
        deps,
      ),
    );
    expect(notice).toMatchObject({ status: 'draft', revision: 0, authorName: '张丽', pinned: false, updated: false });
    expect(notice.audience).toEqual({ kind: 'buildings', buildingIds: ['b1', 'b3'], groups: [], label: '1号楼、3号楼' });
    expect((await deps.notices.byId(notice.id))?.audienceKeys).toEqual(['b:b1', 'b:b3']);
    expect(notice.blocks).toEqual([
      { type: 'paragraph', spans: [{ text: '检修期间请走楼梯。' }] },
      { type: 'image', fileID: map },
      { type: 'paragraph', spans: [{ text: '详见' }, { text: '报修页面', link: '/packages/tickets/index/index' }, { text: '。' }] },
      { type: 'image', fileID: photo },
    ]);
    expect(notice.attachments).toEqual([{ fileID: pdf, name: '检修方案.pdf', kind: 'pdf' }]);
  });

  it('creates one notice however often the same save is retried, even at once', async () => {
    const command = draftCommand({ title: '只存一次' });
    const before = await count();
    const results = await Promise.all([
      createNotice(command, staff, deps),
      createNotice(command, staff, deps),
      createNotice(command, staff, deps),
    ]);
    expect(new Set(results.map((r) => dataOf(r).id)).size).toBe(1);
    expect(await count()).toBe(before + 1);
  });

  it('answers INVALID_INPUT with the field to fix, and saves nothing', async () => {
    const other = await makeCaller(t.platform, ['staff'], '刘主任');
    const theirs = await uploadedFile(t.platform, other);
    const before = await count();
    const cases: [Parameters<typeof draftCommand>[0], Record<string, string>][] = [
      [{ audience: 'buildings', buildingIds: ['b9'] }, { buildingIds: '请选择小区里的楼栋' }],
      [{ expiresAt: new Date(t.clock.now().getTime() - 1000).toISOString() }, { expiresAt: '结束时间要晚于发布时间' }],
      [{ images: [theirs] }, { images: '图片无效，请重新上传' }],
      [{ attachments: [{ fileID: theirs, name: '别人的.pdf' }] }, { attachments: '图片无效，请重新上传' }],
      [{ body: '见下图\n[图片1]' }, { body: '正文里的[图片1]没有对应的图片，请先插入图片' }],
      [{ body: '[点这里](https://example.com/x)' }, { body: '链接“点这里”只能指向小程序里的页面' }],
    ];
    for (const [over, fields] of cases) expect(errorOf(await createNotice(draftCommand(over), staff, deps)).fields).toEqual(fields);
    expect(await count()).toBe(before);
  });
});
