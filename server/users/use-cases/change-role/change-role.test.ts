import { startTestCloud, type TestCloud } from '../../../../test/support/cloud';
import { dataOf, errorOf } from '../../../../test/support/envelope';
import { makeCaller } from '../../../../test/support/personas';
import { usersDeps, type UsersDeps } from '../../deps';
import { grantRole, revokeRole } from './change-role';

let t: TestCloud;
let deps: UsersDeps;

beforeAll(async () => {
  t = await startTestCloud();
  deps = usersDeps(t.platform);
});
afterAll(() => t.close());

const auditFor = async (targetId: string) => (await deps.audit.list(50)).items.filter((e) => e.targetId === targetId);

describe('grantRole / revokeRole', () => {
  it('grants a role once, with one audit line naming who did what', async () => {
    const staff = await makeCaller(t.platform, ['staff'], '张丽');
    const target = await makeCaller(t.platform, ['resident'], '陈志远');
    expect(dataOf(await grantRole({ userId: target.user.id, role: 'volunteer' }, staff, deps)).roles).toEqual(['resident', 'volunteer']);
    dataOf(await grantRole({ userId: target.user.id, role: 'volunteer' }, staff, deps));
    const lines = await auditFor(target.user.id);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ actorName: '张丽', action: 'grantRole', targetName: '陈志远', detail: '授予「志愿者」' });
  });

  it('counts two staff granting different roles at the same moment', async () => {
    const a = await makeCaller(t.platform, ['staff']);
    const b = await makeCaller(t.platform, ['staff']);
    const target = await makeCaller(t.platform, []);
    await Promise.all([
      grantRole({ userId: target.user.id, role: 'volunteer' }, a, deps),
      grantRole({ userId: target.user.id, role: 'grid_worker' }, b, deps),
    ]);
    expect((await deps.users.byId(target.user.id))?.roles.sort()).toEqual(['grid_worker', 'volunteer']);
  });

  it('revokes a role and records it', async () => {
    const staff = await makeCaller(t.platform, ['staff']);
    const target = await makeCaller(t.platform, ['volunteer']);
    expect(dataOf(await revokeRole({ userId: target.user.id, role: 'volunteer' }, staff, deps)).roles).toEqual([]);
    expect((await auditFor(target.user.id)).map((l) => l.detail)).toEqual(['撤销「志愿者」']);
  });

  it('does not let staff remove their own staff role', async () => {
    const staff = await makeCaller(t.platform, ['staff']);
    const error = errorOf(await revokeRole({ userId: staff.user.id, role: 'staff' }, staff, deps));
    expect(error.code).toBe('CONFLICT');
    expect((await deps.users.byId(staff.user.id))?.roles).toContain('staff');
  });

  it('answers NOT_FOUND for an unknown user', async () => {
    const staff = await makeCaller(t.platform, ['staff']);
    expect(errorOf(await grantRole({ userId: 'nobody', role: 'volunteer' }, staff, deps)).code).toBe('NOT_FOUND');
  });
});
