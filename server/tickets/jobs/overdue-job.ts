import type { Job } from '../../jobs/job';
import { actAsSystem } from '../act';
import { ticketsDeps } from '../deps';
import { isPastDeadline } from '../domain/rules';
import type { DeadlineKind } from '../domain/ticket';
import { announceOverdue } from '../notify';

const BATCH = 100;
/** A run handles at most this many batches per deadline; the next minute picks up the rest. */
const MAX_BATCHES = 10;

/**
 * Every minute: tickets past a deadline (first response, resolution) are marked overdue on their
 * timeline and reported to the building's grid worker — once per ticket and deadline. Found by
 * an indexed alarm field that each ticket carries while a deadline is live; the alarm is
 * silenced only after the report went out, so a run stopped half way is finished by the next.
 */
export const ticketOverdueJob: Job = {
  name: 'tickets.overdue',
  async run(platform) {
    const deps = ticketsDeps(platform);
    const now = platform.clock.now();
    let processed = 0;
    for (const deadline of ['response', 'resolution'] as const satisfies readonly DeadlineKind[]) {
      for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
        const due = await deps.tickets.dueAlarms(deadline, now, BATCH);
        for (const ticket of due) {
          const alarm = deadline === 'response' ? ticket.responseAlarmAt : ticket.resolutionAlarmAt;
          if (!alarm) continue;
          if (isPastDeadline(ticket, deadline, now)) {
            const key = deadline === 'response' ? 'overdue-response' : `overdue-resolution-${ticket.reopenCount}`;
            const outcome = await actAsSystem(ticket.id, key, { action: 'markOverdue', deadline }, deps);
            if (outcome.kind === 'busy') continue;
            if (outcome.kind === 'changed' || outcome.kind === 'replayed') {
              await announceOverdue(outcome.ticket, deadline, deps, now);
              processed += 1;
            }
          }
          await deps.tickets.clearAlarm(ticket.id, deadline, alarm);
        }
        if (due.length < BATCH) break;
      }
    }
    return { job: 'tickets.overdue', processed };
  },
};
