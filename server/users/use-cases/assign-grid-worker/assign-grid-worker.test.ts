import { startTestCloud, type TestCloud } from '../../../../test/support/cloud';
import { dataOf, errorOf } from '../../../../test/support/envelope';
import { makeCaller } from '../../../../test/support/personas';
import { usersDeps, type UsersDeps } from '../../deps';
import { listBuildings } from '../list-buildings/list-buildings';
import { assignGridWorker } from './assign-grid-worker';

let t: TestCloud;
let deps: UsersDeps;
beforeAll(async () => {
  t = await startTestCloud();
  deps = usersDeps(t.platform);
  await t.platform.db.collection('buildings').add({ _id: 'b4', name: '4号楼', units: ['1单元'], order: 4 });
});
afterAll(() => t.close());

describe('assignGridWorker', () => {
  it('puts a grid worker in charge of a building, shown in the building list', async () => {
    const staff = await makeCaller(t.platform, ['staff']);
    const worker = await makeCaller(t.platform, ['grid_worker'], '刘建国');
    dataOf(await assignGridWorker({ buildingId: 'b4', userId: worker.user.id }, staff, deps));
    const buildings = dataOf(await listBuildings(deps));
    expect(buildings.find((b) => b.id === 'b4')?.gridWorker).toEqual({ id: worker.user.id, name: '刘建国' });
  });

  it('refuses someone who is not a grid worker', async () => {
    const staff = await makeCaller(t.platform, ['staff']);
    const resident = await makeCaller(t.platform, ['resident']);
    expect(errorOf(await assignGridWorker({ buildingId: 'b4', userId: resident.user.id }, staff, deps)).fields).toEqual({
      userId: '请先给这位用户授予「网格员」身份',
    });
  });
});
