import type { Job } from '../../jobs/job';
import { announcementsDeps } from '../deps';
import { deliverNotice, leaseUntil } from '../delivery/deliver';

/** Per run, at most this many of each kind; the next minute takes the rest. */
const BATCH = 20;

/**
 * Every minute: publishes scheduled notices whose time has come, finishes deliveries that
 * stopped half way (their lease ran out), and ends notices past their end time. Each step is a
 * conditional change or an idempotent write, so a trigger that fires twice, or a run that
 * overlaps a staff member pressing 发布, does everything exactly once.
 */
export const noticeTimerJob: Job = {
  name: 'announcements.timer',
  async run(platform) {
    const deps = announcementsDeps(platform);
    const now = platform.clock.now();
    let published = 0;
    let delivered = 0;
    let ended = 0;

    for (const notice of await deps.notices.dueForPublish(now, BATCH)) {
      if (!(await deps.notices.publishScheduled(notice.id, now, leaseUntil(now)))) continue;
      published += 1;
      await deliverNotice(notice.id, deps);
    }
    for (const notice of await deps.notices.pendingDelivery(now, BATCH)) {
      if (!(await deps.notices.claimDelivery(notice.id, now, leaseUntil(now)))) continue;
      delivered += 1;
      await deliverNotice(notice.id, deps);
    }
    for (const notice of await deps.notices.dueForExpiry(now, BATCH * 5)) {
      if (!(await deps.notices.transition(notice.id, ['published'], { status: 'expired', updatedAt: now }))) continue;
      ended += 1;
      if (notice.pinned) await deps.pins.unpin(notice.id, now);
    }
    return {
      job: 'announcements.timer',
      processed: published + delivered + ended,
      detail: `published ${published}, resumed ${delivered}, ended ${ended}`,
    };
  },
};
