/**
 * Announcements figures, through the real SDK on a fresh local cloud: the feed query's latency
 * with 100 and with 10,000 notices for 2,000 residents (it should not grow: one indexed query
 * on the reader's audience keys), publishing one notice to all 2,000 (audience snapshot and
 * inbox delivery), and read receipts recorded per second.
 * Run alone: `npx tsx bench/announcements.ts`.
 */
import { NOTICE_CATEGORIES } from '@contracts/announcements';
import { announcementsDeps } from '@server/announcements/deps';
import { audienceKeys } from '@server/announcements/domain/audience';
import type { Audience, Notice } from '@server/announcements/domain/notice';
import { createNotice } from '@server/announcements/use-cases/create-notice/create-notice';
import { listFeed } from '@server/announcements/use-cases/list-feed/list-feed';
import { openNotice } from '@server/announcements/use-cases/open-notice/open-notice';
import { publishNotice } from '@server/announcements/use-cases/publish-notice/publish-notice';
import { newId } from '@server/kernel/ids';
import { DAY } from '@server/kernel/clock';
import { mapLimit } from '@server/platform/concurrency';
import type { Caller } from '@server/users/caller';
import type { User } from '@server/users/domain/user';
import { startTestCloud, type TestCloud } from '../test/support/cloud';
import { makeCaller } from '../test/support/personas';
import { percentile, printTable, type Row } from './table';

const RESIDENTS = 2000;
const BUILDINGS = 8;
const SAMPLES = 300;
const WARM_UP = 50;

/** A deterministic pseudo-random sequence, so every run measures the same community. */
const random = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

const addResidents = async (t: TestCloud): Promise<User[]> => {
  const db = t.platform.db;
  await db
    .collection('buildings')
    .add(
      Array.from({ length: BUILDINGS }, (_, i) => ({ _id: `b${i + 1}`, name: `${i + 1}号楼`, units: ['1单元', '2单元'], order: i + 1 })),
    );
  const rnd = random(7);
  const now = t.clock.now();
  const users: User[] = Array.from({ length: RESIDENTS }, (_, i) => {
    const building = `b${(i % BUILDINGS) + 1}`;
    return {
      id: `bench-u${String(i).padStart(5, '0')}`,
      openid: `bench-openid-${i}`,
      name: `居民${i}`,
      roles: rnd() < 0.1 ? ['resident', 'volunteer'] : ['resident'],
      birthYear: rnd() < 0.3 ? 1950 : 1985,
      household: {
        buildingId: building,
        buildingName: `${(i % BUILDINGS) + 1}号楼`,
        unit: '1单元',
        room: String(100 + i),
        status: 'verified',
      },
      createdAt: now,
      updatedAt: now,
    };
  });
  for (let i = 0; i < users.length; i += 500)
    await db.collection('users').add(users.slice(i, i + 500).map(({ id, ...u }) => ({ _id: id, ...u })));
  return users;
};

/** Notices as the staff pages would leave them: a mix of audiences and categories over two years. */
const addNotices = async (t: TestCloud, count: number, seed: number): Promise<void> => {
  const rnd = random(seed);
  const now = t.clock.now().getTime();
  const docs: (Omit<Notice, 'id'> & { _id: string })[] = [];
  for (let i = 0; i < count; i += 1) {
    const r = rnd();
    const audience: Audience =
      r < 0.4
        ? { kind: 'all', buildingIds: [], buildingNames: [], groups: [] }
        : r < 0.8
          ? { kind: 'buildings', buildingIds: [`b${1 + Math.floor(rnd() * BUILDINGS)}`], buildingNames: ['某号楼'], groups: [] }
          : { kind: 'groups', buildingIds: [], buildingNames: [], groups: [rnd() < 0.5 ? 'elder' : 'volunteer'] };
    const at = new Date(now - Math.floor(rnd() * 730 * DAY));
    const id = newId();
    docs.push({
      _id: id,
      requestKey: `bench:${id}`,
      title: `通知${i}`,
      category: NOTICE_CATEGORIES[Math.floor(rnd() * NOTICE_CATEGORIES.length)] ?? 'notice',
      body: '正文',
      blocks: [{ type: 'paragraph', spans: [{ text: '明天上午停水，请提前储水。' }] }],
      images: [],
      attachments: [],
      mustAck: rnd() < 0.2,
      audience,
      audienceKeys: audienceKeys(audience),
      status: 'published',
      pinned: false,
      publishedAt: at,
      revision: 0,
      audienceSize: 0,
      authorId: 'bench',
      authorName: '张丽',
      createdAt: at,
      updatedAt: at,
    });
  }
  for (let i = 0; i < docs.length; i += 500) await t.platform.db.collection('notices').add(docs.slice(i, i + 500));
};

const asCaller = (u: User): Caller => ({ openid: u.openid, roles: u.roles, user: u });

