/* eslint-disable @typescript-eslint/no-explicit-any -- SDK results are untyped */
import { SDKS, startFixtureCloud, type FixtureCloud, type Sdk } from '../fixtures/cloud';

let fixture: FixtureCloud;

beforeAll(async () => {
  fixture = await startFixtureCloud();
});
afterAll(() => fixture.close());

describe.each(SDKS)('storage through %s', (name, makeSdk) => {
  let sdk: Sdk;
  beforeAll(() => {
    sdk = makeSdk();
  });

  it('uploads, hands out a temporary URL whose GET returns the bytes, and downloads', async () => {
    const bytes = Buffer.from(`photo bytes via ${name}`);
    const fileID = await sdk.upload(`avatars/${name}/头像.png`, bytes);
    expect(fileID).toMatch(new RegExp(`^cloud://local-test\\.[0-9a-f]+-local-test-\\d+/avatars/${name}/头像\\.png$`));
    const link = await sdk.tempUrl(fileID, 120);
    expect(link.code).toBe('SUCCESS');
    const res = await fetch(encodeURI(link.url));
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(bytes);
    expect(Buffer.from(await sdk.download(fileID))).toEqual(bytes);
    await expect(fixture.cloud.storage.read(fileID)).resolves.toEqual(bytes);
  });

  it('answers 403 once the URL expires by the injected clock, and for a tampered signature', async () => {
    const fileID = await sdk.upload(`expiry/${name}.txt`, Buffer.from('soon gone'));
    const { url } = await sdk.tempUrl(fileID, 60);
    const tampered = url.replace(/sign=(.)/, (_m, c: string) => `sign=${c === 'x' ? 'y' : 'x'}`);
    expect((await fetch(tampered)).status).toBe(403);
    expect((await fetch(url)).status).toBe(200);
    fixture.advance(61_000);
    expect((await fetch(url)).status).toBe(403);
  });

  it('deletes: the file is gone for URLs and downloads', async () => {
    const fileID = await sdk.upload(`trash/${name}.txt`, Buffer.from('delete me'));
    const { url } = await sdk.tempUrl(fileID, 600);
    expect(await sdk.remove(fileID)).toBe('SUCCESS');
    expect((await fetch(url)).status).toBe(404);
    expect((await sdk.tempUrl(fileID, 600)).code).not.toBe('SUCCESS');
    await expect(sdk.download(fileID)).rejects.toBeDefined();
    await expect(fixture.cloud.storage.read(fileID)).rejects.toMatchObject({ code: 'STORAGE_FILE_NONEXIST' });
  });

  it('refuses path traversal in the cloud path', async () => {
    for (const cloudPath of ['../outside.txt', 'a/../../outside.txt', '/abs.txt']) {
      const error = await sdk.upload(cloudPath, Buffer.from('x')).then(
        () => undefined,
        (e: any) => e,
      );
      expect(sdk.failure(error).text).toContain('invalid cloudPath');
    }
  });
});

describe('storage from inside a function', () => {
  it('files-wx uploads, links, downloads and deletes through wx-server-sdk', async () => {
    const result = (await fixture.cloud.invokeFunction('files-wx', { cloudPath: 'fn/note.txt', text: 'made in a function' })) as any;
    expect(result).toMatchObject({ text: 'made in a function', deleted: 0 });
    expect(result.tempFileURL).toContain('/storage/file/local-test/fn/note.txt?sign=');
  });
});

describe('storage for the host project', () => {
  it('put / tempUrl / read', async () => {
    const fileID = await fixture.cloud.storage.put('host/upload.jpg', Buffer.from([1, 2, 3]));
    const res = await fetch(fixture.cloud.storage.tempUrl(fileID, 30));
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(Buffer.from([1, 2, 3]));
    await expect(fixture.cloud.storage.read(fileID)).resolves.toEqual(Buffer.from([1, 2, 3]));
  });
});
