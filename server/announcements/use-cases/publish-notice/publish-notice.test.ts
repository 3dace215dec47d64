import { SUBSCRIBE_TEMPLATES } from '@contracts/subscribe-templates';
import { startTestCloud, type TestCloud } from '../../../../test/support/cloud';
import { dataOf, errorOf } from '../../../../test/support/envelope';
import { makeCaller } from '../../../../test/support/personas';
import { notificationDeps } from '../../../notifications/deps';
import { recordSubscriptions } from '../../../notifications/use-cases/inbox';
import type { Caller } from '../../../users/caller';
import { announcementsDeps, type AnnouncementsDeps } from '../../deps';
import { addBuildings, draftCommand, person } from '../../testing/community';
import { createNotice } from '../create-notice/create-notice';
import { publishNotice } from './publish-notice';

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

const inboxOf = async (userId: string) =>
  (await t.platform.db.collection('inbox').where({ userId }).limit(100).get()).data as { title: string; link: string }[];
const auditOf = async (targetId: string) => (await deps.audit.list(100)).items.filter((e) => e.targetId === targetId);

describe('publishNotice', () => {
  it('sends a building notice to that building’s verified households only: receipts, inbox, and WeChat where granted', async () => {
    const granted = await person(t.platform, { building: 'b2', name: '王秀英' });
    const silent = await person(t.platform, { building: 'b2', unit: '1单元', room: '202', name: '李明' });
    const pending = await person(t.platform, { building: 'b2', status: 'pending' });
    const elsewhere = await person(t.platform, { building: 'b3' });
    dataOf(
      await recordSubscriptions({ accepted: ['noticePublished'] }, granted.user.id, { ...notificationDeps(t.platform), clock: t.clock }),
    );
    const outboxBefore = t.linli.outbox.all().length;

    const draft = dataOf(await createNotice(draftCommand({ audience: 'buildings', buildingIds: ['b2'], mustAck: true }), staff, deps));
    const published = dataOf(await publishNotice({ noticeId: draft.id, confirmReview: false }, staff, deps));

    expect(published).toMatchObject({
      status: 'published',
      audienceSize: 2,
      readCount: 0,
      ackCount: 0,
      publishedAt: t.clock.now().toISOString(),
    });
    expect(published.audience.label).toBe('2号楼');
    for (const reached of [granted, silent]) {
      expect(await inboxOf(reached.user.id)).toEqual([
        expect.objectContaining({ title: '公告：停水通知', link: `/packages/announcements/detail/index?id=${draft.id}` }),
      ]);
    }
    for (const missed of [pending, elsewhere]) expect(await inboxOf(missed.user.id)).toEqual([]);
    const sent = t.linli.outbox.all().slice(outboxBefore);
    expect(sent).toEqual([expect.objectContaining({ touser: granted.openid, templateId: SUBSCRIBE_TEMPLATES.noticePublished.id })]);
    expect(sent[0]?.data.thing2?.value).toBe('公告');
  });

  it('publishes once when two staff press at the same moment, and a retry changes nothing', async () => {
    const reader = await person(t.platform, { building: 'b1' });
    const other = await makeCaller(t.platform, ['staff'], '刘主任');
    const draft = dataOf(await createNotice(draftCommand({ audience: 'buildings', buildingIds: ['b1'] }), staff, deps));
    const results = await Promise.all([
      publishNotice({ noticeId: draft.id, confirmReview: false }, staff, deps),
      publishNotice({ noticeId: draft.id, confirmReview: false }, other, deps),
    ]);
    results.forEach((r) => expect(dataOf(r).status).toBe('published'));
    const again = dataOf(await publishNotice({ noticeId: draft.id, confirmReview: false }, staff, deps));
    expect(again.publishedAt).toBe(dataOf(results[0]).publishedAt);
    expect(await inboxOf(reader.user.id)).toHaveLength(1);
    expect((await auditOf(draft.id)).filter((e) => e.action === 'publishNotice')).toHaveLength(1);
  });

  it('refuses words the content check calls risky, and leaves the notice a draft', async () => {
    const draft = dataOf(await createNotice(draftCommand({ body: '欢迎参加网上博彩活动' }), staff, deps));
    expect(errorOf(await publishNotice({ noticeId: draft.id, confirmReview: false }, staff, deps))).toEqual({
      code: 'CONTENT_REJECTED',
      message: '内容含有不合适的词语，请修改后再提交',
    });
    expect((await deps.notices.byId(draft.id))?.status).toBe('draft');
  });

  it('asks staff to confirm words that need a person, and keeps who confirmed in the audit log', async () => {
    const draft = dataOf(await createNotice(draftCommand({ body: '公积金贷款政策解读讲座，周五下午在社区活动室。' }), staff, deps));
    expect(errorOf(await publishNotice({ noticeId: draft.id, confirmReview: false }, staff, deps)).code).toBe('CONTENT_NEEDS_REVIEW');
    expect(dataOf(await publishNotice({ noticeId: draft.id, confirmReview: true }, staff, deps)).status).toBe('published');
    expect((await auditOf(draft.id)).map((e) => [e.action, e.actorName])).toEqual(
      expect.arrayContaining([
        ['confirmNoticeContent', '张丽'],
        ['publishNotice', '张丽'],
      ]),
    );
  });

  it('will not publish a notice whose end time has passed', async () => {
    const draft = dataOf(
      await createNotice(draftCommand({ expiresAt: new Date(t.clock.now().getTime() + 60_000).toISOString() }), staff, deps),
    );
    t.clock.advance(120_000);
    expect(errorOf(await publishNotice({ noticeId: draft.id, confirmReview: false }, staff, deps)).fields).toEqual({
      expiresAt: '结束时间要晚于发布时间',
    });
  });

  it('answers NOT_FOUND for an unknown notice', async () => {
    expect(errorOf(await publishNotice({ noticeId: 'nope', confirmReview: false }, staff, deps)).code).toBe('NOT_FOUND');
  });
});
