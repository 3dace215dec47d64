import { shanghaiInstant } from '@contracts/time';
import { DEMO_PEOPLE } from '../demo-people';
import type { SeedContext } from './context';

const BUILDING_COUNT = 8;
const unitsOf = (n: number) => (n <= 4 ? ['1单元', '2单元', '3单元'] : ['1单元', '2单元']);

/** Neighbours besides the demo people, so lists, audiences and statistics look like a real community. */
const NEIGHBOURS: readonly { name: string; birthYear: number; building: number; unit: string; room: string }[] = [
  { name: '孙桂兰', birthYear: 1946, building: 1, unit: '2单元', room: '201' },
  { name: '周德福', birthYear: 1952, building: 1, unit: '3单元', room: '402' },
  { name: '吴淑珍', birthYear: 1958, building: 2, unit: '1单元', room: '102' },
  { name: '郑海涛', birthYear: 1983, building: 2, unit: '2单元', room: '601' },
  { name: '冯玉梅', birthYear: 1949, building: 3, unit: '1单元', room: '202' },
  { name: '褚志强', birthYear: 1988, building: 3, unit: '2单元', room: '402' },
  { name: '卫秀兰', birthYear: 1955, building: 3, unit: '2单元', room: '101' },
  { name: '蒋文博', birthYear: 1993, building: 4, unit: '1单元', room: '301' },
  { name: '沈凤英', birthYear: 1944, building: 4, unit: '3单元', room: '502' },
  { name: '韩立军', birthYear: 1969, building: 5, unit: '2单元', room: '402' },
  { name: '杨春花', birthYear: 1961, building: 6, unit: '1单元', room: '101' },
  { name: '朱建华', birthYear: 1975, building: 7, unit: '2单元', room: '302' },
  { name: '秦玉珍', birthYear: 1951, building: 8, unit: '1单元', room: '201' },
];

export const seedCommunity = async (ctx: SeedContext): Promise<void> => {
  const { db } = ctx.platform;
  const createdAt = shanghaiInstant(2026, 9, 1, 9, 0);
  for (let n = 1; n <= BUILDING_COUNT; n += 1) {
    const building = { _id: `b${n}`, name: `${n}号楼`, units: unitsOf(n), order: n };
    await db.collection('buildings').add(building);
    ctx.buildings.push({ id: building._id, name: building.name, units: building.units, order: n });
  }
  const buildingOf = (n: number) => ctx.buildings[n - 1]!;

  const people = [
    ...DEMO_PEOPLE.map((p) => ({ ...p })),
    ...NEIGHBOURS.map((p, i) => ({
      openid: `seed-neighbour-${i + 1}`,
      name: p.name,
      label: '居民',
      roles: ['resident' as const],
      birthYear: p.birthYear,
      home: { building: p.building, unit: p.unit, room: p.room },
    })),
  ];
  for (const [i, person] of people.entries()) {
    const at = new Date(createdAt.getTime() + i * 60_000);
    const home = person.home;
    const household = home
      ? {
          buildingId: buildingOf(home.building).id,
          buildingName: buildingOf(home.building).name,
          unit: home.unit,
          room: home.room,
          status: 'verified' as const,
          reviewedBy: 'system',
          reviewedAt: at,
        }
      : undefined;
    const user = await ctx.users.create({
      openid: person.openid,
      name: person.name,
      roles: [...person.roles],
      birthYear: person.birthYear,
      ...('phone' in person && person.phone ? { phone: person.phone } : {}),
      ...(household ? { household } : {}),
      createdAt: at,
      updatedAt: at,
    });
    if (!user) throw new Error(`seed user ${person.openid} already exists: seed an empty data directory`);
    ctx.people.set(person.openid, user);
  }

  const grid = ctx.people.get('demo-grid');
  if (grid) for (const b of ctx.buildings) await db.collection('buildings').doc(b.id).update({ gridWorkerId: grid.id });
};
