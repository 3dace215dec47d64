import { startTestCloud } from '../../test/support/cloud';

it('seeds demo tickets in every stage through the use cases', async () => {
  const t = await startTestCloud({ seed: true });
  try {
    const res = await t.platform.db.collection('tickets').limit(100).get();
    const statuses = (res.data as { status: string }[]).map((d) => d.status).sort();
    expect(statuses).toEqual(['accepted', 'closed', 'in_progress', 'submitted', 'submitted']);
  } finally {
    await t.close();
  }
  // The whole demo community is seeded (every service's seeder), which takes a few seconds.
}, 60_000);
