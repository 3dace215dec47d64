import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OPEN_STATUSES, tickets, type TicketStatus } from '@contracts/tickets';
import type { Envelope } from '@contracts/envelope';
import { createDomainFunction } from '@server/app/domain-function';
import type { Platform } from '@server/app/platform';
import { DAY, HOUR, ManualClock } from '@server/kernel/clock';
import type { Ticket } from '@server/tickets/domain/ticket';
import { ticketsDeps } from '@server/tickets/deps';
import { ticketsHandlers } from '@server/tickets/handlers';
import { startLinli } from '../devserver';
import { buildFunctions } from '../scripts/build-functions';
import { contextFor } from '../test/support/cloud';
import { makeCaller } from '../test/support/personas';
import { isMain } from './localcloud/common';
import { percentile, type Row } from './table';

/**
 * 报事报修's figures: the staff queue and "my tickets" at 100,000 tickets next to 1,000 (indexed,
 * cursor-based paging should keep them flat), and a 9-photo report end to end through the
 * browser gateway (reserve paths, nine uploads, submit) as the app does it.
 */
const CALLS = 150;
const BATCH = 500;
const BUILDINGS = 8;
const CATEGORIES = ['water_power', 'doors_windows', 'facilities', 'sanitation', 'noise', 'safety', 'property_service', 'other'];
const NOW = new Date('2026-11-19T02:00:00.000Z');

/** A plausible ticket: most tickets in a community's history are finished. */
const ticketAt = (
  i: number,
  n: number,
  people: { reporter: string; staff: string; others: string[] },
): Omit<Ticket, 'id'> & { _id: string } => {
  const createdAt = new Date(NOW.getTime() - Math.floor(((n - i) / n) * 720 * DAY) - (i % 1000));
  const open = i % 10 === 0;
  const status: TicketStatus = open ? OPEN_STATUSES[i % 3]! : (['closed', 'closed', 'closed', 'rejected', 'cancelled'] as const)[i % 5]!;
  const building = (i % BUILDINGS) + 1;
  const category = CATEGORIES[(i >> 3) % CATEGORIES.length]!;
  const assigned = status !== 'submitted' && status !== 'cancelled';
  // One reporter files 1% of everything: their "my tickets" grows with the community.
  const reporterId = i % 100 === 0 ? people.reporter : people.others[i % people.others.length]!;
  return {
    _id: `b${i.toString(36)}${randomBytes(4).toString('hex')}`,
    version: 2,
    kind: 'repair',
    categoryId: category,
    categoryName: category,
    handlerOrg: i % 2 ? 'property' : 'community',
    firstResponseHours: 4,
    resolutionHours: 48,
    status,
    description: `第${i}号：楼道灯不亮，晚上看不清台阶，老人上下楼不方便`,
    photos: [],
    place: {
      type: 'public',
      buildingId: `b${building}`,
      buildingName: `${building}号楼`,
      spot: `${building}号楼楼道`,
      spotKey: `${building}号楼楼道`,
    },
    buildingId: `b${building}`,
    public: i % 3 === 0,
    listed: i % 3 === 0,
    held: false,
    reporterId,
    assigneeId: assigned ? people.staff : '',
    ...(assigned ? { assigneeName: '张丽', assigneeRole: 'staff' as const, firstResponseAt: new Date(createdAt.getTime() + HOUR) } : {}),
    followerIds: [],
    createdAt,
    updatedAt: createdAt,
    responseDueAt: new Date(createdAt.getTime() + 4 * HOUR),
    resolutionDueAt: new Date(createdAt.getTime() + 48 * HOUR),
    overdue: open && i % 7 === 0,
    wasOverdue: i % 7 === 0,
    reopenCount: 0,
    ...(status === 'closed'
      ? { resolvedAt: new Date(createdAt.getTime() + 20 * HOUR), closedAt: new Date(createdAt.getTime() + 30 * HOUR) }
      : {}),
  };
};

const time = async (call: () => Promise<Envelope<unknown>>): Promise<number[]> => {
  for (let i = 0; i < 20; i += 1) await call();
  const out: number[] = [];
  for (let i = 0; i < CALLS; i += 1) {
    const started = performance.now();
    const result = await call();
    out.push(performance.now() - started);
    if (!result.ok) throw new Error(`bench call failed: ${result.error.code} ${result.error.message}`);
  }
  return out.sort((a, b) => a - b);
};

interface Scale {
  p95: Record<string, number>;
  loadSeconds: number;
}

const QUERIES = [
  'queue, open, first page',
  'queue, category + building',
  'queue, page 10 (cursor)',
  'my tickets, first page',
  'queue counts',
] as const;

