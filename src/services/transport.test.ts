import { cloud } from '../../test/stubs/taro';
import { resetApp } from '../../test/components/reset';
import { CallError } from './errors';
import { cloudTransport, httpTransport } from './transport';

const event = { action: 'me', input: {} };

const thrown = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
};

beforeEach(resetApp);

describe('browser transport (local mode)', () => {
  afterEach(() => {
    delete (globalThis as { fetch?: unknown }).fetch;
  });

  it('posts the event as JSON to the gateway with the session cookie', async () => {
    const fetch = jest.fn().mockResolvedValue({ status: 200, json: () => Promise.resolve({ ok: true, data: 1 }) });
    Object.assign(globalThis, { fetch });
    await expect(httpTransport('users', event)).resolves.toEqual({ ok: true, data: 1 });
    expect(fetch).toHaveBeenCalledWith('/api/functions/users', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(event),
    });
  });

  it('reports an unreachable server as a network problem', async () => {
    Object.assign(globalThis, { fetch: jest.fn().mockRejectedValue(new TypeError('Failed to fetch')) });
    expect(await thrown(httpTransport('users', event))).toMatchObject({ code: 'NETWORK', message: '网络不好，请稍后再试' });
  });

  it('reports a gateway error page (not JSON) from a restarting server as a network problem', async () => {
    Object.assign(globalThis, { fetch: jest.fn().mockResolvedValue({ status: 502, json: () => Promise.reject(new SyntaxError('x')) }) });
    expect(await thrown(httpTransport('users', event))).toMatchObject({ code: 'NETWORK' });
  });
});

describe('WeChat transport', () => {
  it('calls the cloud function with the event and returns its result (the envelope)', async () => {
    cloud.callFunction.mockResolvedValue({ result: { ok: true, data: 2 }, errMsg: 'cloud.callFunction:ok' });
    await expect(cloudTransport('users', event)).resolves.toEqual({ ok: true, data: 2 });
    expect(cloud.callFunction).toHaveBeenCalledWith({ name: 'users', data: event });
  });

  it('separates a crashed function (system fault) from a failed network', async () => {
    cloud.callFunction.mockRejectedValueOnce({ errMsg: 'cloud.callFunction:fail -504002 functions execute fail' });
    expect(await thrown(cloudTransport('users', event))).toMatchObject({ code: 'INTERNAL' });
    cloud.callFunction.mockRejectedValueOnce({ errMsg: 'cloud.callFunction:fail request:fail' });
    const error = await thrown(cloudTransport('users', event));
    expect(error).toBeInstanceOf(CallError);
    expect(error).toMatchObject({ code: 'NETWORK' });
  });
});
