import { startTestCloud, type TestCloud } from '../../../../test/support/cloud';
import { dataOf, errorOf } from '../../../../test/support/envelope';
import { makeCaller } from '../../../../test/support/personas';
import type { Caller } from '../../../users/caller';
import { announcementsDeps, type AnnouncementsDeps } from '../../deps';
import { addBuildings, draftCommand, person } from '../../testing/community';
import { createNotice } from '../create-notice/create-notice';
import { listFeed } from '../list-feed/list-feed';
import { openNotice } from '../open-notice/open-notice';
import { publishNotice } from '../publish-notice/publish-notice';
import { updateNotice, type UpdateNoticeCommand } from './update-notice';

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

const edit = (noticeId: string, revision: number, over: Partial<UpdateNoticeCommand> = {}): UpdateNoticeCommand => {
  const { requestId: _r, ...form } = draftCommand({ audience: 'buildings', buildingIds: ['b1'] });
  return { ...form, noticeId, revision, confirmReview: false, ...over };
};

describe('updateNotice', () => {
  it('edits a draft, and refuses an edit made from an older version', async () => {
    const draft = dataOf(await createNotice(draftCommand(), staff, deps));
    const edited = dataOf(await updateNotice(edit(draft.id, 0, { title: '停水通知（更正）' }), staff, deps));
    expect(edited).toMatchObject({ title: '停水通知（更正）', revision: 1, updated: false, audience: { label: '1号楼' } });
    expect(errorOf(await updateNotice(edit(draft.id, 0, { title: '另一个人的改法' }), staff, deps))).toEqual({
      code: 'CONFLICT',
      message: '通知刚被其他工作人员修改过，请刷新后再改',
    });
  });

  it('records an edit after publishing: the previous words kept, 已更新 for readers, a line in the audit log', async () => {
    const reader = await person(t.platform, { building: 'b1' });
    const draft = dataOf(await createNotice(draftCommand({ audience: 'buildings', buildingIds: ['b1'] }), staff, deps));
    dataOf(await publishNotice({ noticeId: draft.id, confirmReview: false }, staff, deps));
    t.clock.advance(600_000);
    const change = edit(draft.id, 0, { title: '停水时间改为下午', body: '改为下午2点到5点停水。' });
    const edited = dataOf(await updateNotice(change, staff, deps));
    expect(edited).toMatchObject({ revision: 1, updated: true, status: 'published' });
    expect(edited.revisions).toEqual([{ revision: 1, at: t.clock.now().toISOString(), editorName: '张丽', previousTitle: '停水通知' }]);
    // The same edit retried (the reply was lost) changes nothing more.
    expect(dataOf(await updateNotice(change, staff, deps)).revisions).toHaveLength(1);

    const card = dataOf(await listFeed({ limit: 20 }, reader, deps)).items.find((c) => c.id === draft.id);
    expect(card).toMatchObject({ title: '停水时间改为下午', updated: true });
    expect(dataOf(await openNotice(draft.id, reader, deps)).updatedAt).toBe(t.clock.now().toISOString());
    const audit = (await deps.audit.list(50)).items.filter((e) => e.targetId === draft.id && e.action === 'editNotice');
    expect(audit.map((e) => e.detail)).toEqual(['发布后修改，原标题「停水通知」']);
  });

  it('keeps the audience of a published notice and checks new words again', async () => {
    const draft = dataOf(await createNotice(draftCommand({ audience: 'buildings', buildingIds: ['b1'] }), staff, deps));
    dataOf(await publishNotice({ noticeId: draft.id, confirmReview: false }, staff, deps));
    expect(errorOf(await updateNotice(edit(draft.id, 0, { audience: 'all' }), staff, deps)).fields).toEqual({
      audience: '发布后不能修改发送范围；如需更改，请撤回后重新发布',
    });
    expect(errorOf(await updateNotice(edit(draft.id, 0, { body: '代开发票，价格优惠' }), staff, deps)).code).toBe('CONTENT_REJECTED');
    expect((await deps.notices.byId(draft.id))?.revision).toBe(0);
  });

  it('two staff editing the same published notice at once: one wins, one is told to refresh', async () => {
    const other = await makeCaller(t.platform, ['staff'], '刘主任');
    const draft = dataOf(await createNotice(draftCommand({ audience: 'buildings', buildingIds: ['b1'] }), staff, deps));
    dataOf(await publishNotice({ noticeId: draft.id, confirmReview: false }, staff, deps));
    const results = await Promise.all([
      updateNotice(edit(draft.id, 0, { title: '张丽的改法' }), staff, deps),
      updateNotice(edit(draft.id, 0, { title: '刘主任的改法' }), other, deps),
    ]);
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code)).sort()).toEqual(['CONFLICT', 'ok']);
    expect(await deps.notices.revisions(draft.id)).toHaveLength(1);
  });
});
