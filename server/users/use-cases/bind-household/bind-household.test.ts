import { startTestCloud, type TestCloud } from '../../../../test/support/cloud';
import { dataOf, errorOf } from '../../../../test/support/envelope';
import { makeCaller } from '../../../../test/support/personas';
import { usersDeps, type UsersDeps } from '../../deps';
import { resolveCaller } from '../../caller';
import { verifyHousehold } from '../verify-household/verify-household';
import { bindHousehold } from './bind-household';

let t: TestCloud;
let deps: UsersDeps;

beforeAll(async () => {
  t = await startTestCloud();
  deps = usersDeps(t.platform);
  await t.platform.db.collection('buildings').add({ _id: 'b3', name: '3号楼', units: ['1单元', '2单元'], order: 3 });
});
afterAll(() => t.close());

const valid = { buildingId: 'b3', unit: '2单元', room: '301', name: '王秀英', phone: '13800001111', birthYear: 1950 };

describe('bindHousehold', () => {
  it('binds a pending household, makes the person a resident and an elder by birth year', async () => {
    const caller = await makeCaller(t.platform, []);
    const me = dataOf(await bindHousehold(valid, caller, deps));
    expect(me.household).toEqual({ buildingId: 'b3', buildingName: '3号楼', unit: '2单元', room: '301', status: 'pending' });
    expect(me.roles).toContain('resident');
    expect(me.isElder).toBe(true);
    expect(me.phoneMasked).toBe('138****1111');
    const stored = await deps.users.byId(caller.user.id);
    expect(stored?.phone).toBe('13800001111');
    expect(stored?.roles).toContain('resident');
  });

  it('refuses a building the community does not have, with a Chinese field message', async () => {
    const caller = await makeCaller(t.platform, []);
    const error = errorOf(await bindHousehold({ ...valid, buildingId: 'b99' }, caller, deps));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.fields).toEqual({ buildingId: '请选择小区里的楼栋' });
    expect((await deps.users.byId(caller.user.id))?.household).toBeUndefined();
  });

  it('refuses a unit the building does not have', async () => {
    const caller = await makeCaller(t.platform, []);
    const error = errorOf(await bindHousehold({ ...valid, unit: '9单元' }, caller, deps));
    expect(error.fields).toEqual({ unit: '3号楼没有这个单元' });
  });

  it('refuses a birth year after this year in Shanghai', async () => {
    const caller = await makeCaller(t.platform, []);
    const error = errorOf(await bindHousehold({ ...valid, birthYear: 2027 }, caller, deps));
    expect(error.fields).toEqual({ birthYear: '出生年份不能晚于今年' });
  });

  it('keeps a verification when the same address is bound again, and asks again for a new address', async () => {
    const resident = await makeCaller(t.platform, []);
    const staff = await makeCaller(t.platform, ['staff']);
    dataOf(await bindHousehold(valid, resident, deps));
    dataOf(await verifyHousehold({ userId: resident.user.id, approve: true, note: '' }, staff, deps));

    const again = await resolveCaller(resident.openid, deps);
    expect(dataOf(await bindHousehold({ ...valid, name: '王秀英' }, again, deps)).household?.status).toBe('verified');

    const moved = await resolveCaller(resident.openid, deps);
    expect(dataOf(await bindHousehold({ ...valid, room: '302' }, moved, deps)).household?.status).toBe('pending');
  });
});
