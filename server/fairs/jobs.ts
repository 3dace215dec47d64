import type { Job } from '../jobs/job';
import { MINUTE } from '../kernel/clock';
import { fairsDeps } from './deps';
import { reconcileSlot } from './use-cases/reconcile-slot/reconcile-slot';
import { settle } from './use-cases/book/book';
import { generateSeries } from './use-cases/series/series';
import { settleDuePresence } from './use-cases/shift-presence/shift-presence';

/** A booking still pending this long after it was made stopped half way: the timer finishes it. */
const STALE_PENDING_MS = 2 * MINUTE;

/**
 * Every minute: forgotten shift check-outs close at shift end + grace and their hours go to the
 * ledger; slots someone left are reconciled (promotions); bookings that stopped half way finish.
 */
export const fairsMinuteJob: Job = {
  name: 'fairs.minute',
  async run(platform) {
    const deps = fairsDeps(platform);
    const settled = await settleDuePresence(deps);
    const slots = await deps.slots.needingSync(100);
    for (const slot of slots) await reconcileSlot(slot.id, deps);
    const stale = await deps.bookings.stalePending(new Date(platform.clock.now().getTime() - STALE_PENDING_MS), 100);
    for (const booking of stale) await settle(booking, booking.bookedBy, deps);
    return {
      job: 'fairs.minute',
      processed: settled + slots.length + stale.length,
      detail: `presence ${settled}, slots ${slots.length}, pending ${stale.length}`,
    };
  },
};

/** Nightly: recurring fairs are generated ahead as drafts. */
export const fairsNightlyJob: Job = {
  name: 'fairs.series',
  async run(platform) {
    const deps = fairsDeps(platform);
    let made = 0;
    for (const series of await deps.series.active()) made += await generateSeries(series, deps);
    return { job: 'fairs.series', processed: made };
  },
};
