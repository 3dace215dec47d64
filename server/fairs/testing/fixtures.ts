import type { ActionInput } from '@contracts/action';
import type { fairs, FairDetail } from '@contracts/fairs';
import type { Role } from '@contracts/roles';
import type { Platform } from '../../app/platform';
import { parseInput } from '../../kernel/validate';
import type { Caller } from '../../users/caller';
import type { Household, User } from '../../users/domain/user';
import { makeCaller } from '../../../test/support/personas';
import type { FairsDeps } from '../deps';
import { addStall } from '../use-cases/add-stall/add-stall';
import { createFair } from '../use-cases/create-fair/create-fair';
import { publishFair } from '../use-cases/publish-fair/publish-fair';

let seq = 0;
/** A fresh request id, as the app makes one per tap. */
export const rid = (): string => `req-${process.pid}-${(seq += 1)}-${Math.random().toString(36).slice(2, 8)}`;

const household = (building: number, room: string): Household => ({
  buildingId: `b${building}`,
  buildingName: `${building}号楼`,
  unit: '1单元',
  room,
  status: 'verified',
});

/** A resident with a verified household (an elder when born before 1966). */
export const resident = async (
  platform: Platform,
  opts: { name?: string; birthYear?: number; building?: number; room?: string; roles?: Role[] } = {},
): Promise<Caller> => {
  const caller = await makeCaller(platform, ['resident', ...(opts.roles ?? [])], opts.name ?? '居民');
  const patch = { household: household(opts.building ?? 1, opts.room ?? '101'), birthYear: opts.birthYear ?? 1980 };
  await platform.db.collection('users').doc(caller.user.id).update(patch);
  return { ...caller, user: { ...caller.user, ...patch } };
};

/** Many verified residents at once (one batch insert), for concurrency tests and benches. */
export const manyResidents = async (platform: Platform, n: number, tag: string): Promise<Caller[]> => {
  const now = platform.clock.now();
  const users: User[] = Array.from({ length: n }, (_, i) => ({
    id: `${tag}-${i}`,
    openid: `${tag}-openid-${i}`,
    name: `居民${i}`,
    roles: ['resident'],
    birthYear: i % 3 === 0 ? 1950 : 1985,
    household: household(1 + (i % 8), String(100 + i)),
    createdAt: now,
    updatedAt: now,
  }));
  for (let i = 0; i < users.length; i += 500) {
    await platform.db.collection('users').add(users.slice(i, i + 500).map(({ id, ...rest }) => ({ _id: id, ...rest })));
  }
  return users.map((user) => ({ openid: user.openid, roles: user.roles, user }));
};

/** Parses input with the action's schema, as the function entry would, so tests call use cases with real commands. */
export const parsed = <A extends (typeof fairs)[keyof typeof fairs]>(def: A, input: ActionInput<A>) => {
  const result = parseInput(def.input, input);
  if (!result.ok) throw new Error(`bad test input for ${def.name}: ${JSON.stringify(result.error)}`);
  return result.data as never;
};

export interface StallSpec {
  service?: string;
  mode?: 'slots' | 'walkin';
  slotMinutes?: number;
  capacity?: number;
  audience?: 'all' | 'elders' | 'building';
  buildingIds?: string[];
  bookingOpensAt?: string;
}

/** A published fair on 2026-11-22 (a Sunday) 09:00–11:00 Shanghai, with the given stalls. */
export const publishedFair = async (
  deps: FairsDeps,
  staff: Caller,
  stalls: StallSpec[],
  opts: { date?: string; opensAt?: string; closesAt?: string; bookingCap?: number; publish?: boolean } = {},
): Promise<FairDetail> => {
  const { fairs: actions } = await import('@contracts/fairs');
  const created = await createFair(
    parsed(actions.createFair, {
      requestId: rid(),
      title: '志愿服务大集',
      date: opts.date ?? '2026-11-22',
      opensAt: opts.opensAt ?? '09:00',
      closesAt: opts.closesAt ?? '11:00',
      place: '社区广场',
      bookingCap: opts.bookingCap ?? 3,
    }),
    staff,
    deps,
  );
  if (!created.ok) throw new Error(created.error.message);
  let detail = created.data;
  for (const s of stalls) {
    const added = await addStall(
      parsed(actions.addStall, {
        fairId: detail.id,
        requestId: rid(),
        service: s.service ?? '理发',
        serviceType: 'haircut',
        mode: s.mode ?? 'slots',
        slotMinutes: s.slotMinutes ?? 30,
        capacity: s.capacity ?? 5,
        audience: s.audience ?? 'all',
        buildingIds: s.buildingIds ?? [],
        ...(s.bookingOpensAt ? { bookingOpensAt: s.bookingOpensAt } : {}),
      }),
      staff,
      deps,
    );
    if (!added.ok) throw new Error(added.error.message);
    detail = added.data;
  }
  if (opts.publish === false) return detail;
  const published = await publishFair(parsed(actions.publishFair, { fairId: detail.id }), staff, deps);
  if (!published.ok) throw new Error(published.error.message);
  return published.data;
};
