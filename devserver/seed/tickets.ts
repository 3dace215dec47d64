import { randomBytes } from 'node:crypto';
import type { ActionDef, ActionInput, ParsedInput } from '@contracts/action';
import type { Envelope } from '@contracts/envelope';
import { tickets } from '@contracts/tickets';
import { shanghaiDate } from '@contracts/time';
import { validateInput } from '@contracts/validate';
import { DAY, HOUR, ManualClock } from '@server/kernel/clock';
import { ticketsDeps } from '@server/tickets/deps';
import {
  acceptTicket,
  replyTicket,
  resolveTicket,
  setExpectedTime,
  startTicket,
} from '@server/tickets/use-cases/handle-ticket/handle-ticket';
import { followTicket } from '@server/tickets/use-cases/follow-ticket/follow-ticket';
import { confirmTicket } from '@server/tickets/use-cases/resident-changes/resident-changes';
import { submitTicket } from '@server/tickets/use-cases/submit-ticket/submit-ticket';
import { resolveCaller, type Caller } from '@server/users/caller';
import { usersDeps } from '@server/users/deps';
import type { SeedContext } from './context';

const parse = <A extends ActionDef>(def: A, input: ActionInput<A>): ParsedInput<A> => {
  const result = validateInput(def.input, input);
  if (!result.ok) throw new Error(`seed input for ${def.name}: ${JSON.stringify(result.fields)}`);
  return result.value as ParsedInput<A>;
};

const must = <T>(result: Envelope<T>): T => {
  if (!result.ok) throw new Error(`seeding tickets: ${result.error.code} ${result.error.message}`);
  return result.data;
};

const rid = () => randomBytes(9).toString('base64url');

/**
 * Demo tickets in every stage, made through the use cases with a clock set in the past, so
 * timelines, deadlines and inbox messages are what real use would leave: an elder's leaking tap
 * being fixed, a dark lamp post a neighbour also reported (overdue at the first timer run), a
 * loose manhole cover taken on, a noise complaint answered and rated, a complaint held for
 * review before neighbours may read it, a suggestion waiting.
 */
export const seedTickets = async (ctx: SeedContext): Promise<void> => {
  const now = ctx.platform.clock.now().getTime();
  const clock = new ManualClock(new Date(now));
  const deps = ticketsDeps({ ...ctx.platform, clock });
  const people = usersDeps(ctx.platform);
  const who = async (openid: string): Promise<Caller> => resolveCaller(openid, people);
  const [elder, young, staff, property] = await Promise.all(['demo-elder', 'demo-resident', 'demo-staff', 'demo-property'].map(who));
  const [sun, feng, zhou] = await Promise.all(['seed-neighbour-1', 'seed-neighbour-5', 'seed-neighbour-2'].map(who));
  if (!elder || !young || !staff || !property || !sun || !feng || !zhou) throw new Error('seed people missing');
  const at = (ms: number) => clock.set(new Date(now + ms));
  const change = (ticketId: string) => ({ ticketId, requestId: rid() });

  // 王秀英's tap: accepted, a time set, being fixed.
  at(-3 * DAY);
  const tap = must(
    await submitTicket(
      parse(tickets.submitTicket, {
        requestId: rid(),
        kind: 'repair',
        categoryId: 'water_power',
        description: '卫生间水龙头一直滴水，关不紧，晚上听得很清楚',
        where: 'household',
        visit: { date: shanghaiDate(new Date(now - 2 * DAY)), slot: 'morning' },
        public: false,
      }),
      elder,
      deps,
    ),
  );
  at(-3 * DAY + HOUR);
  must(await acceptTicket(parse(tickets.acceptTicket, { ...change(tap.id), note: '明天上午上门查看' }), property, deps));
  must(
    await setExpectedTime(
      parse(tickets.setExpectedTime, { ...change(tap.id), expectedAt: new Date(now + DAY).toISOString() }),
      property,
      deps,
    ),
  );
  at(-2 * DAY);
  must(await startTicket(parse(tickets.startTicket, { ...change(tap.id), note: '阀芯老化，需要换新的，已订货' }), property, deps));

  // 李明's dark lamp post, which 冯玉梅 also ran into: nobody has answered yet.
  at(-2 * DAY);
  const lamp = must(
    await submitTicket(
      parse(tickets.submitTicket, {
        requestId: rid(),
        kind: 'repair',
        categoryId: 'facilities',
        description: '3号楼东侧路灯不亮，晚上很黑，老人走路不安全',
        where: 'public',
        buildingId: 'b3',
        spot: '3号楼东侧路灯',
        public: true,
      }),
      young,
      deps,
    ),
  );
  must(await followTicket({ ticketId: lamp.id }, feng, deps));

  // 孙桂兰's loose manhole cover: taken by the property company, a reply on the way.
  at(-DAY);
  const manhole = must(
    await submitTicket(
      parse(tickets.submitTicket, {
        requestId: rid(),
        kind: 'repair',
        categoryId: 'facilities',
        description: '北门井盖松动，踩上去会响',
        where: 'public',
        spot: '小区北门井盖',
        public: true,
      }),
      sun,
      deps,
    ),
  );
  at(-DAY + 2 * HOUR);
  must(await acceptTicket(parse(tickets.acceptTicket, change(manhole.id)), property, deps));
  must(await replyTicket(parse(tickets.replyTicket, { ...change(manhole.id), text: '已放警示牌，明天加固井盖' }), property, deps));

  // 周德福's noise complaint: answered by community staff and closed.
  at(-5 * DAY);
  const noise = must(
    await submitTicket(
      parse(tickets.submitTicket, {
        requestId: rid(),
        kind: 'complaint',
        categoryId: 'noise',
        description: '楼上装修，中午休息时间也在打钻',
        where: 'household',
        public: false,
      }),
      zhou,
      deps,
    ),
  );
  at(-5 * DAY + HOUR);
  must(await acceptTicket(parse(tickets.acceptTicket, change(noise.id)), staff, deps));
  must(await replyTicket(parse(tickets.replyTicket, { ...change(noise.id), text: '已联系装修户，中午12点到2点停工' }), staff, deps));
  at(-4 * DAY);
  must(await resolveTicket(parse(tickets.resolveTicket, { ...change(noise.id), note: '装修户已承诺按时段施工，社区会回访' }), staff, deps));
  at(-3 * DAY);
  must(await confirmTicket(parse(tickets.confirmTicket, { ...change(noise.id), stars: 4, comment: '处理得挺快' }), zhou, deps));

  // 冯's complaint about stairwell adverts: public, but its words ("兼职刷单") make the content
  // check hold it until staff read it (the queue's 待审核公开).
  at(-2 * HOUR);
  must(
    await submitTicket(
      parse(tickets.submitTicket, {
        requestId: rid(),
        kind: 'complaint',
        categoryId: 'sanitation',
        description: '5号楼楼道里贴满了兼职刷单的小广告，撕了又贴，希望清理',
        where: 'public',
        spot: '5号楼楼道',
        public: true,
      }),
      feng,
      deps,
    ),
  );

  // 王秀英's suggestion, just filed.
  at(-HOUR);
  must(
    await submitTicket(
      parse(tickets.submitTicket, {
        requestId: rid(),
        kind: 'suggestion',
        categoryId: 'other',
        description: '建议在小区广场多放几张长椅，老人晒太阳可以坐',
        where: 'public',
        spot: '小区广场',
        public: true,
      }),
      elder,
      deps,
    ),
  );
};
