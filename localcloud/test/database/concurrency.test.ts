/* eslint-disable @typescript-eslint/no-explicit-any -- SDK transaction objects are untyped */
import { startHarness, type Harness } from './harness';

/** Many callers at once through the real SDK: atomic increments, conserved transfers. */
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ collections: { counters: {}, accounts: {} } });
}, 60_000);
afterAll(async () => {
  await h.cloud.close();
});

it('200 concurrent inc on one document add exactly 200', async () => {
  const sdk = h.sdks[0];
  await sdk.add('counters', { _id: 'c', n: 0 });
  const results = await Promise.all(Array.from({ length: 200 }, () => sdk.updateDoc('counters', 'c', { n: sdk._.inc(1) })));
  expect(results.every((r) => r === 1)).toBe(true);
  expect((await sdk.getDoc('counters', 'c'))?.n).toBe(200);
}, 60_000);

it('100 concurrent transactions moving amounts among 10 documents keep the total', async () => {
  const sdk = h.sdks[0];
  await sdk.add(
    'accounts',
    Array.from({ length: 10 }, (_v, i) => ({ _id: `a${i}`, amount: 1000 })),
  );
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const outcomes = await Promise.allSettled(
    Array.from({ length: 100 }, () => {
      const from = `a${Math.floor(random() * 10)}`;
      let to = `a${Math.floor(random() * 10)}`;
      if (to === from) to = from === 'a0' ? 'a1' : 'a0';
      const amount = 1 + Math.floor(random() * 50);
      return sdk.db.runTransaction(async (t: any) => {
        const a = await sdk.txnGet(t, 'accounts', from);
        const b = await sdk.txnGet(t, 'accounts', to);
        await sdk.txnUpdate(t, 'accounts', from, { amount: (a?.amount as number) - amount });
        await sdk.txnUpdate(t, 'accounts', to, { amount: (b?.amount as number) + amount });
      }, 10);
    }),
  );
  const committed = outcomes.filter((o) => o.status === 'fulfilled').length;
  for (const o of outcomes) if (o.status === 'rejected') expect(sdk.errorText(o.reason)).toMatch(/CONFLICT/);
  const docs = await sdk.get(sdk.db.collection('accounts').limit(100));
  expect(docs.reduce((sum, d) => sum + (d.amount as number), 0)).toBe(10_000);
  expect(committed).toBeGreaterThan(0);
}, 120_000);
