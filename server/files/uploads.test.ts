import { startTestCloud, type TestCloud } from '../../test/support/cloud';
import { dataOf, errorOf } from '../../test/support/envelope';
import { cloudbaseUploadRepo } from './upload-repo';
import { checkOwnedUploads, prepareUploads, type UploadDeps } from './uploads';

let t: TestCloud;
let deps: UploadDeps;
beforeAll(async () => {
  t = await startTestCloud();
  deps = { uploads: cloudbaseUploadRepo(t.platform.db), clock: t.clock };
});
afterAll(() => t.close());

const fileIdFor = (cloudPath: string) => `cloud://local.6c6f-local-1250000000/${cloudPath}`;

describe('owned uploads', () => {
  it('accepts files the same person reserved for the same purpose, and really stored', async () => {
    const { uploads } = dataOf(await prepareUploads({ purpose: 'ticket', files: [{ ext: 'jpg' }, { ext: 'png' }] }, 'u-owner', deps));
    expect(uploads).toHaveLength(2);
    expect(uploads[0]?.cloudPath).toMatch(/^uploads\/ticket\/20261119\/[A-Za-z0-9_-]{24}\.jpg$/);
    const stored = await t.linli.cloud.storage.put(uploads[0]!.cloudPath, Buffer.from('photo'));
    expect(dataOf(await checkOwnedUploads([stored], { ownerId: 'u-owner', purpose: 'ticket', field: 'photos' }, deps))).toEqual([stored]);
  });

  it("refuses someone else's file, another purpose's file, a made-up path and the same file twice", async () => {
    const { uploads } = dataOf(await prepareUploads({ purpose: 'ticket', files: [{ ext: 'jpg' }] }, 'u-a', deps));
    const mine = fileIdFor(uploads[0]!.cloudPath);
    const check = (ids: string[], ownerId: string, purpose: 'ticket' | 'notice') =>
      checkOwnedUploads(ids, { ownerId, purpose, field: 'photos' }, deps);
    expect(errorOf(await check([mine], 'u-b', 'ticket')).fields).toEqual({ photos: '图片无效，请重新上传' });
    expect(errorOf(await check([mine], 'u-a', 'notice')).code).toBe('INVALID_INPUT');
    expect(errorOf(await check([fileIdFor('uploads/ticket/20261119/guessed.jpg')], 'u-a', 'ticket')).code).toBe('INVALID_INPUT');
    expect(errorOf(await check(['https://evil.example/x.jpg'], 'u-a', 'ticket')).code).toBe('INVALID_INPUT');
    expect(errorOf(await check([mine, mine], 'u-a', 'ticket')).fields).toEqual({ photos: '同一张图片只能上传一次' });
  });
});
