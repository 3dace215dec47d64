import path from 'node:path';
import { LocalCloudError } from '../../core/errors';
import { createFunctionsModule, type FunctionsService } from '../../functions';

const fixtures = path.join(__dirname, '..', 'fixtures');

describe('functions run in their own processes (no HTTP)', () => {
  let functions: FunctionsService;
  const logs: string[] = [];

  beforeAll(() => {
    process.env.LOCALCLOUD_HOST_ONLY = 'must not leak into functions';
    functions = createFunctionsModule({
      functionsRoot: path.join(fixtures, 'functions'),
      rcFile: path.join(fixtures, 'cloudbaserc.json'),
      envId: 'local-test',
      baseUrl: () => 'http://127.0.0.1:9',
      secret: 'test-secret',
      log: (name, stream, line) => logs.push(`${name}:${stream}:${line}`),
    });
  });

  afterAll(async () => {
    await functions.close();
    delete process.env.LOCALCLOUD_HOST_ONLY;
  });

  const caller = { openid: 'o-alice', appid: 'wx-app', unionid: 'u-alice' };

  it('gives node-sdk getCloudbaseContext(context) the caller, env variables and timeout', async () => {
    const result = (await functions.invokeFunction('whoami-node', { hello: 1 }, caller)) as Record<string, unknown>;
    expect(result).toMatchObject({
      OPENID: 'o-alice',
      APPID: 'wx-app',
      UNIONID: 'u-alice',
      SOURCE: 'wx_client',
      ENV: 'local-test',
      greeting: 'hello from rc',
      tz: 'UTC',
      timeLimit: 5000,
    });
    expect(result.hostLeak).toBeUndefined();
    expect(result.remaining).toBeGreaterThan(0);
    expect(result.remaining).toBeLessThanOrEqual(5000);
    expect(result.event).toEqual({ hello: 1, userInfo: { appId: 'wx-app', openId: 'o-alice' } });
  });

  it('gives wx-server-sdk getWXContext() the same identity, per call', async () => {
    const first = await functions.invokeFunction('whoami-wx', {}, caller);
    const second = await functions.invokeFunction('whoami-wx', {}, { openid: 'o-bob', appid: 'wx-app' });
    expect(first).toMatchObject({ OPENID: 'o-alice', APPID: 'wx-app', UNIONID: 'u-alice', SOURCE: 'wx_client', ENV: 'local-test' });
    // The second call must not see the first caller's UNIONID left behind in the warm process.
    expect(second).toMatchObject({ OPENID: 'o-bob', APPID: 'wx-app', SOURCE: 'wx_client' });
    expect((second as Record<string, unknown>).UNIONID).toBeUndefined();
  });

  it('reports a thrown error as FUNCTIONS_EXECUTE_FAIL with its message', async () => {
    const error = await functions.invokeFunction('throws', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LocalCloudError);
    expect(error).toMatchObject({ code: 'FUNCTIONS_EXECUTE_FAIL' });
    expect((error as Error).message).toContain('Error: boom from throws');
  });

  it('kills a hung function after its configured timeout and serves the next call', async () => {
    const started = Date.now();
    const error = await functions.invokeFunction('hangs', {}).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'FUNCTIONS_TIME_LIMIT_EXCEEDED', message: 'Invoking task timed out after 1 seconds' });
    expect(Date.now() - started).toBeLessThan(5000);
    await expect(functions.invokeFunction('hangs', { quick: true })).resolves.toBe('quick');
  });

  it('survives process.exit and an unhandled rejection inside a function', async () => {
    await expect(functions.invokeFunction('exits', {})).rejects.toMatchObject({
      code: 'FUNCTIONS_EXECUTE_FAIL',
      message: '3 code exit unexpected',
    });
    const crash = await functions.invokeFunction('crashes', {}).catch((e: unknown) => e);
    expect(crash).toMatchObject({ code: 'FUNCTIONS_EXECUTE_FAIL' });
    expect((crash as Error).message).toContain('unhandled in crashes');
    await expect(functions.invokeFunction('whoami-node', {})).resolves.toMatchObject({ SOURCE: 'wx_client' });
  });

  it('answers FUNCTION_NOT_FOUND for unknown or unsafe names', async () => {
    for (const name of ['nope', '../fixtures', 'whoami-node/../throws', '']) {
      await expect(functions.invokeFunction(name, {})).rejects.toMatchObject({ code: 'FUNCTION_NOT_FOUND' });
    }
  });

  it('runs concurrent calls on separate instances, one call per instance', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => functions.invokeFunction('whoami-node', { i }, { openid: `o-${i}` })),
    );
    results.forEach((result, i) => expect(result).toMatchObject({ OPENID: `o-${i}`, event: { i } }));
  });

  it('lists deployed functions with their triggers', () => {
    const tick = functions.list().find((config) => config.name === 'tick');
    expect(tick?.triggers.map((trigger) => trigger.name)).toEqual(['nightly', 'everyTenSeconds']);
    expect(functions.find('hangs')?.timeoutSeconds).toBe(1);
    expect(functions.find('throws')?.timeoutSeconds).toBe(3);
  });
});

describe('a function with a broken configuration', () => {
  it('is reported when called and skipped when listing, without affecting the others', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const root = mkdtempSync(path.join(tmpdir(), 'lc-broken-'));
    for (const name of ['good', 'bad']) {
      mkdirSync(path.join(root, name));
      writeFileSync(path.join(root, name, 'index.js'), `exports.main = async () => '${name}';`);
    }
    writeFileSync(path.join(root, 'bad', 'config.json'), '{ "triggers": [], }');
    const lines: string[] = [];
    const functions = createFunctionsModule({
      functionsRoot: root,
      envId: 'local-test',
      baseUrl: () => 'http://127.0.0.1:9',
      secret: 's',
      log: (name, _stream, line) => lines.push(`${name}: ${line}`),
    });
    try {
      expect(functions.list().map((config) => config.name)).toEqual(['good']);
      expect(lines.join('\n')).toContain('bad: skipped');
      await expect(functions.invokeFunction('bad', {})).rejects.toMatchObject({ code: 'INVALID_PARAM' });
      await expect(functions.invokeFunction('good', {})).resolves.toBe('good');
    } finally {
      await functions.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
