import { tickets } from '@contracts/tickets';
import { startTestCloud, type TestCloud } from '../../../../test/support/cloud';
import { dataOf, errorOf } from '../../../../test/support/envelope';
import { makeCaller } from '../../../../test/support/personas';
import { followTicket } from '../follow-ticket/follow-ticket';
import { listMyTickets } from '../list-tickets/list-tickets';
import { SETUP_MS, parsed, publicSpot, submit, ticketInState, ticketWorld, type TicketWorld } from '../../testing/fixtures';
import { findSimilar } from './find-similar';

let t: TestCloud;
let w: TicketWorld;
beforeAll(async () => {
  t = await startTestCloud();
  w = await ticketWorld(t);
}, SETUP_MS);
afterAll(() => t.close());

const similar = async (input: Record<string, unknown>, caller = w.neighbour) =>
  dataOf(await findSimilar(parsed(tickets.findSimilar, { categoryId: 'facilities', ...input }), caller, w.deps));

describe('duplicates near the same spot, and "我也遇到了"', () => {
  it('finds an open report at the same spot by text, whatever the spacing, width or punctuation', async () => {
    const lamp = await submit(w, w.reporter, publicSpot({ spot: '1号楼东侧路灯' }));
    await submit(w, w.reporter, publicSpot({ spot: '5号楼垃圾站', buildingId: 'b2' }));
    const found = await similar({ buildingId: 'b1', spot: '１号楼 东侧，路灯' });
    expect(found.map((s) => s.id)).toEqual([lamp.id]);
    expect(found[0]).toMatchObject({ categoryName: '公共设施', placeLabel: '1号楼 1号楼东侧路灯', following: false });
    expect(JSON.stringify(found)).not.toContain('王秀英');
    // Another category, another building, or a closed report: not a duplicate.
    expect(await similar({ categoryId: 'sanitation', buildingId: 'b1', spot: '1号楼东侧路灯' })).toEqual([]);
    expect(await similar({ buildingId: 'b3', spot: '1号楼东侧路灯' })).toEqual([]);
  });

  it('matches by map distance when both have a point (within 50 m), not by text', async () => {
    const here = { latitude: 36.80001, longitude: 118.05001 };
    const manhole = await submit(w, w.reporter, publicSpot({ spot: '小区北门井盖', buildingId: undefined, point: here }));
    const near = await similar({ spot: '北门口', point: { latitude: 36.8003, longitude: 118.05001 } });
    expect(near.map((s) => s.id)).toContain(manhole.id);
    expect(near.find((s) => s.id === manhole.id)?.distance).toBe(32);
    expect((await similar({ spot: '小区北门井盖', point: { latitude: 36.801, longitude: 118.05001 } })).map((s) => s.id)).not.toContain(
      manhole.id,
    );
  });

  it('never suggests private or finished reports, nor the caller’s own', async () => {
    const closed = await ticketInState(w, t, 'closed', {
      categoryId: 'facilities',
      place: { type: 'public', buildingId: 'b2', buildingName: '2号楼', spot: '2号楼电梯', spotKey: '2号楼电梯' },
      buildingId: 'b2',
    });
    const hidden = await submit(w, w.reporter, publicSpot({ spot: '2号楼电梯', buildingId: 'b2', public: false }));
    const found = (await similar({ buildingId: 'b2', spot: '2号楼电梯' })).map((s) => s.id);
    expect(found).not.toContain(closed.id);
    expect(found).not.toContain(hidden.id);
    const own = await submit(w, w.neighbour, publicSpot({ spot: '2号楼电梯按钮', buildingId: 'b2' }));
    expect((await similar({ buildingId: 'b2', spot: '2号楼电梯' })).map((s) => s.id)).not.toContain(own.id);
  });

  it('follows instead of filing again: once, then in the follower’s list; not one’s own, not a finished one', async () => {
    const gate = await submit(w, w.reporter, publicSpot({ spot: '3号楼单元门禁坏了', buildingId: 'b3' }));
    const me = await makeCaller(t.platform, ['resident'], '冯玉梅');
    expect(dataOf(await followTicket({ ticketId: gate.id }, me, w.deps))).toEqual({ following: true, followers: 1 });
    expect(dataOf(await followTicket({ ticketId: gate.id }, me, w.deps))).toEqual({ following: true, followers: 1 });
    expect((await similar({ buildingId: 'b3', spot: '3号楼单元门禁' }, me))[0]).toMatchObject({
      id: gate.id,
      following: true,
      followers: 1,
    });
    const following = dataOf(await listMyTickets(parsed(tickets.listMyTickets, { scope: 'following' }), me, w.deps)).items;
    expect(following.map((i) => [i.id, i.placeLabel])).toEqual([[gate.id, '3号楼 3号楼单元门禁坏了']]);
    expect(errorOf(await followTicket({ ticketId: gate.id }, w.reporter, w.deps)).code).toBe('CONFLICT');
    const done = await ticketInState(w, t, 'resolved');
    expect(errorOf(await followTicket({ ticketId: done.id }, me, w.deps))).toEqual({
      code: 'CONFLICT',
      message: '这件事已经处理完了，不能再关注',
    });
    const secret = await submit(w, w.reporter, publicSpot({ public: false }));
    expect(errorOf(await followTicket({ ticketId: secret.id }, me, w.deps)).code).toBe('NOT_FOUND');
  });
});
