/* eslint-disable @typescript-eslint/no-explicit-any -- SDK results are untyped */
import type { Caller, OpenApiAdapter } from '../../index';
import { SDKS, startFixtureCloud, type FixtureCloud } from '../fixtures/cloud';

const calls: Array<{ data: Record<string, unknown>; caller: Caller; functionName?: string; via: string }> = [];
const msgSecCheck: OpenApiAdapter = async (data, caller, call) => {
  calls.push({ data, caller, functionName: call.functionName, via: call.via });
  if (data.content === 'bad words') return { errcode: 87014, errmsg: 'risky content' };
  return { errcode: 0, errmsg: 'ok', result: { suggest: 'pass', label: 100 } };
};
const getUnlimited: OpenApiAdapter = async (data) => ({
  contentType: 'image/png',
  buffer: Buffer.from(`png:${String(data.scene)}`),
});

let fixture: FixtureCloud;

beforeAll(async () => {
  fixture = await startFixtureCloud({ openApi: { 'security.msgSecCheck': msgSecCheck, 'wxacode.getUnlimited': getUnlimited } });
});
afterAll(() => fixture.close());

describe('open APIs from inside functions reach the registered adapter', () => {
  it('node-sdk callWxOpenApi (wx.api) with the request and the caller', async () => {
    const result = await fixture.cloud.invokeFunction('openapi-node', { content: 'hello' }, { openid: 'o-node', appid: 'wx-app' });
    expect(result).toEqual({ errcode: 0, errmsg: 'ok', result: { suggest: 'pass', label: 100 } });
    expect(calls.at(-1)).toEqual({
      data: { content: 'hello' },
      caller: { openid: 'o-node', appid: 'wx-app', source: 'wx_client' },
      functionName: 'openapi-node',
      via: 'wx.api',
    });
  });

  it('wx-server-sdk cloud.openapi (wx.openApi, protobuf) with snake_case data and camelCase result', async () => {
    const result = await fixture.cloud.invokeFunction('openapi-wx', { content: 'hi there' }, { openid: 'o-wx' });
    expect(result).toEqual({ result: { suggest: 'pass', label: 100 }, errMsg: 'openapi.security.msgSecCheck:ok', errCode: 0 });
    expect(calls.at(-1)).toMatchObject({
      data: { content: 'hi there', openid: 'o-wx', scene: 2, version: 2 },
      caller: { openid: 'o-wx' },
      functionName: 'openapi-wx',
      via: 'wx.openApi',
    });
  });

  it('carries binary answers to wx-server-sdk', async () => {
    const result = (await fixture.cloud.invokeFunction('openapi-wx', { api: 'code', scene: 'room=12' })) as any;
    expect(result).toEqual({ contentType: 'image/png', bytes: Array.from(Buffer.from('png:room=12')) });
  });

  it('turns WeChat errcodes into wx-server-sdk errors', async () => {
    await expect(fixture.cloud.invokeFunction('openapi-wx', { content: 'bad words' })).rejects.toMatchObject({
      code: 'FUNCTIONS_EXECUTE_FAIL',
      message: expect.stringContaining('errCode: 87014') as unknown,
    });
  });

  it('says clearly that an unregistered API is not available locally, through both SDKs', async () => {
    await expect(fixture.cloud.invokeFunction('openapi-wx', { api: 'missing' })).rejects.toMatchObject({
      message: expect.stringContaining('open API nope.nothing is not available locally') as unknown,
    });
    await expect(fixture.cloud.invokeFunction('openapi-node', { apiName: 'nope.nothing' })).rejects.toMatchObject({
      message: expect.stringContaining('open API nope.nothing is not available locally') as unknown,
    });
  });

  it("refuses an API missing from the function's permissions.openapi (errCode -604101)", async () => {
    const before = calls.length;
    await expect(fixture.cloud.invokeFunction('openapi-denied', {})).resolves.toEqual({ denied: true, errCode: -604101 });
    expect(calls.length).toBe(before);
  });
});

describe.each(SDKS)('open APIs called from outside a function through %s', (_name, makeSdk) => {
  it('reach the adapter with no caller', async () => {
    const result = await makeSdk().msgSecCheck('plain words');
    expect(result).toMatchObject({ result: { suggest: 'pass' } });
    expect(calls.at(-1)).toMatchObject({ data: { content: 'plain words' }, caller: {} });
    expect(calls.at(-1)?.functionName).toBeUndefined();
  });
});
