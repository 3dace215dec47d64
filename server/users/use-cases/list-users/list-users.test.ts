import { startTestCloud, type TestCloud } from '../../../../test/support/cloud';
import { dataOf, errorOf } from '../../../../test/support/envelope';
import { usersDeps, type UsersDeps } from '../../deps';
import { listUsers } from './list-users';

let t: TestCloud;
let deps: UsersDeps;
beforeAll(async () => {
  t = await startTestCloud();
  deps = usersDeps(t.platform);
  const base = new Date('2026-10-01T00:00:00Z').getTime();
  for (let i = 0; i < 25; i += 1) {
    await deps.users.create({
      openid: `list-${i}`,
      name: i % 2 ? `王${i}` : `李${i}`,
      roles: i % 5 === 0 ? ['resident', 'volunteer'] : ['resident'],
      phone: '13800001111',
      ...(i < 10
        ? { household: { buildingId: 'b2', buildingName: '2号楼', unit: '1单元', room: `${100 + i}`, status: 'pending' as const } }
        : {}),
      createdAt: new Date(base + i * 1000),
      updatedAt: new Date(base + i * 1000),
    });
  }
});
afterAll(() => t.close());

const page = (input: Partial<Parameters<typeof listUsers>[0]>) => listUsers({ keyword: '', limit: 20, ...input }, deps);

describe('listUsers', () => {
  it('pages newest first without gaps or repeats, and gives staff the full phone number', async () => {
    const first = dataOf(await page({ limit: 10 }));
    const second = dataOf(await page({ limit: 10, cursor: first.nextCursor }));
    const third = dataOf(await page({ limit: 10, cursor: second.nextCursor }));
    const names = [...first.items, ...second.items, ...third.items].map((u) => u.name);
    expect(names).toHaveLength(25);
    expect(new Set(names).size).toBe(25);
    expect(names[0]).toBe('李24');
    expect(third.nextCursor).toBeUndefined();
    expect(first.items[0]?.phone).toBe('13800001111');
  });

  it('filters by role, building, household status and name', async () => {
    expect(dataOf(await page({ role: 'volunteer' })).items).toHaveLength(5);
    expect(dataOf(await page({ buildingId: 'b2' })).items).toHaveLength(10);
    expect(dataOf(await page({ householdStatus: 'pending' })).items).toHaveLength(10);
    expect(dataOf(await page({ keyword: '王' })).items.every((u) => u.name.startsWith('王'))).toBe(true);
  });

  it('treats regex characters in the keyword as plain text', async () => {
    expect(dataOf(await page({ keyword: '.*' })).items).toHaveLength(0);
  });

  it('refuses a forged cursor', async () => {
    expect(errorOf(await page({ cursor: 'not-a-cursor' })).code).toBe('INVALID_INPUT');
  });
});
