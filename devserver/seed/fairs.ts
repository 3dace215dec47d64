import { fairs as actions, type FairDetail } from '@contracts/fairs';
import { shanghaiDate, shanghaiParts } from '@contracts/time';
import type { Platform } from '@server/app/platform';
import { fairsDeps } from '@server/fairs/deps';
import { book } from '@server/fairs/use-cases/book/book';
import { verifyCode } from '@server/fairs/use-cases/check-in/check-in';
import { addStall } from '@server/fairs/use-cases/add-stall/add-stall';
import { createFair } from '@server/fairs/use-cases/create-fair/create-fair';
import { publishFair } from '@server/fairs/use-cases/publish-fair/publish-fair';
import { shiftCheckIn, shiftCheckOut } from '@server/fairs/use-cases/shift-presence/shift-presence';
import { addShift, assignShift } from '@server/fairs/use-cases/shifts/shifts';
import { recordWalkIn } from '@server/fairs/use-cases/walk-in/walk-in';
import { DAY, ManualClock } from '@server/kernel/clock';
import { parseInput } from '@server/kernel/validate';
import type { Caller } from '@server/users/caller';
import type { User } from '@server/users/domain/user';
import type { SeedContext } from './context';

type Def = (typeof actions)[keyof typeof actions];
const input = <A extends Def>(def: A, raw: unknown): never => {
  const parsed = parseInput(def.input, raw);
  if (!parsed.ok) throw new Error(`seed input for ${def.name}: ${parsed.error.message}`);
  return parsed.data as never;
};
const must = <T>(result: { ok: true; data: T } | { ok: false; error: { message: string } }): T => {
  if (!result.ok) throw new Error(`fairs seed: ${result.error.message}`);
  return result.data;
};
const callerOf = (user: User): Caller => ({ openid: user.openid, roles: user.roles, user });

let n = 0;
const rid = () => `seed-fair-${(n += 1)}`;

const STALLS = [
  { service: '理发', serviceType: 'haircut', team: '巧手理发志愿队', location: '东侧1号桌', mode: 'slots', slotMinutes: 30, capacity: 4 },
  {
    service: '眼科检查',
    serviceType: 'eyes',
    team: '区人民医院眼科',
    location: '东侧2号桌',
    mode: 'slots',
    slotMinutes: 30,
    capacity: 6,
    audience: 'elders',
  },
  { service: '家电维修', serviceType: 'repair', team: '电工志愿队', location: '西侧1号桌', mode: 'slots', slotMinutes: 60, capacity: 3 },
  { service: '磨刀磨剪', serviceType: 'sharpening', team: '老手艺人', location: '西侧2号桌', mode: 'walkin' },
  { service: '平价蔬菜', serviceType: 'vegetables', team: '农户直供', location: '门口', mode: 'walkin' },
] as const;

/** A fair on `date` with the demo stalls and one shift per stall, staffed by the demo volunteer. */
const makeFair = async (platform: Platform, staff: Caller, volunteer: User, date: string, title: string): Promise<FairDetail> => {
  const deps = fairsDeps(platform);
  let fair = must(
    await createFair(
      input(actions.createFair, {
        requestId: rid(),
        title,
        date,
        opensAt: '08:30',
        closesAt: '11:30',
        place: '潘苑社区办公楼前广场',
        description: '理发、磨刀、眼科检查、家电维修、平价蔬菜。长者优先，可请家人或志愿者代约。',
        bookingCap: 3,
      }),
      staff,
      deps,
    ),
  );
  for (const s of STALLS) fair = must(await addStall(input(actions.addStall, { fairId: fair.id, requestId: rid(), ...s }), staff, deps));
  for (const stall of fair.stalls) {
    const shift = must(
      await addShift(
        input(actions.addShift, { stallId: stall.id, requestId: rid(), startsAt: '08:15', endsAt: '11:30', capacity: 2 }),
        staff,
        deps,
      ),
    );
    if (stall.service === '理发')
      must(await assignShift(input(actions.assignShift, { shiftId: shift.id, volunteerId: volunteer.id }), staff, deps));
  }
  return must(await publishFair(input(actions.publishFair, { fairId: fair.id }), staff, deps));
};

/**
 * Two fairs: one two weeks ago (served, checked in, volunteer hours in the ledger — so the board,
 * statistics and hours have something to show) and one coming up that neighbours have booked.
 */
export const seedFairs = async (ctx: SeedContext): Promise<void> => {
  const staffUser = ctx.people.get('demo-staff');
  const volunteer = ctx.people.get('demo-volunteer');
  if (!staffUser || !volunteer) return;
  const staff = callerOf(staffUser);
  const now = ctx.platform.clock.now();
  const neighbours = [...ctx.people.values()].filter((u) => u.openid.startsWith('seed-neighbour-')).map(callerOf);

  // The past fair, made and run on its own day.
  const pastDay = new Date(now.getTime() - 14 * DAY);
  const pastDate = shanghaiDate(pastDay);
  const clock = new ManualClock(new Date(pastDay.getTime() - 3 * DAY));
  const past = { ...ctx.platform, clock };
  const pastDeps = fairsDeps(past);
  const fair = await makeFair(past, staff, volunteer, pastDate, '潘苑志愿服务大集（上期）');
  const haircut = fair.stalls[0]!;
  const booked = [];
  for (const [i, person] of neighbours.slice(0, 6).entries())
    booked.push(must(await book(input(actions.book, { slotId: haircut.slots[i % 4]!.id, requestId: rid() }), person, pastDeps)));
  const { year, month, day } = shanghaiParts(pastDay);
  const at = (h: number, m: number) => clock.set(new Date(Date.UTC(year, month - 1, day, h - 8, m)));
  at(8, 20);
  const code = (await ctx.platform.db.collection('fair_stalls').doc(haircut.id).get()).data[0] as { checkinToken: string };
  must(await shiftCheckIn(input(actions.shiftCheckIn, { stallCode: code.checkinToken }), callerOf(volunteer), pastDeps));
  for (const [i, b] of booked.entries()) {
    if (i === 5) continue; // one no-show
    at(8, 35 + i * 10);
    must(await verifyCode(input(actions.verifyCode, { stallId: haircut.id, code: b.shortCode }), callerOf(volunteer), pastDeps));
  }
  for (let i = 0; i < 3; i += 1)
    must(await recordWalkIn(input(actions.recordWalkIn, { stallId: fair.stalls[3]!.id, requestId: rid(), elder: i < 2 }), staff, pastDeps));
  at(11, 20);
  must(await shiftCheckOut(input(actions.shiftCheckOut, { stallCode: code.checkinToken }), callerOf(volunteer), pastDeps));

  // The coming fair, five days ahead, with a few neighbours booked.
  const coming = await makeFair(ctx.platform, staff, volunteer, shanghaiDate(new Date(now.getTime() + 5 * DAY)), '潘苑志愿服务大集');
  const deps = fairsDeps(ctx.platform);
  for (const [i, person] of neighbours.slice(0, 5).entries())
    must(await book(input(actions.book, { slotId: coming.stalls[0]!.slots[i % 2]!.id, requestId: rid() }), person, deps));
};
