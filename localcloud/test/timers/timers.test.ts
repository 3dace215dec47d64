import path from 'node:path';
import { createFunctionsModule, type FunctionConfig, type FunctionsService } from '../../functions';
import { createTimers, cronMatches, nextFire, parseCloudBaseCron, type TimerFunctions } from '../../timers';

const at = (iso: string): Date => new Date(iso);
const cron = (source: string) => parseCloudBaseCron(source, 'Asia/Shanghai');

describe('CloudBase 7-field cron in Beijing time', () => {
  it('reads seconds first and evaluates in UTC+8', () => {
    const nightly = cron('0 0 2 * * * *');
    expect(cronMatches(nightly, at('2026-03-01T18:00:00Z'))).toBe(true); // 02:00 on 2 March in Beijing
    expect(cronMatches(nightly, at('2026-03-02T02:00:00Z'))).toBe(false); // 02:00 UTC is 10:00 in Beijing
    expect(cronMatches(nightly, at('2026-03-01T18:00:01Z'))).toBe(false);
  });

  it('takes week names and numbers with 0 = Sunday, and a year field', () => {
    expect(cronMatches(cron('0 0 10 * * MON *'), at('2026-03-02T02:00:00Z'))).toBe(true);
    expect(cronMatches(cron('0 0 10 * * 1 *'), at('2026-03-02T02:00:00Z'))).toBe(true);
    expect(cronMatches(cron('0 0 10 * * 0 *'), at('2026-03-01T02:00:00Z'))).toBe(true);
    const newYear = cron('0 0 0 1 1 * 2027');
    expect(cronMatches(newYear, at('2026-12-31T16:00:00Z'))).toBe(true);
    expect(cronMatches(newYear, at('2025-12-31T16:00:00Z'))).toBe(false);
    expect(nextFire(cron('0 0 0 1 1 * 2030'), at('2026-05-01T00:00:00Z'))?.toISOString()).toBe('2029-12-31T16:00:00.000Z');
    expect(nextFire(cron('0 0 0 1 1 * 2025'), at('2026-05-01T00:00:00Z'))).toBeUndefined();
  });

  it('refuses what CloudBase would refuse', () => {
    expect(() => cron('0 2 * * *')).toThrow(/7 fields/);
    expect(() => cron('0 0 2 * * * * *')).toThrow(/7 fields/);
    expect(() => cron('0 0 10 * * 7 *')).toThrow(/0-6/);
    expect(() => cron('H 0 2 * * * *')).toThrow(/H/);
    expect(() => cron('0 0 2 * * * 1969')).toThrow(/year/);
    expect(() => cron('0 61 2 * * * *')).toThrow(/invalid cron/);
  });
});

describe('fireTimers runs the triggers due at an instant, once', () => {
  let functions: FunctionsService;
  const fixtures = path.join(__dirname, '..', 'fixtures');

  beforeAll(() => {
    functions = createFunctionsModule({
      functionsRoot: path.join(fixtures, 'functions'),
      rcFile: path.join(fixtures, 'cloudbaserc.json'),
      envId: 'local-test',
      baseUrl: () => 'http://127.0.0.1:9',
      secret: 'timer-secret',
      log: () => undefined,
    });
  });
  afterAll(() => functions.close());

  it('invokes each due trigger with the SCF timer event and no caller', async () => {
    const timers = createTimers({ functions, log: () => undefined });
    const runs = await timers.fireTimers(at('2026-03-01T18:00:00Z'));
    expect(runs.map((run) => run.triggerName).sort()).toEqual(['everyTenSeconds', 'nightly']);
    const nightly = runs.find((run) => run.triggerName === 'nightly');
    expect(nightly).toMatchObject({ functionName: 'tick', ok: true, time: '2026-03-01T18:00:00Z' });
    expect(nightly?.result).toEqual({
      event: { Type: 'Timer', TriggerName: 'nightly', Time: '2026-03-01T18:00:00Z', Message: '' },
      SOURCE: 'wx_trigger',
      OPENID: null,
      trigger: 'timer',
    });
    await timers.close();
  });

  it('fires nothing between schedules, and never twice for the same instant', async () => {
    const timers = createTimers({ functions, log: () => undefined });
    expect(await timers.fireTimers(at('2026-03-01T18:00:05Z'))).toEqual([]);
    const first = await timers.fireTimers(at('2026-03-01T18:00:10Z'));
    expect(first.map((run) => run.triggerName)).toEqual(['everyTenSeconds']);
    expect(await timers.fireTimers(at('2026-03-01T18:00:10Z'))).toEqual([]);
    expect(await timers.fireTimers(at('2026-03-01T18:00:10.700Z'))).toEqual([]);
    await timers.close();
  });
});

describe('the schedule (runTimers) with an injected clock and timer', () => {
  const config = (triggers: FunctionConfig['triggers']): FunctionConfig => ({
    name: 'job',
    dir: '/nowhere',
    entry: '/nowhere/index.js',
    handlerExport: 'main',
    timeoutSeconds: 3,
    envVariables: {},
    triggers,
    openApiPermissions: [],
    version: '1',
  });

  it('sleeps until the next due instant and fires it', async () => {
    let now = Date.parse('2026-03-01T17:59:58.500Z');
    const calls: Array<{ name: string; event: unknown }> = [];
    const fake: TimerFunctions = {
      list: () => [config([{ name: 'nightly', config: '0 0 2 * * * *' }])],
      invoke: async (name, event) => {
        calls.push({ name, event });
        return 'null';
      },
    };
    const wakeups: Array<{ callback: () => void; delay: number }> = [];
    const timers = createTimers({
      functions: fake,
      clock: () => now,
      run: true,
      setTimer: (callback, delay) => {
        wakeups.push({ callback, delay });
        return () => undefined;
      },
      log: () => undefined,
    });
    timers.start();
    expect(wakeups).toHaveLength(1);
    expect(wakeups[0].delay).toBe(1500);
    now += 1500;
    wakeups[0].callback();
    await timers.close();
    expect(calls).toEqual([{ name: 'job', event: { Type: 'Timer', TriggerName: 'nightly', Time: '2026-03-01T18:00:00Z', Message: '' } }]);
    expect(wakeups).toHaveLength(2);
  });
});
