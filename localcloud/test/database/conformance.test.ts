/* eslint-disable @typescript-eslint/no-explicit-any -- SDK query builders are untyped */
import { Query } from 'mingo';
import { startHarness, type AnyDoc, type Harness, type SdkAdapter } from './harness';

/**
 * Every database call of both real SDKs against the local cloud; query results compared with
 * what MongoDB semantics give (mingo over the same documents as the reference).
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 60_000);
afterAll(async () => {
  await h.cloud.close();
});

const people = (): AnyDoc[] => [
  {
    _id: 'p1',
    name: 'Ann',
    age: 30,
    tags: ['a', 'b'],
    address: { city: 'SH', zip: 200000 },
    items: [
      { sku: 'x', qty: 1 },
      { sku: 'y', qty: 5 },
    ],
    score: 1.5,
    joined: new Date('2024-01-01T00:00:00Z'),
  },
  {
    _id: 'p2',
    name: 'Bob',
    age: 25,
    tags: ['b'],
    address: { city: 'BJ', zip: 100000 },
    items: [{ sku: 'x', qty: 3 }],
    score: 2,
    joined: new Date('2024-06-01T00:00:00Z'),
    nick: null,
  },
  { _id: 'p3', name: 'cat', age: 35, tags: [], address: { city: 'SH' }, items: [], joined: new Date('2023-01-01T00:00:00Z') },
  { _id: 'p4', name: 'Dan', age: 40, tags: ['a', 'c', 'd'], items: [{ sku: 'z', qty: 9 }], score: -1 },
  { _id: 'p5', name: 'eve', age: 25, tags: ['c'], address: { city: 'GZ', zip: 510000 }, nick: 'E' },
];

type Case = [string, (_: any, db: any) => AnyDoc, AnyDoc];
const cases: Case[] = [
  ['equality', () => ({ age: 25 }), { age: 25 }],
  ['eq', (_) => ({ age: _.eq(30) }), { age: 30 }],
  ['neq', (_) => ({ age: _.neq(25) }), { age: { $ne: 25 } }],
  ['lt', (_) => ({ age: _.lt(30) }), { age: { $lt: 30 } }],
  ['lte', (_) => ({ age: _.lte(30) }), { age: { $lte: 30 } }],
  ['gt', (_) => ({ age: _.gt(30) }), { age: { $gt: 30 } }],
  ['gte', (_) => ({ age: _.gte(30) }), { age: { $gte: 30 } }],
  ['in', (_) => ({ age: _.in([25, 40]) }), { age: { $in: [25, 40] } }],
  ['nin', (_) => ({ age: _.nin([25, 40]) }), { age: { $nin: [25, 40] } }],
  ['field and', (_) => ({ age: _.gt(20).and(_.lt(35)) }), { age: { $gt: 20, $lt: 35 } }],
  ['top-level and', (_) => _.and([{ age: _.gte(25) }, { tags: 'b' }]), { $and: [{ age: { $gte: 25 } }, { tags: 'b' }] }],
  ['or', (_) => _.or([{ age: _.lt(26) }, { name: 'Dan' }]), { $or: [{ age: { $lt: 26 } }, { name: 'Dan' }] }],
  ['field or', (_) => ({ age: _.lt(26).or(_.gt(35)) }), { $or: [{ age: { $lt: 26 } }, { age: { $gt: 35 } }] }],
  ['nor', (_) => _.nor([{ age: 25 }, { name: 'Dan' }]), { $nor: [{ age: 25 }, { name: 'Dan' }] }],
  ['not', (_) => ({ age: _.not(_.gt(30)) }), { age: { $not: { $gt: 30 } } }],
  ['exists true', (_) => ({ nick: _.exists(true) }), { nick: { $exists: true } }],
  ['exists false', (_) => ({ score: _.exists(false) }), { score: { $exists: false } }],
  ['null matches missing', () => ({ nick: null }), { nick: null }],
  ['size', (_) => ({ tags: _.size(2) }), { tags: { $size: 2 } }],
  ['elemMatch', (_) => ({ items: _.elemMatch({ sku: 'x', qty: _.gt(2) }) }), { items: { $elemMatch: { sku: 'x', qty: { $gt: 2 } } } }],
  ['all', (_) => ({ tags: _.all(['a', 'c']) }), { tags: { $all: ['a', 'c'] } }],
  ['mod', (_) => ({ age: _.mod(10, 5) }), { age: { $mod: [10, 5] } }],
  ['db.RegExp', (_, db) => ({ name: db.RegExp({ regexp: '^[a-c]', options: 'i' }) }), { name: /^[a-c]/i }],
  ['JS RegExp', () => ({ name: /^b/i }), { name: /^b/i }],
  ['dotted path', () => ({ 'address.city': 'SH' }), { 'address.city': 'SH' }],
  ['nested object (flattened by the SDK)', () => ({ address: { city: 'SH' } }), { 'address.city': 'SH' }],
  ['array of documents', () => ({ 'items.sku': 'x' }), { 'items.sku': 'x' }],
  ['array contains', () => ({ tags: 'a' }), { tags: 'a' }],
  ['array index path', () => ({ 'tags.0': 'a' }), { 'tags.0': 'a' }],
  ['dates', (_) => ({ joined: _.gte(new Date('2024-01-01T00:00:00Z')) }), { joined: { $gte: new Date('2024-01-01T00:00:00Z') } }],
  ['dotted range', (_) => ({ 'address.zip': _.gt(150000) }), { 'address.zip': { $gt: 150000 } }],
  ['expr', (_) => _.expr(_.aggregate.gt(['$age', 30])), { $expr: { $gt: ['$age', 30] } }],
];

async function rejectsWith(sdk: SdkAdapter, promise: Promise<unknown>, pattern: RegExp): Promise<void> {
  let error: unknown;
  try {
    await promise;
  } catch (e) {
    error = e;
  }
  expect(error).toBeDefined();
  expect(sdk.errorText(error)).toMatch(pattern);
}

const ids = (docs: AnyDoc[]) => docs.map((d) => d._id).sort();

describe.each(['node-sdk', 'wx-server-sdk'] as const)('%s', (sdkName) => {
  let sdk: SdkAdapter;
  const c = (name: string) => `${sdkName.replace(/-/g, '_')}_${name}`;
  beforeAll(async () => {
    sdk = h.sdks.find((s) => s.name === sdkName) as SdkAdapter;
    for (const name of ['people', 'docs', 'ops', 'agg', 'lim', 'txn', 'other']) await sdk.db.createCollection(c(name));
    await sdk.add(c('people'), people());
  });

  describe('collections', () => {
    it('creates, refuses a second create, lists and deletes', async () => {
      await sdk.db.createCollection(c('tmp'));
      await expect(sdk.db.createCollection(c('tmp'))).rejects.toBeDefined();
      const listed = await h.post({ action: 'database.listCollections' });
      expect(listed.data.collections.map((x: AnyDoc) => x.name)).toContain(c('tmp'));
      expect((await h.post({ action: 'database.deleteCollection', collectionName: c('tmp') })).code).toBeUndefined();
      await rejectsWith(sdk, sdk.add(c('tmp'), { a: 1 }), /DATABASE_COLLECTION_NOT_EXIST|-502005/);
    });

    it('writing to a collection that does not exist is an error', async () => {
      await rejectsWith(sdk, sdk.add(c('missing'), { a: 1 }), /DATABASE_COLLECTION_NOT_EXIST|-502005/);
      await expect(sdk.get(sdk.db.collection(c('missing')).where({}))).rejects.toBeDefined();
    });
  });

  describe('documents', () => {
    it('add, doc().get/set/update/remove', async () => {
      const id = (await sdk.add(c('docs'), { title: 'a', n: 1 })) as string;
      expect(id).toMatch(/^[0-9a-f]{32}$/);
      expect(await sdk.getDoc(c('docs'), id)).toEqual({ _id: id, title: 'a', n: 1 });
      expect(await sdk.updateDoc(c('docs'), id, { n: 2, extra: { deep: true } })).toBe(1);
      expect(await sdk.getDoc(c('docs'), id)).toEqual({ _id: id, title: 'a', n: 2, extra: { deep: true } });
      expect(await sdk.set(c('docs'), id, { only: 'this' })).toEqual({ updated: 1, created: false });
      expect(await sdk.getDoc(c('docs'), id)).toEqual({ _id: id, only: 'this' });
      expect(await sdk.set(c('docs'), 'fixed-id', { fresh: true })).toEqual({ updated: 0, created: true });
      expect(await sdk.getDoc(c('docs'), 'fixed-id')).toEqual({ _id: 'fixed-id', fresh: true });
      expect(await sdk.removeDoc(c('docs'), id)).toBe(1);
      expect(await sdk.getDoc(c('docs'), id)).toBeNull();
      expect(await sdk.removeDoc(c('docs'), id)).toBe(0);
      expect(await sdk.updateDoc(c('docs'), id, { n: 3 })).toBe(0);
    });

    it('adds many at once, with given and random _ids', async () => {
      const added = (await sdk.add(c('docs'), [{ _id: 'm1', v: 1 }, { v: 2 }])) as string[];
      expect(added[0]).toBe('m1');
      expect(added[1]).toMatch(/^[0-9a-f]{32}$/);
      const again = (await sdk.add(c('docs'), { v: 3 })) as string;
      expect(again).not.toBe(added[1]);
    });

    it('duplicate _id is DATABASE_DUPLICATE_WRITE', async () => {
      await sdk.add(c('docs'), { _id: 'dup', v: 1 });
      await rejectsWith(sdk, sdk.add(c('docs'), { _id: 'dup', v: 2 }), /E11000/);
      expect(await sdk.getDoc(c('docs'), 'dup')).toEqual({ _id: 'dup', v: 1 });
    });

    it('dates, serverDate and other EJSON types round-trip', async () => {
      const before = Date.now();
      const id = (await sdk.add(c('docs'), {
        at: new Date('2020-02-02T02:02:02.002Z'),
        now: sdk.db.serverDate(),
        later: sdk.db.serverDate({ offset: 60_000 }),
        f: 1.25,
        big: 2 ** 40,
        neg: -7,
        nested: [{ d: new Date(0) }],
        nil: null,
        yes: true,
      })) as string;
      const doc = (await sdk.getDoc(c('docs'), id)) as AnyDoc;
      expect(doc.at).toEqual(new Date('2020-02-02T02:02:02.002Z'));
      expect(doc.now).toBeInstanceOf(Date);
      expect(doc.now.getTime()).toBeGreaterThanOrEqual(before - 5);
      expect(doc.later.getTime() - doc.now.getTime()).toBe(60_000);
      expect(doc).toMatchObject({ f: 1.25, big: 2 ** 40, neg: -7, nil: null, yes: true, nested: [{ d: new Date(0) }] });
      await sdk.updateDoc(c('docs'), id, { touched: sdk.db.serverDate() });
      expect(((await sdk.getDoc(c('docs'), id)) as AnyDoc).touched).toBeInstanceOf(Date);
    });
  });

  describe('where() with every command operator', () => {
    it.each(cases)('%s', async (_name, build, reference) => {
      const expected = ids(new Query(reference).find(people()).all() as AnyDoc[]);
      const got = await sdk.get(sdk.db.collection(c('people')).where(build(sdk._, sdk.db)));
      expect(ids(got)).toEqual(expected);
      expect(await sdk.count(sdk.db.collection(c('people')).where(build(sdk._, sdk.db)))).toBe(expected.length);
    });

    it('returns documents as stored', async () => {
      const [p1] = await sdk.get(sdk.db.collection(c('people')).where({ _id: 'p1' }));
      expect(p1).toEqual(people()[0]);
    });
  });

  describe('orderBy, skip, limit, field, count', () => {
    it('orders by several fields, pages, projects', async () => {
      const coll = sdk.db.collection(c('people'));
      const all = await sdk.get(coll.orderBy('age', 'desc').orderBy('name', 'asc'));
      expect(all.map((d) => d._id)).toEqual(['p4', 'p3', 'p1', 'p2', 'p5']);
      const page = await sdk.get(coll.orderBy('age', 'asc').orderBy('_id', 'asc').skip(1).limit(2));
      expect(page.map((d) => d._id)).toEqual(['p5', 'p1']);
      const projected = await sdk.get(coll.where({ _id: 'p1' }).field({ name: true, 'address.city': true }));
      expect(projected).toEqual([{ _id: 'p1', name: 'Ann', address: { city: 'SH' } }]);
      const excluded = await sdk.get(coll.where({ _id: 'p2' }).field({ items: false, address: false, joined: false, tags: false }));
      expect(excluded).toEqual([{ _id: 'p2', name: 'Bob', age: 25, score: 2, nick: null }]);
      expect(await sdk.count(coll)).toBe(5);
      expect(await sdk.count(coll.where({ age: 25 }))).toBe(2);
    });

    it('a query returns 100 documents by default and at most 1000', async () => {
      const batch = Array.from({ length: 1100 }, (_v, i) => ({ i }));
      for (let i = 0; i < batch.length; i += 500) await sdk.add(c('lim'), batch.slice(i, i + 500));
      const coll = sdk.db.collection(c('lim'));
      expect(await sdk.get(coll)).toHaveLength(100);
      expect(await sdk.get(coll.limit(1000))).toHaveLength(1000);
      const raw = await h.post({ action: 'database.getDocument', collectionName: c('lim'), queryType: 'WHERE', limit: 5000 });
      expect(raw.data.list).toHaveLength(1000);
      expect(await sdk.count(coll)).toBe(1100);
    });
  });

  describe('where().update() and where().remove()', () => {
    it('update and remove many', async () => {
      await sdk.add(c('ops'), [
        { k: 'a', n: 1 },
        { k: 'a', n: 2 },
        { k: 'b', n: 3 },
      ]);
      const coll = sdk.db.collection(c('ops'));
      expect(await sdk.updateWhere(coll.where({ k: 'a' }), { n: sdk._.inc(10), seen: true })).toBe(2);
      expect((await sdk.get(coll.where({ seen: true }))).map((d) => d.n).sort()).toEqual([11, 12]);
      expect(await sdk.removeWhere(coll.where({ n: sdk._.gt(10) }))).toBe(2);
      expect(await sdk.count(coll)).toBe(1);
    });
  });

  describe('every update operator', () => {
    it('set remove inc mul push pop shift unshift addToSet pull pullAll rename min max', async () => {
      const _ = sdk._;
      const id = (await sdk.add(c('ops'), {
        a: 1,
        b: 2,
        gone: 'x',
        list: [1, 2, 3],
        set: ['a'],
        nums: [1, 2, 3, 2],
        rm: [5, 6],
        old: 'v',
        lo: 5,
        hi: 5,
        obj: { x: 1 },
      })) as string;
      await sdk.updateDoc(c('ops'), id, {
        a: _.inc(2),
        b: _.mul(3),
        gone: _.remove(),
        obj: _.set({ y: 2 }),
        lo: _.min(3),
        hi: _.max(9),
        old: _.rename ? undefined : undefined,
      });
      await sdk.updateDoc(c('ops'), id, { list: _.push(4, 5), set: _.addToSet('b') });
      await sdk.updateDoc(c('ops'), id, { list: _.pop(), nums: _.pull(2), rm: _.pullAll([5]) });
      await sdk.updateDoc(c('ops'), id, { list: _.shift() });
      await sdk.updateDoc(c('ops'), id, { list: _.unshift(0), set: _.addToSet({ $each: ['b', 'c', 'c'] }) });
      await sdk.updateDoc(c('ops'), id, { old: _.rename('renamed') });
      expect(await sdk.getDoc(c('ops'), id)).toEqual({
        _id: id,
        a: 3,
        b: 6,
        obj: { y: 2 },
        lo: 3,
        hi: 9,
        list: [0, 2, 3, 4],
        set: ['a', 'b', 'c'],
        nums: [1, 3],
        rm: [6],
        renamed: 'v',
      });
      expect(await sdk.updateDoc(c('ops'), id, { a: 3 })).toBe(0);
    });

    it('push with each/position/sort/slice', async () => {
      const id = (await sdk.add(c('ops'), { list: [5, 1] })) as string;
      await sdk.updateDoc(c('ops'), id, { list: sdk._.push({ each: [3, 9], sort: 1, slice: 3 }) });
      expect(((await sdk.getDoc(c('ops'), id)) as AnyDoc).list).toEqual([1, 3, 5]);
    });

    it('MongoDB type errors are errors, not silent no-ops', async () => {
      const id = (await sdk.add(c('ops'), { s: 'text', n: 1 })) as string;
      await rejectsWith(sdk, sdk.updateDoc(c('ops'), id, { s: sdk._.inc(1) }), /non-numeric/);
      await rejectsWith(sdk, sdk.updateDoc(c('ops'), id, { n: sdk._.push(1) }), /must be an array/);
      expect(await sdk.getDoc(c('ops'), id)).toEqual({ _id: id, s: 'text', n: 1 });
    });
  });

  describe('aggregate', () => {
    beforeAll(async () => {
      await sdk.add(
        c('agg'),
        Array.from({ length: 30 }, (_v, i) => ({
          _id: `o${i}`,
          cat: i % 3 === 0 ? 'x' : 'y',
          price: i,
          tags: i < 2 ? ['t1', 't2'] : [],
          ref: i % 5,
        })),
      );
      await sdk.add(c('other'), [
        { _id: 'r0', key: 0, label: 'zero' },
        { _id: 'r1', key: 1, label: 'one' },
      ]);
    });
    const agg = () => sdk.db.collection(c('agg')).aggregate();

    it('match group sort', async () => {
      const out = await sdk.aggregate(
        agg()
          .match({ price: sdk._.gte(10) })
          .group({ _id: '$cat', total: { $sum: '$price' }, n: { $sum: 1 }, avg: { $avg: '$price' }, max: { $max: '$price' } })
          .sort({ _id: 1 }),
      );
      expect(out).toEqual([
        { _id: 'x', total: 12 + 15 + 18 + 21 + 24 + 27, n: 6, avg: 19.5, max: 27 },
        { _id: 'y', total: 10 + 11 + 13 + 14 + 16 + 17 + 19 + 20 + 22 + 23 + 25 + 26 + 28 + 29, n: 14, avg: 19.5, max: 29 },
      ]);
    });

    it('without limit returns 20, like CloudBase', async () => {
      expect(await sdk.aggregate(agg().sort({ price: 1 }))).toHaveLength(20);
      expect(await sdk.aggregate(agg().sort({ price: 1 }).limit(25))).toHaveLength(25);
    });

    it('skip limit project addFields unwind count sortByCount replaceRoot sample lookup', async () => {
      expect(await sdk.aggregate(agg().sort({ price: -1 }).skip(2).limit(2).project({ _id: 0, price: 1 }))).toEqual([
        { price: 27 },
        { price: 26 },
      ]);
      expect(
        await sdk.aggregate(
          agg()
            .match({ _id: 'o3' })
            .addFields({ double: { $multiply: ['$price', 2] } })
            .project({ double: 1 }),
        ),
      ).toEqual([{ _id: 'o3', double: 6 }]);
      expect(await sdk.aggregate(agg().match({ _id: 'o1' }).unwind('$tags').project({ tags: 1, _id: 0 }))).toEqual([
        { tags: 't1' },
        { tags: 't2' },
      ]);
      expect(await sdk.aggregate(agg().match({ cat: 'x' }).count('n'))).toEqual([{ n: 10 }]);
      expect(await sdk.aggregate(agg().sortByCount('$cat'))).toEqual([
        { _id: 'y', count: 20 },
        { _id: 'x', count: 10 },
      ]);
      expect(
        await sdk.aggregate(
          agg()
            .match({ _id: 'o4' })
            .replaceRoot({ newRoot: { p: '$price' } }),
        ),
      ).toEqual([{ p: 4 }]);
      const sample = await sdk.aggregate(agg().sample({ size: 5 }));
      expect(new Set(sample.map((d) => d._id)).size).toBe(5);
      const joined = await sdk.aggregate(
        agg()
          .match({ _id: sdk._.in(['o0', 'o1', 'o2']) })
          .lookup({ from: c('other'), localField: 'ref', foreignField: 'key', as: 'refs' })
          .sort({ _id: 1 })
          .project({ 'refs.label': 1 }),
      );
      expect(joined).toEqual([
        { _id: 'o0', refs: [{ label: 'zero' }] },
        { _id: 'o1', refs: [{ label: 'one' }] },
        { _id: 'o2', refs: [] },
      ]);
    });
  });

  describe('transactions', () => {
    beforeAll(async () => {
      await sdk.add(c('txn'), [
        { _id: 'A', amount: 100 },
        { _id: 'B', amount: 0 },
      ]);
    });

    it('runTransaction commits single-document operations atomically', async () => {
      const result = await sdk.db.runTransaction(async (t: any) => {
        const a = (await sdk.txnGet(t, c('txn'), 'A')) as AnyDoc;
        await sdk.txnUpdate(t, c('txn'), 'A', { amount: a.amount - 30 });
        await sdk.txnUpdate(t, c('txn'), 'B', { amount: sdk._.inc(30) });
        await sdk.txnSet(t, c('txn'), 'C', { amount: 1 });
        await sdk.txnAdd(t, c('txn'), { _id: 'D', amount: 2 });
        await sdk.txnRemove(t, c('txn'), 'C');
        expect(await sdk.txnGet(t, c('txn'), 'D')).toEqual({ _id: 'D', amount: 2 });
        expect(await sdk.getDoc(c('txn'), 'D')).toBeNull();
        return 'done';
      });
      expect(result).toBe('done');
      expect((await sdk.getDoc(c('txn'), 'A'))?.amount).toBe(70);
      expect((await sdk.getDoc(c('txn'), 'B'))?.amount).toBe(30);
      expect(await sdk.getDoc(c('txn'), 'C')).toBeNull();
      expect(await sdk.getDoc(c('txn'), 'D')).toEqual({ _id: 'D', amount: 2 });
    });

    it('rollback leaves nothing behind', async () => {
      await expect(
        sdk.db.runTransaction(async (t: any) => {
          await sdk.txnUpdate(t, c('txn'), 'A', { amount: 0 });
          await t.rollback('no thanks');
        }),
      ).rejects.toBe('no thanks');
      expect((await sdk.getDoc(c('txn'), 'A'))?.amount).toBe(70);
      await expect(
        sdk.db.runTransaction(async (t: any) => {
          await sdk.txnUpdate(t, c('txn'), 'A', { amount: 0 });
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect((await sdk.getDoc(c('txn'), 'A'))?.amount).toBe(70);
    });

    it('startTransaction / commit / rollback', async () => {
      const t = await sdk.db.startTransaction();
      await sdk.txnUpdate(t, c('txn'), 'B', { amount: 1 });
      expect((await sdk.getDoc(c('txn'), 'B'))?.amount).toBe(30);
      await t.commit();
      expect((await sdk.getDoc(c('txn'), 'B'))?.amount).toBe(1);
      const t2 = await sdk.db.startTransaction();
      await sdk.txnUpdate(t2, c('txn'), 'B', { amount: 2 });
      await t2.rollback();
      expect((await sdk.getDoc(c('txn'), 'B'))?.amount).toBe(1);
      await expect(t2.commit()).rejects.toBeDefined();
    });

    it('two transactions writing the same document: one wins, the other conflicts', async () => {
      const t1 = await sdk.db.startTransaction();
      const t2 = await sdk.db.startTransaction();
      await sdk.txnUpdate(t1, c('txn'), 'A', { amount: 1 });
      await rejectsWith(sdk, sdk.txnUpdate(t2, c('txn'), 'A', { amount: 2 }), /DATABASE_TRANSACTION_CONFLICT|onflict/);
      await t1.commit();
      expect((await sdk.getDoc(c('txn'), 'A'))?.amount).toBe(1);
    });

    it('a document changed by someone else after the transaction read it conflicts at commit', async () => {
      const t = await sdk.db.startTransaction();
      const a = (await sdk.txnGet(t, c('txn'), 'A')) as AnyDoc;
      await sdk.updateDoc(c('txn'), 'A', { amount: sdk._.inc(5) });
      const attempt = async () => {
        await sdk.txnUpdate(t, c('txn'), 'B', { amount: a.amount });
        await t.commit();
      };
      await rejectsWith(sdk, attempt(), /DATABASE_TRANSACTION_CONFLICT|onflict/);
      expect((await sdk.getDoc(c('txn'), 'B'))?.amount).toBe(1);
    });

    it('only single-document operations are allowed inside', async () => {
      const t = await sdk.db.startTransaction();
      await expect(t.collection(c('txn')).where({ amount: 1 }).get()).rejects.toBeDefined();
      await t.rollback();
    });
  });

  describe('bad requests are error replies', () => {
    it('$where and $function are refused', async () => {
      await rejectsWith(sdk, sdk.get(sdk.db.collection(c('people')).where({ $where: 'this.age > 1' } as AnyDoc)), /\$where/);
      await rejectsWith(
        sdk,
        sdk.aggregate(
          sdk.db
            .collection(c('people'))
            .aggregate()
            .addFields({ x: { $function: { body: 'function(){return 1}', args: [], lang: 'js' } } }),
        ),
        /\$function/,
      );
    });

    it('geo queries say they are not supported locally', async () => {
      const point = new sdk.db.Geo.Point(121.5, 31.2);
      await rejectsWith(
        sdk,
        sdk.get(sdk.db.collection(c('people')).where({ loc: sdk._.geoNear({ geometry: point, maxDistance: 1000 }) })),
        /not supported locally/,
      );
    });

    it('unknown operators are errors', async () => {
      await expect(sdk.get(sdk.db.collection(c('people')).where({ age: { $foo: 1 } } as AnyDoc))).rejects.toBeDefined();
    });
  });
});

describe('raw protocol', () => {
  it('malformed JSON, malformed EJSON, unknown action, huge body, code in EJSON', async () => {
    expect(await h.post('{not json')).toMatchObject({ code: 'INVALID_PARAM' });
    expect(await h.post({ action: 'database.nope' })).toMatchObject({ code: 'INVALID_ACTION' });
    expect(
      await h.post({ action: 'database.getDocument', collectionName: 'node_sdk_people', query: '{"a":', queryType: 'WHERE' }),
    ).toMatchObject({ code: 'INVALID_PARAM' });
    expect(
      await h.post({ action: 'database.getDocument', collectionName: 'node_sdk_people', query: '{"a":{"$code":"x"}}', queryType: 'WHERE' }),
    ).toMatchObject({ code: 'INVALID_PARAM' });
    expect(await h.post({ action: 'database.insertDocument', collectionName: 'node_sdk_docs', data: ['{"$date":"nope"}'] })).toMatchObject({
      code: 'INVALID_PARAM',
    });
    const huge = await h.post({ action: 'database.insertDocument', collectionName: 'node_sdk_docs', data: ['x'.repeat(11 * 1024 * 1024)] });
    expect(huge).toMatchObject({ code: 'EXCEED_REQUEST_SIZE_LIMIT' });
    const error = await h.post({
      action: 'database.getDocument',
      collectionName: 'node_sdk_people',
      query: '{"$where":"1"}',
      queryType: 'WHERE',
    });
    expect(JSON.stringify(error)).not.toMatch(/at .*\.ts:\d+/);
    expect((await h.post({ action: 'database.calculateDocument', collectionName: 'node_sdk_people', queryType: 'WHERE' })).data.total).toBe(
      5,
    );
  });
});
