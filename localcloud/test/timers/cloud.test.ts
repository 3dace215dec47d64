import { startFixtureCloud, type FixtureCloud } from '../fixtures/cloud';

let fixture: FixtureCloud;

beforeAll(async () => {
  fixture = await startFixtureCloud();
});
afterAll(() => fixture.close());

describe('LocalCloud.fireTimers', () => {
  it('runs the fixture triggers due at 02:00 Beijing time, once', async () => {
    const at = new Date('2026-03-04T18:00:00Z');
    const runs = await fixture.cloud.fireTimers(at);
    expect(runs.map((run) => `${run.functionName}/${run.triggerName}:${String(run.ok)}`).sort()).toEqual([
      'tick/everyTenSeconds:true',
      'tick/nightly:true',
    ]);
    expect(runs.find((run) => run.triggerName === 'nightly')?.result).toMatchObject({
      event: { Type: 'Timer', TriggerName: 'nightly', Time: '2026-03-04T18:00:00Z' },
      SOURCE: 'wx_trigger',
    });
    expect(await fixture.cloud.fireTimers(at)).toEqual([]);
    expect(await fixture.cloud.fireTimers(new Date('2026-03-04T02:00:00Z'))).toEqual([
      expect.objectContaining({ triggerName: 'everyTenSeconds' }),
    ]);
  });
});
