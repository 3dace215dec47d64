import { startTestCloud, type TestCloud } from '../../../../test/support/cloud';
import { dataOf, errorOf } from '../../../../test/support/envelope';
import { makeCaller } from '../../../../test/support/personas';
import { usersDeps, type UsersDeps } from '../../deps';
import { bindHousehold } from '../bind-household/bind-household';
import { verifyHousehold } from './verify-household';

let t: TestCloud;
let deps: UsersDeps;
beforeAll(async () => {
  t = await startTestCloud();
  deps = usersDeps(t.platform);
  await t.platform.db.collection('buildings').add({ _id: 'b1', name: '1号楼', units: ['1单元'], order: 1 });
});
afterAll(() => t.close());

const bound = async () => {
  const resident = await makeCaller(t.platform, []);
  dataOf(await bindHousehold({ buildingId: 'b1', unit: '1单元', room: '101', name: '孙桂兰' }, resident, deps));
  return resident;
};

describe('verifyHousehold', () => {
  it('marks a household verified and records who verified it', async () => {
    const staff = await makeCaller(t.platform, ['staff'], '张丽');
    const resident = await bound();
    const row = dataOf(await verifyHousehold({ userId: resident.user.id, approve: true, note: '' }, staff, deps));
    expect(row.household?.status).toBe('verified');
    const stored = await deps.users.byId(resident.user.id);
    expect(stored?.household?.reviewedBy).toBe(staff.user.id);
    const lines = (await deps.audit.list(50)).items.filter((e) => e.targetId === resident.user.id);
    expect(lines[0]?.detail).toBe('核实通过：1号楼1单元101');
  });

  it('needs a reason to refuse, and shows the reason to the resident', async () => {
    const staff = await makeCaller(t.platform, ['staff']);
    const resident = await bound();
    expect(errorOf(await verifyHousehold({ userId: resident.user.id, approve: false, note: '' }, staff, deps)).fields).toEqual({
      note: '不通过时请写明原因，方便居民修改',
    });
    expect((await deps.users.byId(resident.user.id))?.household?.status).toBe('pending');
    const row = dataOf(await verifyHousehold({ userId: resident.user.id, approve: false, note: '房号不对' }, staff, deps));
    expect(row.household).toMatchObject({ status: 'rejected', note: '房号不对' });
  });

  it('refuses someone with no household', async () => {
    const staff = await makeCaller(t.platform, ['staff']);
    const nobody = await makeCaller(t.platform, []);
    expect(errorOf(await verifyHousehold({ userId: nobody.user.id, approve: true, note: '' }, staff, deps)).code).toBe('INVALID_INPUT');
  });
});
