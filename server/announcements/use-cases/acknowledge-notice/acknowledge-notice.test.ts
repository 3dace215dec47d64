import { startTestCloud, type TestCloud } from '../../../../test/support/cloud';
import { dataOf, errorOf } from '../../../../test/support/envelope';
import { makeCaller } from '../../../../test/support/personas';
import type { Caller } from '../../../users/caller';
import { announcementsDeps, type AnnouncementsDeps } from '../../deps';
import { addBuildings, draftCommand, person } from '../../testing/community';
import { createNotice } from '../create-notice/create-notice';
import { openNotice } from '../open-notice/open-notice';
import { publishNotice } from '../publish-notice/publish-notice';
import { acknowledgeNotice } from './acknowledge-notice';

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

const published = async (mustAck: boolean) => {
  const draft = dataOf(await createNotice(draftCommand({ audience: 'buildings', buildingIds: ['b1'], mustAck }), staff, deps));
  return dataOf(await publishNotice({ noticeId: draft.id, confirmReview: false }, staff, deps));
};

describe('acknowledgeNotice', () => {
  it('records when the reader pressed 我已知晓, once: pressing again keeps the first time', async () => {
    const reader = await person(t.platform, { building: 'b1' });
    const notice = await published(true);
    dataOf(await openNotice(notice.id, reader, deps));
    t.clock.advance(60_000);
    const first = dataOf(await acknowledgeNotice(notice.id, reader, deps));
    expect(first.ackAt).toBe(t.clock.now().toISOString());
    t.clock.advance(60_000);
    const twice = await Promise.all([acknowledgeNotice(notice.id, reader, deps), acknowledgeNotice(notice.id, reader, deps)]);
    twice.forEach((r) => expect(dataOf(r).ackAt).toBe(first.ackAt));
    expect(dataOf(await openNotice(notice.id, reader, deps)).ackAt).toBe(first.ackAt);
    expect(await deps.receipts.counts(notice.id)).toMatchObject({ audience: 1, read: 1, acked: 1 });
  });

  it('counts an acknowledgement sent before the notice was opened as a read too', async () => {
    const reader = await person(t.platform, { building: 'b1' });
    const notice = await published(true);
    dataOf(await acknowledgeNotice(notice.id, reader, deps));
    const receipt = await deps.receipts.get(notice.id, reader.user.id);
    expect(receipt).toMatchObject({ read: true, acked: true });
  });

  it('refuses notices that need no acknowledgement, and people outside the audience', async () => {
    const reader = await person(t.platform, { building: 'b1' });
    const outsider = await person(t.platform, { building: 'b2' });
    const plain = await published(false);
    const must = await published(true);
    expect(errorOf(await acknowledgeNotice(plain.id, reader, deps))).toEqual({ code: 'CONFLICT', message: '这条通知不需要确认' });
    expect(errorOf(await acknowledgeNotice(must.id, outsider, deps)).code).toBe('NOT_IN_AUDIENCE');
    expect(errorOf(await acknowledgeNotice(must.id, staff, deps)).code).toBe('NOT_IN_AUDIENCE');
  });
});
