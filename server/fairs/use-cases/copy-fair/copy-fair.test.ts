import { fairs } from '@contracts/fairs';
import { startTestCloud, type TestCloud } from '../../../../test/support/cloud';
import { dataOf, errorOf } from '../../../../test/support/envelope';
import { makeCaller } from '../../../../test/support/personas';
import { fairsDeps, type FairsDeps } from '../../deps';
import { fairsNightlyJob } from '../../jobs';
import { parsed, publishedFair, resident, rid } from '../../testing/fixtures';
import { addShift } from '../shifts/shifts';
import { createFair } from '../create-fair/create-fair';
import { createSeries } from '../series/series';
import { copyFair } from './copy-fair';

let t: TestCloud;
let deps: FairsDeps;
beforeAll(async () => {
  t = await startTestCloud();
  deps = fairsDeps(t.platform);
});
afterAll(() => t.close());

describe('staff make fairs', () => {
  it('creates a fair once per request, as a draft, and refuses a day in the past or hours the wrong way round', async () => {
    const staff = await makeCaller(t.platform, ['staff']);
    const input = parsed(fairs.createFair, {
      requestId: rid(),
      title: '十一月大集',
      date: '2026-11-29',
      opensAt: '09:00',
      closesAt: '11:30',
      place: '社区广场',
    });
    const a = dataOf(await createFair(input, staff, deps));
    const b = dataOf(await createFair(input, staff, deps));
    expect(b.id).toBe(a.id);
    expect(a.status).toBe('draft');
    expect(
      errorOf(
        await createFair(
          parsed(fairs.createFair, {
            requestId: rid(),
            title: '旧',
            date: '2026-11-01',
            opensAt: '09:00',
            closesAt: '11:00',
            place: '广场',
          }),
          staff,
          deps,
        ),
      ).fields,
    ).toEqual({ date: '这个日期已经过去了' });
    expect(
      errorOf(
        await createFair(
          parsed(fairs.createFair, {
            requestId: rid(),
            title: '反',
            date: '2026-11-29',
            opensAt: '11:00',
            closesAt: '09:00',
            place: '广场',
          }),
          staff,
          deps,
        ),
      ).fields,
    ).toEqual({ closesAt: '结束时间应晚于开始时间' });
  });

  it('copies the last fair to a new day with its stalls and shifts (no bookings, no volunteers)', async () => {
    const staff = await makeCaller(t.platform, ['staff']);
    const source = await publishedFair(
      deps,
      staff,
      [
        { service: '理发', bookingOpensAt: '2026-11-20T00:00:00.000Z' },
        { service: '磨刀', mode: 'walkin' },
      ],
      { date: '2026-11-30' },
    );
    dataOf(
      await addShift(
        parsed(fairs.addShift, { stallId: source.stalls[0]!.id, requestId: rid(), startsAt: '08:30', endsAt: '10:00', capacity: 2 }),
        staff,
        deps,
      ),
    );
    const requestId = rid();
    const copy = dataOf(await copyFair(parsed(fairs.copyFair, { requestId, date: '2026-12-15' }), staff, deps));
    expect(dataOf(await copyFair(parsed(fairs.copyFair, { requestId, date: '2026-12-15' }), staff, deps)).id).toBe(copy.id);
    expect(copy).toMatchObject({ date: '2026-12-15', status: 'draft', stallCount: 2, opensAt: '2026-12-15T01:00:00.000Z' });
    expect(copy.stalls.map((s) => [s.service, s.mode, s.bookingOpensAt ?? null])).toEqual([
      ['理发', 'slots', '2026-12-05T00:00:00.000Z'],
      ['磨刀', 'walkin', null],
    ]);
    expect(copy.stalls[0]!.slots).toHaveLength(4);
    const shifts = (await t.platform.db.collection('fair_shifts').where({ fairId: copy.id }).get()).data as {
      startsAt: Date;
      volunteers: string[];
    }[];
    expect(shifts.map((s) => [s.startsAt.toISOString(), s.volunteers])).toEqual([['2026-12-15T00:30:00.000Z', []]]);
  });

  it('generates a recurring fair ahead as drafts, once per date however often the timer runs', async () => {
    const staff = await makeCaller(t.platform, ['staff']);
    const series = dataOf(
      await createSeries(
        parsed(fairs.createSeries, {
          requestId: rid(),
          title: '每月大集',
          place: '社区广场',
          opensAt: '08:30',
          closesAt: '11:30',
          daysOfMonth: [1, 15],
        }),
        staff,
        deps,
      ),
    );
    const made = async () =>
      ((await t.platform.db.collection('fairs').where({ seriesId: series.id }).get()).data as { date: string; status: string }[])
        .map((f) => f.date)
        .sort();
    // 45 days from 2026-11-19: Dec 1, Dec 15, Jan 1.
    expect(await made()).toEqual(['2026-12-01', '2026-12-15', '2027-01-01']);
    await fairsNightlyJob.run({ ...t.platform, clock: t.clock });
    expect(await made()).toEqual(['2026-12-01', '2026-12-15', '2027-01-01']);
    t.clock.set('2026-12-02T18:30:00.000Z');
    await fairsNightlyJob.run({ ...t.platform, clock: t.clock });
    await fairsNightlyJob.run({ ...t.platform, clock: t.clock });
    expect(await made()).toEqual(['2026-12-01', '2026-12-15', '2027-01-01', '2027-01-15']);
    t.clock.set('2026-11-19T02:00:00.000Z');
  });

  it('publishing puts the fair in every resident’s inbox once, even when published again', async () => {
    const staff = await makeCaller(t.platform, ['staff']);
    const someone = await resident(t.platform);
    const fair = await publishedFair(deps, staff, [{ service: '理发' }]);
    const { publishFair } = await import('../publish-fair/publish-fair');
    dataOf(await publishFair(parsed(fairs.publishFair, { fairId: fair.id }), staff, deps));
    const inbox = (await t.platform.db.collection('inbox').where({ userId: someone.user.id, kind: 'fair' }).get()).data as {
      link: string;
    }[];
    expect(inbox.filter((m) => m.link === `/packages/fairs/detail/index?id=${fair.id}`)).toHaveLength(1);
  });
});
