import { fairs as actions } from '@contracts/fairs';
import { shanghaiDate } from '@contracts/time';
import { fairsDeps } from '../server/fairs/deps';
import { manyResidents, parsed, publishedFair, rid } from '../server/fairs/testing/fixtures';
import { DAY } from '../server/kernel/clock';
import { startTestCloud, type TestCloud } from '../test/support/cloud';
import { makeCaller } from '../test/support/personas';
import { percentile, type Row } from './table';

const ms = (n: number) => `${n.toFixed(1)} ms`;

/** Calls the built `fairs` function as the mini-program would (through the local cloud's function pool). */
const invoke = async (
  t: TestCloud,
  openid: string,
  action: string,
  input: unknown,
): Promise<{ ok: boolean; data?: unknown; error?: { code: string } }> =>
  (await t.linli.cloud.invokeFunction('fairs', { action, input }, { openid, appid: 'wx-bench', source: 'wx_client' })) as {
    ok: boolean;
    data?: unknown;
    error?: { code: string };
  };

/** 500 residents book one 20-seat slot at the same moment, each through the function. */
const storm = async (t: TestCloud): Promise<Row[]> => {
  // The functions read the system clock: the fair is two days from now, wherever now is.
  t.clock.set(new Date());
  const deps = fairsDeps(t.platform);
  const staff = await makeCaller(t.platform, ['staff'], '张丽');
  const fair = await publishedFair(deps, staff, [{ service: '理发', capacity: 20 }], {
    date: shanghaiDate(new Date(Date.now() + 2 * DAY)),
  });
  const slotId = fair.stalls[0]!.slots[0]!.id;
  const people = await manyResidents(t.platform, 500, 'bench-storm');
  const started = performance.now();
  const latencies: number[] = [];
  const results = await Promise.all(
    people.map(async (p) => {
      const t0 = performance.now();
      const result = await invoke(t, p.openid, 'book', { slotId, requestId: rid() });
      latencies.push(performance.now() - t0);
      return result;
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const statuses = results.map((r) => (r.ok ? (r.data as { status: string }).status : r.error?.code));
  const confirmed = statuses.filter((s) => s === 'confirmed').length;
  const waiting = statuses.filter((s) => s === 'waiting').length;
  latencies.sort((a, b) => a - b);
  const throughput = 500 / seconds;
  const p95 = percentile(latencies, 95);
  return [
    {
      bench: 'storm: 500 bookings for 20 seats → confirmed / waitlisted',
      value: `${confirmed} / ${waiting}`,
      target: '20 / 480',
      ok: confirmed === 20 && waiting === 480,
    },
    {
      bench: 'storm: booking throughput (function, 4 instances)',
      value: `${throughput.toFixed(0)} bookings/s`,
      target: '≥ 50 bookings/s',
      ok: throughput >= 50,
    },
    {
      bench: 'storm: booking latency p50 / p95 (queued behind the storm)',
      value: `${ms(percentile(latencies, 50))} / ${ms(p95)}`,
      target: 'p95 ≤ 10 s',
      ok: p95 <= 10_000,
    },
  ];
};

/** Two years of fairs: 50 fairs (one a fortnight), 400 stalls, 1,800 slots, 40,000 bookings. */
const twoYears = async (t: TestCloud): Promise<{ upcomingId: string }> => {
  const db = t.platform.db;
  const now = t.clock.now();
  const add = async (collection: string, docs: Record<string, unknown>[]) => {
    for (let i = 0; i < docs.length; i += 500) await db.collection(collection).add(docs.slice(i, i + 500));
  };
  const fairDocs: Record<string, unknown>[] = [];
  const stallDocs: Record<string, unknown>[] = [];
  const slotDocs: Record<string, unknown>[] = [];
  const bookingDocs: Record<string, unknown>[] = [];
  let upcomingId = '';
  for (let f = 0; f < 50; f += 1) {
    const day = new Date(now.getTime() + (f - 48) * 14 * DAY);
    const date = shanghaiDate(day);
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const opensAt = new Date(Date.UTC(y, m - 1, d, 0, 30));
    const fairId = `bench-fair-${f}`;
    if (opensAt > now && !upcomingId) upcomingId = fairId;
    fairDocs.push({
      _id: fairId,
      title: `志愿服务大集 ${date}`,
      date,
      opensAt,
      closesAt: new Date(opensAt.getTime() + 3 * 3600_000),
      place: '社区广场',
      description: '',
      bookingCap: 3,
      status: 'published',
      stallCount: 8,
      createKey: `bench:${fairId}`,
      createdBy: 'bench',
      createdAt: opensAt,
      updatedAt: opensAt,
    });
    for (let s = 0; s < 8; s += 1) {
      const stallId = `${fairId}-s${s}`;
      const slots = s < 6;
      stallDocs.push({
        _id: stallId,
        fairId,
        order: s,
        service: `服务${s}`,
        serviceType: 'other',
        team: '',
        location: '',
        mode: slots ? 'slots' : 'walkin',
        slotMinutes: 30,
        capacity: 20,
        audience: 'all',
        buildingIds: [],
        checkinToken: `B${String(f * 8 + s).padStart(7, '0')}`,
        createKey: `bench:${stallId}`,
        createdAt: opensAt,
      });
      if (!slots) continue;
      for (let k = 0; k < 6; k += 1) {
        const slotId = `${stallId}_${k}`;
        const queue: string[] = [];
        const count = 22 + ((f + s + k) % 2); // ~800 bookings a fair
        for (let b = 0; b < count && bookingDocs.length < 40_000; b += 1) {
          const id = `${slotId}-b${b}`;
          const userId = `bench-user-${(f * 977 + s * 131 + k * 29 + b) % 3000}`;
          queue.push(id);
          const startsAt = new Date(opensAt.getTime() + k * 30 * 60_000);
          bookingDocs.push({
            _id: id,
            fairId,
            stallId,
            slotId,
            userId,
            personName: '居民',
            home: '',
            room: '101',
            elder: b % 3 === 0,
            bookedBy: userId,
            bookedByName: '居民',
            proxy: false,
            requestId: id,
            status: opensAt < now ? (b % 7 === 0 ? 'confirmed' : 'checked_in') : b < 20 ? 'confirmed' : 'waiting',
            shortCode: String(100000 + b),
            activeKey: `x|${id}|a`,
            capKey: `x|${id}|c`,
            startsAt,
            endsAt: new Date(startsAt.getTime() + 30 * 60_000),
            createdAt: opensAt,
          });
        }
        slotDocs.push({
          _id: slotId,
          fairId,
          stallId,
          index: k,
          startsAt: new Date(opensAt.getTime() + k * 30 * 60_000),
          endsAt: new Date(opensAt.getTime() + (k + 1) * 30 * 60_000),
          capacity: 20,
          queue,
          queued: queue.length,
          version: 0,
          syncNeeded: false,
        });
      }
    }
  }
  await add('fairs', fairDocs);
  await add('fair_stalls', stallDocs);
  await add('fair_slots', slotDocs);
  await add('fair_bookings', bookingDocs);
  return { upcomingId };
};

const timed = async (n: number, work: () => Promise<unknown>): Promise<number[]> => {
  const out: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const t0 = performance.now();
    await work();
    out.push(performance.now() - t0);
  }
  return out.sort((a, b) => a - b);
};

export const benchFairs = async (): Promise<Row[]> => {
  const rows: Row[] = [];
  const stormCloud = await startTestCloud();
  try {
    rows.push(...(await storm(stormCloud)));
  } finally {
    await stormCloud.close();
  }
  const t = await startTestCloud();
  try {
    t.clock.set(new Date());
    const { upcomingId } = await twoYears(t);
    const [resident] = await manyResidents(t.platform, 1, 'bench-reader');
    const openid = resident!.openid;
    await invoke(t, openid, 'listFairs', {}); // warm the instance
    const list = await timed(200, () => invoke(t, openid, 'listFairs', {}));
    const detail = await timed(100, () => invoke(t, openid, 'getFair', { fairId: upcomingId }));
    const deps = fairsDeps(t.platform);
    const staff = await makeCaller(t.platform, ['staff']);
    const { fairStats } = await import('../server/fairs/use-cases/stats/stats');
    const stats = await timed(10, () => fairStats(parsed(actions.fairStats, { fairId: 'bench-fair-40' }), deps));
    void staff;
    rows.push(
      {
        bench: 'fair list p50 / p95 (2 years: 50 fairs, 400 stalls, 40,000 bookings; function)',
        value: `${ms(percentile(list, 50))} / ${ms(percentile(list, 95))}`,
        target: 'p95 ≤ 100 ms',
        ok: percentile(list, 95) <= 100,
      },
      {
        bench: 'fair detail p50 / p95 (8 stalls, 36 slots, same data; function)',
        value: `${ms(percentile(detail, 50))} / ${ms(percentile(detail, 95))}`,
        target: 'p95 ≤ 200 ms',
        ok: percentile(detail, 95) <= 200,
      },
      {
        bench: 'statistics of one fair (800 bookings) p95, in process',
        value: ms(percentile(stats, 95)),
        target: '≤ 1 s',
        ok: percentile(stats, 95) <= 1000,
      },
    );
  } finally {
    await t.close();
  }
  return rows;
};
