/* eslint-disable @typescript-eslint/no-explicit-any -- SDK results are untyped */
import { SDKS, startFixtureCloud, type FixtureCloud, type Sdk } from '../fixtures/cloud';

let fixture: FixtureCloud;

beforeAll(async () => {
  fixture = await startFixtureCloud();
});
afterAll(() => fixture.close());

describe.each(SDKS)('callFunction through %s', (_name, makeSdk) => {
  let sdk: Sdk;
  beforeAll(() => {
    sdk = makeSdk();
  });

  const failureOf = async (name: string, data: Record<string, unknown> = {}) => {
    const error = await sdk.callFunction(name, data).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeDefined();
    return sdk.failure(error);
  };

  it('returns the function result, with its env variables and the SDK source chain', async () => {
    const result = await sdk.callFunction('whoami-node', { a: 1 });
    expect(result).toMatchObject({ event: { a: 1 }, greeting: 'hello from rc', ENV: 'local-test', SOURCE: 'scf', tz: 'UTC' });
    expect(result.OPENID).toBeUndefined();
  });

  it('reports a throwing function as CloudBase does', async () => {
    const failure = await failureOf('throws');
    expect(failure.code).toBe('FUNCTIONS_EXECUTE_FAIL');
    expect(failure.text).toContain('boom from throws');
  });

  it('times a hung function out after its configured 1 s, and keeps serving', async () => {
    const failure = await failureOf('hangs');
    expect(failure.code).toBe('FUNCTIONS_TIME_LIMIT_EXCEEDED');
    expect(failure.text).toContain('Invoking task timed out after 1 seconds');
    await expect(sdk.callFunction('hangs', { quick: true })).resolves.toBe('quick');
  });

  it('survives a function that calls process.exit', async () => {
    const failure = await failureOf('exits');
    expect(failure.text).toContain('3 code exit unexpected');
    await expect(sdk.callFunction('whoami-wx', {})).resolves.toMatchObject({ ENV: 'local-test' });
  });

  it('answers an unknown function with FUNCTION_NOT_FOUND', async () => {
    const failure = await failureOf('no-such-function');
    expect(failure.code).toBe('FUNCTION_NOT_FOUND');
    expect(failure.text).toContain('FunctionName parameter could not be found');
  });
});

describe('a function calling a function keeps the caller identity', () => {
  const cases: Array<[string, string]> = [
    ['call-node', 'whoami-node'],
    ['call-node', 'whoami-wx'],
    ['call-wx', 'whoami-node'],
    ['call-wx', 'whoami-wx'],
  ];
  it.each(cases)('%s → %s', async (caller, target) => {
    const result = (await fixture.cloud.invokeFunction(
      caller,
      { target, data: { n: 2 } },
      { openid: 'o-alice', appid: 'wx-app', unionid: 'u-alice' },
    )) as any;
    expect(result).toMatchObject({
      OPENID: 'o-alice',
      APPID: 'wx-app',
      UNIONID: 'u-alice',
      SOURCE: 'wx_client,scf',
      ENV: 'local-test',
      event: { n: 2 },
      greeting: 'hello from rc',
    });
  });

  it('passes a callee failure to the calling function as an SDK error', async () => {
    await expect(fixture.cloud.invokeFunction('call-wx', { target: 'throws' }, { openid: 'o-1' })).rejects.toMatchObject({
      code: 'FUNCTIONS_EXECUTE_FAIL',
      message: expect.stringContaining('boom from throws') as unknown,
    });
  });
});

describe('functions reach the database through their SDK', () => {
  beforeAll(async () => {
    const tcb = require('@cloudbase/node-sdk');
    await tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database().createCollection('notes');
  });

  it.each([['db-node'], ['db-wx']])('%s writes as its caller and reads it back', async (name) => {
    const result = (await fixture.cloud.invokeFunction(
      name,
      { collection: 'notes', note: `from ${name}` },
      { openid: `o-${name}` },
    )) as any;
    expect(result.doc).toMatchObject({ _id: result.id, owner: `o-${name}`, note: `from ${name}` });
    const tcb = require('@cloudbase/node-sdk');
    const seen = await tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database().collection('notes').doc(result.id).get();
    expect(seen.data[0]).toMatchObject({ owner: `o-${name}` });
  });
});
