import type { BuildingStats, PersonLine } from '@contracts/announcements';
import type { Receipt } from './receipt';

export const NO_BUILDING = '未登记楼栋';

const natural = (a = '', b = '') => a.localeCompare(b, 'zh-Hans-CN', { numeric: true });

/** Audience order for visits: building, unit, room. */
export const byAddress = (a: Receipt, b: Receipt): number =>
  (a.buildingOrder ?? Number.MAX_SAFE_INTEGER) - (b.buildingOrder ?? Number.MAX_SAFE_INTEGER) ||
  natural(a.buildingName, b.buildingName) ||
  natural(a.unit, b.unit) ||
  natural(a.room, b.room) ||
  natural(a.name, b.name);

const person = (r: Receipt): PersonLine => ({
  name: r.name || '未填写姓名',
  ...(r.unit ? { unit: r.unit } : {}),
  ...(r.room ? { room: r.room } : {}),
});

/**
 * The audience grouped by building, each with who has not read (and, for must-acknowledge
 * notices, not acknowledged) — the grid worker's list for knocking on doors.
 */
export const groupByBuilding = (audience: readonly Receipt[], mustAck: boolean): BuildingStats[] => {
  const groups = new Map<string, Receipt[]>();
  for (const r of [...audience].sort(byAddress)) {
    const key = r.buildingId ?? '';
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.entries()].map(([buildingId, people]) => ({
    ...(buildingId ? { buildingId } : {}),
    buildingName: people[0]?.buildingName ?? NO_BUILDING,
    audience: people.length,
    read: people.filter((p) => p.read).length,
    acked: people.filter((p) => p.acked).length,
    notRead: people.filter((p) => !p.read).map(person),
    notAcked: mustAck ? people.filter((p) => !p.acked).map(person) : [],
  }));
};
