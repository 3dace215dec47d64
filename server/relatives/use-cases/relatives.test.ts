import { fairs } from '@contracts/fairs';
import { relatives } from '@contracts/relatives';
import { startTestCloud, type TestCloud } from '../../../test/support/cloud';
import { dataOf, errorOf } from '../../../test/support/envelope';
import { makeCaller } from '../../../test/support/personas';
import { parseInput } from '../../kernel/validate';
import { fairsDeps } from '../../fairs/deps';
import { parsed, publishedFair, resident, rid } from '../../fairs/testing/fixtures';
import { book } from '../../fairs/use-cases/book/book';
import { myBookings } from '../../fairs/use-cases/my-bookings/my-bookings';
import { usersFunctionDeps } from '../../users/deps';
import { linkRelative, myRelatives, registerOffline, unlinkRelative } from './relatives';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud();
  await t.platform.db.collection('buildings').add({ _id: 'b3', name: '3号楼', units: ['1单元', '2单元'], order: 3 });
});
afterAll(() => t.close());

const cmd = <A extends (typeof relatives)[keyof typeof relatives]>(def: A, input: unknown) => {
  const result = parseInput(def.input, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.data as never;
};

describe('relatives and elders without a phone', () => {
  it('staff register an elder without a phone once, link a relative, who then books for her; others may not', async () => {
    const deps = usersFunctionDeps(t.platform);
    const staff = await makeCaller(t.platform, ['staff'], '张丽');
    const son = await resident(t.platform, { name: '王建军' });
    const stranger = await resident(t.platform, { name: '路人' });
    const request = { requestId: rid(), name: '赵老太', buildingId: 'b3', unit: '2单元', room: '402', birthYear: 1940 };
    const elder = dataOf(await registerOffline(cmd(relatives.registerOffline, request), staff, deps));
    expect(dataOf(await registerOffline(cmd(relatives.registerOffline, request), staff, deps)).id).toBe(elder.id);
    expect(elder).toEqual({ id: elder.id, name: '赵老太', home: '3号楼2单元402' });
    dataOf(await linkRelative(cmd(relatives.linkRelative, { elderId: elder.id, relativeId: son.user.id }), staff, deps));
    expect(dataOf(await myRelatives(son, deps))).toEqual([elder]);

    const fDeps = fairsDeps(t.platform);
    const fair = await publishedFair(fDeps, staff, [{ service: '理发' }]);
    const slotId = fair.stalls[0]!.slots[0]!.id;
    expect(errorOf(await book(parsed(fairs.book, { slotId, requestId: rid(), forUserId: elder.id }), stranger, fDeps)).code).toBe(
      'FORBIDDEN',
    );
    const booked = dataOf(await book(parsed(fairs.book, { slotId, requestId: rid(), forUserId: elder.id }), son, fDeps));
    expect(booked).toMatchObject({ personName: '赵老太', proxy: true, bookedByName: '王建军', status: 'confirmed' });
    expect(dataOf(await myBookings(parsed(fairs.myBookings, {}), son, fDeps)).items.map((b) => b.id)).toEqual([booked.id]);

    dataOf(await unlinkRelative(cmd(relatives.unlinkRelative, { elderId: elder.id, relativeId: son.user.id }), staff, deps));
    expect(dataOf(await myRelatives(son, deps))).toEqual([]);
    const audit = (await t.platform.db.collection('audit_log').where({ targetId: elder.id }).get()).data as { action: string }[];
    expect(audit.map((a) => a.action).sort()).toEqual(['linkRelative', 'registerOffline', 'unlinkRelative']);
  });
});
