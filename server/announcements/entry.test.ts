import { mayCall } from '@contracts/action';
import { createDomainFunction } from '../app/domain-function';
import { contextFor, startTestCloud, type TestCloud } from '../../test/support/cloud';
import { HOSTILE_INPUTS, hostileFieldValues } from '../../test/support/hostile';
import { makeCaller, PERSONAS } from '../../test/support/personas';
import { announcementsDeps } from './deps';
import { announcementsActions, announcementsHandlers } from './handlers';
import { addBuildings } from './testing/community';

let t: TestCloud;
let main: ReturnType<typeof createDomainFunction>;
beforeAll(async () => {
  t = await startTestCloud();
  await addBuildings(t.platform);
  main = createDomainFunction({
    fn: 'announcements',
    actions: announcementsActions,
    handlers: announcementsHandlers,
    deps: announcementsDeps,
    platform: () => t.platform,
  });
}, 30_000);
afterAll(() => t.close());

const names = Object.keys(announcementsActions) as (keyof typeof announcementsActions)[];

/** A valid input per action; each field is then replaced by hostile values. */
const VALID_INPUTS: Record<(typeof names)[number], Record<string, unknown>> = {
  createNotice: {
    requestId: 'req-entry-0001',
    title: '停水通知',
    category: 'notice',
    body: '明天停水',
    audience: 'buildings',
    buildingIds: ['b1'],
    groups: [],
    mustAck: true,
    images: [],
    attachments: [],
  },
  updateNotice: {
    noticeId: 'n1',
    revision: 0,
    title: '停水通知',
    category: 'notice',
    body: '明天停水',
    audience: 'all',
    mustAck: false,
    confirmReview: false,
  },
  publishNotice: { noticeId: 'n1', confirmReview: false },
  scheduleNotice: { noticeId: 'n1', publishAt: '2026-12-01T01:00:00.000Z', confirmReview: false },
  withdrawNotice: { noticeId: 'n1', reason: '发错了' },
  pinNotice: { noticeId: 'n1', pinned: true },
  listNotices: { status: 'published', limit: 10 },
  getNotice: { noticeId: 'n1' },
  noticeStats: { noticeId: 'n1' },
  exportNoticeStats: { noticeId: 'n1' },
  listFeed: { category: 'notice', limit: 10 },
  openNotice: { noticeId: 'n1' },
  acknowledgeNotice: { noticeId: 'n1' },
};

/** `true` is a fine boolean and `['array']` a fine list of ids: only values of another shape are hostile. */
const sameShape = (valid: unknown, value: unknown) =>
  (typeof valid === 'boolean' && typeof value === 'boolean') || (Array.isArray(valid) && Array.isArray(value));

const snapshot = async () => {
  const count = async (c: string) => (await t.platform.db.collection(c).count()).total;
  return {
    notices: await count('notices'),
    receipts: await count('notice_receipts'),
    revisions: await count('notice_revisions'),
    inbox: await count('inbox'),
    audit: await count('audit_log'),
  };
};

describe('announcements function entry', () => {
  it.each(PERSONAS.map((p) => [p.key, p.roles] as const))('lets %s call exactly the actions their roles allow', async (_key, roles) => {
    const caller = await makeCaller(t.platform, roles);
    for (const name of names) {
      const result = await main({ action: name, input: VALID_INPUTS[name] }, contextFor(caller.openid));
      const refused = !result.ok && result.error.code === 'FORBIDDEN';
      expect({ action: name, refused }).toEqual({ action: name, refused: !mayCall(announcementsActions[name].access, caller.roles) });
    }
  });

  it('allows only staff to write or see statistics; residents only read', () => {
    const staffOnly = names.filter((n) => announcementsActions[n].access !== 'anyone');
    expect(staffOnly.sort()).toEqual(
      [
        'createNotice',
        'exportNoticeStats',
        'getNotice',
        'listNotices',
        'noticeStats',
        'pinNotice',
        'publishNotice',
        'scheduleNotice',
        'updateNotice',
        'withdrawNotice',
      ].sort(),
    );
    for (const n of staffOnly) expect(announcementsActions[n].access).toEqual(['staff']);
  });

  it('answers a call without a platform identity with UNAUTHENTICATED', async () => {
    expect(await main({ action: 'listFeed' }, {})).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } });
  });

  it('gives every action INVALID_INPUT with a Chinese message for hostile input, and writes nothing', async () => {
    const staff = await makeCaller(t.platform, ['staff']);
    const before = await snapshot();
    for (const name of names) {
      for (const { label, input } of HOSTILE_INPUTS) {
        const result = await main({ action: name, input }, contextFor(staff.openid));
        expect({ name, label, code: result.ok ? 'ok' : result.error.code }).toEqual({ name, label, code: 'INVALID_INPUT' });
        if (!result.ok) expect(result.error.message).toMatch(/[\u4e00-\u9fa5]/);
      }
      const fieldCases = Object.entries(VALID_INPUTS[name]).flatMap(([f, valid]) =>
        hostileFieldValues.filter((v) => !sameShape(valid, v)).map((v) => [f, v] as const),
      );
      for (const [field, value] of fieldCases) {
        const result = await main({ action: name, input: { ...VALID_INPUTS[name], [field]: value } }, contextFor(staff.openid));
        expect({ name, field, code: result.ok ? 'ok' : result.error.code }).toEqual({ name, field, code: 'INVALID_INPUT' });
        if (!result.ok) expect(result.error.fields?.[field]).toMatch(/[\u4e00-\u9fa5]/);
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it('answers the issue’s bad inputs in Chinese, field by field', async () => {
    const staff = await makeCaller(t.platform, ['staff']);
    const call = (action: string, input: unknown) => main({ action, input }, contextFor(staff.openid));
    const fields = async (action: string, input: unknown) => {
      const r = await call(action, input);
      return r.ok ? 'ok' : r.error.fields;
    };
    const valid = VALID_INPUTS.createNotice;
    expect(await fields('createNotice', { ...valid, title: '  ' })).toEqual({ title: '请填写标题' });
    expect(await fields('createNotice', { ...valid, title: '通'.repeat(41) })).toEqual({ title: '标题不能超过40个字' });
    expect(await fields('createNotice', { ...valid, body: '字'.repeat(3001) })).toEqual({ body: '正文不能超过3000个字' });
    expect(await fields('createNotice', { ...valid, buildingIds: ['b404'] })).toEqual({ buildingIds: '请选择小区里的楼栋' });
    expect(await fields('createNotice', { ...valid, buildingIds: [] })).toEqual({ buildingIds: '请选择楼栋' });
    expect(await fields('createNotice', { ...valid, audience: 'groups', groups: [] })).toEqual({ groups: '请选择人群' });
    expect(await fields('scheduleNotice', { noticeId: 'n1', publishAt: '2020-01-01T00:00:00.000Z' })).toEqual({
      publishAt: '发布时间要晚于现在',
    });
    expect(await fields('scheduleNotice', { noticeId: 'n1', publishAt: '2026-12-01 10:00' })).toEqual({ publishAt: '发布时间格式不对' });
  });
});
