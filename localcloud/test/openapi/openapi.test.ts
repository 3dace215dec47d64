import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ActionRequest } from '../../core/module';
import { IdentityTokens, type Caller } from '../../functions/caller';
import { createOpenApiModule, type OpenApiAdapter, type OpenApiService } from '../../openapi';
import { decodeCommOpenApiResp, encodeCommApiData } from '../../openapi/protobuf';

describe('open API module (action and multipart route, no /admin front)', () => {
  const tokens = new IdentityTokens('openapi-secret');
  const seen: Array<{ data: Record<string, unknown>; caller: Caller; functionName?: string; via: string }> = [];
  const msgSecCheck: OpenApiAdapter = async (data, caller, call) => {
    seen.push({ data, caller, functionName: call.functionName, via: call.via });
    return { errcode: 0, errmsg: 'ok', result: { suggest: data.content === 'bad' ? 'risky' : 'pass' } };
  };
  let openapi: OpenApiService;
  let server: Server;
  let base = '';

  beforeAll(async () => {
    openapi = createOpenApiModule({
      adapters: {
        'security.msgSecCheck': msgSecCheck,
        'wxacode.getUnlimited': async () => ({ contentType: 'image/png', buffer: Buffer.from([0x89, 0x50]) }),
        'broken.api': async () => {
          throw new Error('adapter exploded');
        },
      },
      identify: (token) => tokens.verify(token),
      permissionsOf: (name) => (name === 'allowed' ? ['security.msgSecCheck', 'wxacode.getUnlimited', 'broken.api'] : []),
    });
    server = createServer((req, res) => {
      void openapi.module.routes?.(req, res, new URL(req.url ?? '/', base)).then((handled) => {
        if (!handled) res.writeHead(404).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const wxApi = (body: Record<string, unknown>): Promise<unknown> => {
    const request: ActionRequest = { action: 'wx.api', body, envId: 'local-test', requestId: 'r', headers: {} };
    return openapi.module.actions!['wx.api'](request);
  };

  const multipart = async (fields: Record<string, string | Buffer>) => {
    const boundary = '----localcloudtest';
    const parts = Object.entries(fields).map(([name, value]) =>
      Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n`),
        Buffer.from(Buffer.isBuffer(value) ? 'Content-Type: application/octet-stream\r\n\r\n' : '\r\n'),
        Buffer.isBuffer(value) ? value : Buffer.from(value),
        Buffer.from('\r\n'),
      ]),
    );
    const body = Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]);
    const res = await fetch(`${base}/admin?env=local-test`, {
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      body: new Uint8Array(body),
    });
    return { type: res.headers.get('content-type'), body: Buffer.from(await res.arrayBuffer()) };
  };

  it("wx.api reaches the adapter with the JSON request and the calling function's caller", async () => {
    const token = tokens.issue({ caller: { openid: 'o-1', appid: 'wx-app' }, functionName: 'allowed' });
    const reply = (await wxApi({ apiName: 'security.msgSecCheck', requestData: '{"content":"bad"}', wxCloudApiToken: token })) as {
      responseData: string;
    };
    expect(JSON.parse(reply.responseData)).toEqual({ errcode: 0, errmsg: 'ok', result: { suggest: 'risky' } });
    expect(seen.at(-1)).toEqual({
      data: { content: 'bad' },
      caller: { openid: 'o-1', appid: 'wx-app' },
      functionName: 'allowed',
      via: 'wx.api',
    });
  });

  it('refuses an unregistered API, a function without permission, and reports adapter failures', async () => {
    await expect(wxApi({ apiName: 'nope.nothing', requestData: '' })).rejects.toMatchObject({
      code: 'OPENAPI_NOT_AVAILABLE_LOCALLY',
      message: expect.stringContaining('not available locally') as unknown,
    });
    const denied = tokens.issue({ caller: {}, functionName: 'other' });
    await expect(wxApi({ apiName: 'security.msgSecCheck', requestData: '{}', wxCloudApiToken: denied })).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
    });
    await expect(wxApi({ apiName: 'broken.api', requestData: '{}' })).rejects.toMatchObject({
      code: 'SYS_ERR',
      message: expect.stringContaining('adapter exploded') as unknown,
    });
  });

  it('wx.openApi decodes the protobuf request and answers protobuf', async () => {
    const token = tokens.issue({ caller: { openid: 'o-2' }, functionName: 'allowed' });
    const requestData = encodeCommApiData({
      apiType: 0,
      pairs: [
        { key: 'content', value: Buffer.from('"hello"') },
        { key: 'scene', value: Buffer.from('2') },
      ],
    });
    const reply = await multipart({
      action: 'wx.openApi',
      apiName: 'security.msgSecCheck',
      requestData,
      wxCloudApiToken: token,
      envName: 'local-test',
    });
    expect(reply.type).toBe('application/octet-stream');
    const decoded = decodeCommOpenApiResp(reply.body);
    expect(decoded.contentType).toBe('application/json');
    expect(JSON.parse(decoded.respData.toString())).toMatchObject({ result: { suggest: 'pass' } });
    expect(seen.at(-1)).toMatchObject({ data: { content: 'hello', scene: 2 }, caller: { openid: 'o-2' }, via: 'wx.openApi' });

    const image = decodeCommOpenApiResp(
      (await multipart({ action: 'wx.openApi', apiName: 'wxacode.getUnlimited', requestData, wxCloudApiToken: token })).body,
    );
    expect(image).toMatchObject({ contentType: 'image/png', respData: Buffer.from([0x89, 0x50]) });
  });

  it('wx.openApi errors: JSON tcb errors, or errorCode -604101 without permission', async () => {
    const missing = await multipart({ action: 'wx.openApi', apiName: 'nope.nothing', requestData: Buffer.alloc(0) });
    expect(missing.type).toBe('application/json; charset=utf-8');
    expect(JSON.parse(missing.body.toString())).toMatchObject({ code: 'OPENAPI_NOT_AVAILABLE_LOCALLY' });
    const token = tokens.issue({ caller: {}, functionName: 'other' });
    const denied = await multipart({
      action: 'wx.openApi',
      apiName: 'security.msgSecCheck',
      requestData: Buffer.alloc(0),
      wxCloudApiToken: token,
    });
    expect(decodeCommOpenApiResp(denied.body).errorCode).toBe(-604101);
    const garbage = await multipart({
      action: 'wx.openApi',
      apiName: 'security.msgSecCheck',
      requestData: Buffer.from([0xff, 0xff, 0xff]),
    });
    expect(JSON.parse(garbage.body.toString())).toMatchObject({ code: 'SYS_ERR' });
  });
});