const measureAt = async (n: number): Promise<Scale> => {
  const dataDir = mkdtempSync(join(tmpdir(), `linli-bench-tickets-${n}-`));
  const linli = await startLinli({
    dataDir,
    port: 0,
    runTimers: false,
    seedIfEmpty: false,
    clock: new ManualClock(NOW),
    log: () => undefined,
  });
  try {
    const platform: Platform = linli.platform;
    const [staff, reporter, ...others] = await Promise.all([
      makeCaller(platform, ['staff'], '张丽'),
      makeCaller(platform, ['resident'], '王秀英'),
      ...Array.from({ length: 20 }, (_v, i) => makeCaller(platform, ['resident'], `居民${i}`)),
    ]);
    if (!staff || !reporter) throw new Error('bench people missing');
    const people = { reporter: reporter.user.id, staff: staff.user.id, others: others.map((o) => o.user.id) };
    const loadStarted = performance.now();
    const collection = platform.db.collection('tickets');
    for (let start = 0; start < n; start += BATCH) {
      await collection.add(Array.from({ length: Math.min(BATCH, n - start) }, (_v, k) => ticketAt(start + k, n, people)));
    }
    const loadSeconds = (performance.now() - loadStarted) / 1000;

    const main = createDomainFunction({
      fn: 'tickets',
      actions: tickets,
      handlers: ticketsHandlers,
      deps: ticketsDeps,
      platform: () => platform,
    });
    const as = (openid: string, action: keyof typeof tickets, input: unknown) =>
      main({ action, input }, contextFor(openid)) as Promise<Envelope<{ nextCursor?: string }>>;

    // The cursor of page 10 of the open queue, found once.
    let cursor: string | undefined;
    for (let page = 0; page < 9; page += 1) {
      const result = await as(staff.openid, 'listQueue', { status: 'open', ...(cursor ? { cursor } : {}) });
      cursor = result.ok ? result.data.nextCursor : undefined;
    }

    const calls: Record<(typeof QUERIES)[number], () => Promise<Envelope<unknown>>> = {
      'queue, open, first page': () => as(staff.openid, 'listQueue', { status: 'open' }),
      'queue, category + building': () => as(staff.openid, 'listQueue', { status: 'open', categoryId: 'noise', buildingId: 'b3' }),
      'queue, page 10 (cursor)': () => as(staff.openid, 'listQueue', { status: 'open', ...(cursor ? { cursor } : {}) }),
      'my tickets, first page': () => as(reporter.openid, 'listMyTickets', {}),
      'queue counts': () => as(staff.openid, 'queueCounts', {}),
    };
    const p95: Record<string, number> = {};
    for (const name of QUERIES) p95[name] = percentile(await time(calls[name]), 95);
    return { p95, loadSeconds };
  } finally {
    await linli.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
};

/** A JPEG-sized payload (what a compressed phone photo weighs: ~150 KB). */
const PHOTO = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(150 * 1024)]);

const measureSubmission = async (): Promise<number[]> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'linli-bench-submit-'));
  const linli = await startLinli({ dataDir, port: 0, runTimers: false, seedIfEmpty: true, log: () => undefined });
  try {
    const openid = 'demo-elder';
    const post = async (path: string, body: unknown, type = 'application/json') => {
      const res = await fetch(`${linli.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': type, 'x-linli-openid': openid },
        body: type === 'application/json' ? JSON.stringify(body) : new Uint8Array(body as Buffer),
      });
      return (await res.json()) as { ok: boolean; data?: unknown; error?: { code: string; message: string } };
    };
    const submitOnce = async () => {
      const prepared = await post('/api/functions/users', {
        action: 'prepareUploads',
        input: { purpose: 'ticket', files: Array.from({ length: 9 }, () => ({ ext: 'jpg' })) },
      });
      const paths = (prepared.data as { uploads: { cloudPath: string }[] }).uploads.map((u) => u.cloudPath);
      const photos: string[] = [];
      for (const path of paths) {
        const uploaded = await post(`/api/files?cloudPath=${encodeURIComponent(path)}`, PHOTO, 'image/jpeg');
        photos.push((uploaded.data as { fileID: string }).fileID);
      }
      const filed = await post('/api/functions/tickets', {
        action: 'submitTicket',
        input: {
          requestId: randomBytes(9).toString('base64url'),
          kind: 'repair',
          categoryId: 'water_power',
          description: '卫生间漏水，天花板在滴水',
          photos,
          where: 'household',
          public: false,
        },
      });
      if (!filed.ok) throw new Error(`submit failed: ${filed.error?.code} ${filed.error?.message}`);
    };
    await submitOnce(); // warm: the functions' instances start
    const out: number[] = [];
    for (let i = 0; i < 15; i += 1) {
      const started = performance.now();
      await submitOnce();
      out.push(performance.now() - started);
    }
    return out.sort((a, b) => a - b);
  } finally {
    await linli.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
};

const ms = (n: number) => `${n.toFixed(1)} ms`;

export const benchTickets = async (): Promise<Row[]> => {
  await buildFunctions({ quiet: true });
  process.env.LINLI_LOG = 'silent';
  const small = await measureAt(1_000);
  const large = await measureAt(100_000);
  const rows: Row[] = QUERIES.map((name) => {
    const a = small.p95[name] ?? NaN;
    const b = large.p95[name] ?? NaN;
    return {
      bench: `${name}: p95 at 100k vs 1k`,
      value: `${ms(b)} vs ${ms(a)} (${(b / a).toFixed(2)}×)`,
      target: '≤ 2× and ≤ 50 ms',
      ok: b <= 2 * a && b <= 50,
    };
  });
  rows.push({ bench: 'loading 100,000 tickets (16 indexes)', value: `${large.loadSeconds.toFixed(1)} s`, target: undefined });
  const submit = await measureSubmission();
  const p50 = percentile(submit, 50);
  const p95 = percentile(submit, 95);
  rows.push({
    bench: '9-photo report via gateway (reserve + 9 × 150 KB + submit)',
    value: `p50 ${ms(p50)}, p95 ${ms(p95)}`,
    target: 'p95 ≤ 2,000 ms',
    ok: p95 <= 2000,
  });
  return rows;
};

if (isMain(__filename)) {
  benchTickets()
    .then((rows) => {
      for (const r of rows)
        console.log(
          `${r.bench}: ${r.value}${r.target ? ` (target ${r.target})` : ''}${r.ok === undefined ? '' : r.ok ? ' ok' : ' MISSED'}`,
        );
      process.exit(0);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
