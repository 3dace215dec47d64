import { CONFIRM_WINDOW_DAYS } from '@contracts/tickets';
import type { Job } from '../../jobs/job';
import { DAY } from '../../kernel/clock';
import { actAsSystem } from '../act';
import { ticketsDeps } from '../deps';

const BATCH = 100;
const MAX_BATCHES = 10;

/**
 * Every minute: a resolved ticket the reporter neither confirmed nor reopened within 7 days is
 * confirmed by the system (closed, unrated). Idempotent: the change is keyed per ticket.
 */
export const ticketAutoConfirmJob: Job = {
  name: 'tickets.autoConfirm',
  async run(platform) {
    const deps = ticketsDeps(platform);
    const now = platform.clock.now();
    const cutoff = new Date(now.getTime() - CONFIRM_WINDOW_DAYS * DAY);
    let processed = 0;
    for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
      const due = await deps.tickets.resolvedBefore(cutoff, BATCH);
      let changed = 0;
      for (const ticket of due) {
        const outcome = await actAsSystem(ticket.id, `auto-confirm-${ticket.reopenCount}`, { action: 'autoConfirm' }, deps);
        if (outcome.kind === 'changed') changed += 1;
      }
      processed += changed;
      // Nothing moved (all busy or refused): leave the rest for the next run rather than spin.
      if (due.length < BATCH || changed === 0) break;
    }
    return { job: 'tickets.autoConfirm', processed };
  },
};
