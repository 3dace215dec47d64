import { users } from '@contracts/users';
import { createCaller, setUnauthenticatedHandler } from './call';
import { CallError, NETWORK_MESSAGE } from './errors';
import type { Transport } from './transport';

const validBind = { buildingId: 'b1', unit: '1单元', room: '302', name: '李阿姨' };

const replying = (reply: unknown) => jest.fn<ReturnType<Transport>, Parameters<Transport>>().mockResolvedValue(reply);

const failure = async (promise: Promise<unknown>): Promise<CallError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CallError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
};

afterEach(() => setUnauthenticatedHandler(undefined));

describe('call', () => {
  it('sends the action and its input to the action’s function and returns the data', async () => {
    const transport = replying({ ok: true, data: { id: 'u1' } });
    const data = await createCaller(transport)(users.bindHousehold, validBind);
    expect(transport).toHaveBeenCalledWith('users', { action: 'bindHousehold', input: validBind });
    expect(data).toEqual({ id: 'u1' });
  });

  it('checks input with the contract first and names the failing field in Chinese, sending nothing', async () => {
    const transport = replying({ ok: true, data: {} });
    const error = await failure(createCaller(transport)(users.bindHousehold, { ...validBind, room: '  ' }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.fields).toEqual({ room: '请填写房号' });
    expect(transport).not.toHaveBeenCalled();
  });

  it('turns an error envelope into a CallError with the server’s code, message and fields', async () => {
    const transport = replying({ ok: false, error: { code: 'FORBIDDEN', message: '没有权限进行这个操作' } });
    const error = await failure(createCaller(transport)(users.listUsers, {}));
    expect(error).toMatchObject({ code: 'FORBIDDEN', message: '没有权限进行这个操作', fields: {} });
  });

  it('treats a reply that is not an envelope as a system fault', async () => {
    const error = await failure(createCaller(replying('<html>502</html>'))(users.me, {}));
    expect(error.code).toBe('INTERNAL');
    expect(error.message).toBe('系统繁忙，请稍后再试');
  });

  it('passes a network failure on in plain Chinese', async () => {
    const transport: Transport = () => Promise.reject(CallError.network());
    const error = await failure(createCaller(transport)(users.me, {}));
    expect(error).toMatchObject({ code: 'NETWORK', message: NETWORK_MESSAGE });
    expect(NETWORK_MESSAGE).toBe('网络不好，请稍后再试');
  });

  it('tells the app when the caller is not signed in', async () => {
    const handler = jest.fn();
    setUnauthenticatedHandler(handler);
    const error = await failure(
      createCaller(replying({ ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } }))(users.me, {}),
    );
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(handler).toHaveBeenCalledTimes(1);
  });
});