/** Sequential first-page feed queries of random residents (the whole use case: notices + own receipts). */
const feedLatencies = async (t: TestCloud, users: User[]): Promise<number[]> => {
  const deps = announcementsDeps(t.platform);
  const rnd = random(99);
  const times: number[] = [];
  for (let i = 0; i < SAMPLES + WARM_UP; i += 1) {
    const user = users[Math.floor(rnd() * users.length)] as User;
    const started = performance.now();
    const page = await listFeed({ limit: 20 }, asCaller(user), deps);
    if (!page.ok || page.data.items.length === 0) throw new Error('feed returned nothing');
    if (i >= WARM_UP) times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
};

const ms = (value: number) => `${value.toFixed(1)} ms`;

export const benchAnnouncements = async (): Promise<Row[]> => {
  const t = await startTestCloud();
  try {
    const users = await addResidents(t);
    await addNotices(t, 100, 1);
    const small = await feedLatencies(t, users);
    await addNotices(t, 9900, 2);
    const large = await feedLatencies(t, users);
    const p95Small = percentile(small, 95);
    const p95Large = percentile(large, 95);

    // One notice to everyone, through the real publish: snapshot of 2,000 receipts + 2,000 inbox messages.
    const deps = announcementsDeps(t.platform);
    const staff = await makeCaller(t.platform, ['staff'], '张丽');
    const draft = await createNotice(
      {
        requestId: newId(),
        title: '全小区停水',
        category: 'notice',
        body: '明天停水',
        images: [],
        attachments: [],
        audience: 'all',
        buildingIds: [],
        groups: [],
        mustAck: true,
      },
      staff,
      deps,
    );
    if (!draft.ok) throw new Error(draft.error.message);
    let started = performance.now();
    const published = await publishNotice({ noticeId: draft.data.id, confirmReview: false }, staff, deps);
    const publishSeconds = (performance.now() - started) / 1000;
    if (!published.ok || (published.data.audienceSize ?? 0) < RESIDENTS) throw new Error('publish did not reach everyone');

    // Every resident opens it once (16 at a time): each records one receipt and clears one inbox message.
    started = performance.now();
    await mapLimit(users, 16, async (u) => {
      const r = await openNotice(draft.data.id, asCaller(u), deps);
      if (!r.ok) throw new Error(r.error.message);
    });
    const receiptsPerSecond = RESIDENTS / ((performance.now() - started) / 1000);
    const counts = await deps.receipts.counts(draft.data.id);
    if (counts.read !== RESIDENTS) throw new Error(`expected ${RESIDENTS} reads, counted ${counts.read}`);

    // The receipt write alone (conditional update of the snapshot receipt), again for everyone.
    const second = await createNotice(
      {
        requestId: newId(),
        title: '电梯检修',
        category: 'notice',
        body: '后天检修',
        images: [],
        attachments: [],
        audience: 'all',
        buildingIds: [],
        groups: [],
        mustAck: false,
      },
      staff,
      deps,
    );
    if (!second.ok || !(await publishNotice({ noticeId: second.data.id, confirmReview: false }, staff, deps)).ok)
      throw new Error('second publish failed');
    started = performance.now();
    await mapLimit(users, 16, (u) => deps.receipts.markRead(second.data.id, u.id, { name: u.name }, t.clock.now()));
    const writesPerSecond = RESIDENTS / ((performance.now() - started) / 1000);

    return [
      {
        bench: 'feed first page p95, 100 notices (2,000 residents)',
        value: `${ms(p95Small)} (p50 ${ms(percentile(small, 50))})`,
        target: '≤ 50 ms',
        ok: p95Small <= 50,
      },
      {
        bench: 'feed first page p95, 10,000 notices',
        value: `${ms(p95Large)} (p50 ${ms(percentile(large, 50))})`,
        target: '≤ 50 ms',
        ok: p95Large <= 50,
      },
      {
        bench: 'feed p95 ratio 10,000 vs 100 notices',
        value: `${(p95Large / p95Small).toFixed(2)}×`,
        target: '≤ 2× (flat)',
        ok: p95Large / p95Small <= 2,
      },
      {
        bench: 'publish to 2,000 residents (snapshot + inbox)',
        value: `${publishSeconds.toFixed(1)} s`,
        target: '≤ 10 s',
        ok: publishSeconds <= 10,
      },
      {
        bench: 'read receipts (openNotice, 16 at a time)',
        value: `${receiptsPerSecond.toFixed(0)}/s`,
        target: '≥ 200/s',
        ok: receiptsPerSecond >= 200,
      },
      {
        bench: 'receipt writes alone (markRead, 16 at a time)',
        value: `${writesPerSecond.toFixed(0)}/s`,
        target: '≥ 500/s',
        ok: writesPerSecond >= 500,
      },
    ];
  } finally {
    await t.close();
  }
};

if ((process.argv[1] ?? '').endsWith('announcements.ts')) void benchAnnouncements().then((rows) => printTable('announcements', rows));
