import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CollectionHandle } from '../../database/catalog';
import { parseDeclarations } from '../../database/declarations';
import { createDatabaseModule, type DatabaseModule } from '../../database/module';
import { Store } from '../../store/lmdb';
import type { Doc } from '../../database/values';

/** Declared indexes: the planner uses them (counted document loads), unique ones hold. */
const declarations = parseDeclarations({
  collections: {
    notices: {
      indexes: [
        { name: 'feed', keys: { audienceKeys: 1, publishedAt: -1 } },
        { name: 'status', keys: { status: 1 } },
      ],
    },
    users: {
      indexes: [
        { name: 'openid_unique', keys: { openid: 1 }, unique: true },
        { name: 'age_name', keys: { age: 1, name: 1 } },
      ],
    },
  },
});

let mod: DatabaseModule;
let loads = 0;
beforeAll(async () => {
  const store = new Store({ path: mkdtempSync(path.join(tmpdir(), 'localcloud-idx-')) });
  mod = await createDatabaseModule({ store, declarations, clock: () => new Date() });
  const notices: Doc[] = Array.from({ length: 3000 }, (_v, i) => ({
    audienceKeys: [`b${i % 30}`, 'all'].slice(0, i % 7 === 0 ? 2 : 1),
    status: i % 10 === 0 ? 'draft' : 'published',
    publishedAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000),
    n: i,
  }));
  for (let i = 0; i < notices.length; i += 500) await mod.service.insert('notices', notices.slice(i, i + 500));
  await mod.service.insert(
    'users',
    Array.from({ length: 2000 }, (_v, i) => ({ openid: `o${i}`, age: i % 50, name: `n${i}` })),
  );
  for (const name of ['notices', 'users']) {
    const handle: CollectionHandle = mod.service.collection(name);
    const get = handle.docs.get.bind(handle.docs);
    handle.docs.get = ((id: string) => {
      loads++;
      return get(id);
    }) as typeof handle.docs.get;
  }
}, 60_000);

function measure<T>(run: () => T): { result: T; loads: number } {
  loads = 0;
  const result = run();
  return { result, loads };
}

describe('planner', () => {
  it('the notice feed: $in on a multikey key, equality, sort on the next key, limit — merged from the index', () => {
    const keys = ['b1', 'b2', 'b3'];
    const { result, loads: loaded } = measure(() =>
      mod.service.find(
        'notices',
        { audienceKeys: { $in: keys }, status: 'published' },
        { sort: [['publishedAt', -1]], skip: 0, limit: 20 },
      ),
    );
    const all = mod.service
      .find('notices', {}, { sort: [['publishedAt', -1]], skip: 0, limit: 1000 * 3 })
      .filter((d) => (d.audienceKeys as string[]).some((k) => keys.includes(k)) && d.status === 'published');
    expect(result.map((d) => d.n)).toEqual(all.slice(0, 20).map((d) => d.n));
    expect(loaded).toBeLessThan(40);
  });

  it('sort by an indexed field streams and stops at skip+limit', () => {
    const { result, loads: loaded } = measure(() => mod.service.find('users', {}, { sort: [['openid', 1]], skip: 10, limit: 5 }));
    const sorted = Array.from({ length: 2000 }, (_v, i) => `o${i}`).sort();
    expect(result.map((d) => d.openid)).toEqual(sorted.slice(10, 15));
    expect(loaded).toBe(15);
  });

  it('equality prefix plus range on the next key', () => {
    const { result, loads: loaded } = measure(() =>
      mod.service.find('users', { age: 7, name: { $gte: 'n1500' } }, { sort: [], skip: 0, limit: 100 }),
    );
    const expected = Array.from({ length: 2000 }, (_v, i) => i).filter((i) => i % 50 === 7 && `n${i}` >= 'n1500');
    expect(result.map((d) => d.name).sort()).toEqual(expected.map((i) => `n${i}`).sort());
    expect(loaded).toBe(expected.length);
  });

  it('count on indexed equality counts index entries without loading documents', () => {
    const { result, loads: loaded } = measure(() => mod.service.count('users', { age: 3 }));
    expect(result).toBe(40);
    expect(loaded).toBe(0);
    expect(measure(() => mod.service.count('notices', { status: 'draft' })).loads).toBe(0);
    expect(mod.service.count('notices', { status: 'draft' })).toBe(300);
  });

  it('queries on unindexed fields still answer (collection scan)', () => {
    expect(mod.service.find('users', { name: 'n42' }, { sort: [], skip: 0, limit: 10 })).toHaveLength(1);
  });
});

describe('unique indexes', () => {
  it('are enforced on insert, update and set, and atomically under concurrency', async () => {
    await expect(mod.service.insert('users', [{ openid: 'o1' }])).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' });
    await expect(
      mod.service.update('users', { openid: 'o2' }, { $set: { openid: 'o3' } }, { multi: false, upsert: false, replace: false }),
    ).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' });
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => mod.service.insert('users', [{ openid: 'idem-key' }])));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(mod.service.count('users', { openid: 'idem-key' })).toBe(1);
    // moving a key away frees it
    await mod.service.update('users', { openid: 'o4' }, { $set: { openid: 'o4-moved' } }, { multi: false, upsert: false, replace: false });
    await expect(mod.service.insert('users', [{ openid: 'o4' }])).resolves.toHaveLength(1);
  });

  it('a batch insert is all or nothing', async () => {
    const before = mod.service.count('users', {});
    await expect(mod.service.insert('users', [{ openid: 'new-1' }, { openid: 'o5' }])).rejects.toMatchObject({
      code: 'DATABASE_DUPLICATE_WRITE',
    });
    expect(mod.service.count('users', {})).toBe(before);
  });
});
