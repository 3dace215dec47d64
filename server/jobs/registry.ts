import { ticketAutoConfirmJob } from '../tickets/jobs/auto-confirm-job';
import { ticketOverdueJob } from '../tickets/jobs/overdue-job';
import { noticeTimerJob } from '../announcements/jobs/notice-timer';
import { fairsMinuteJob, fairsNightlyJob } from '../fairs/jobs';
import type { Job } from './job';

/**
 * Which jobs each timer trigger runs. Trigger names and schedules are declared in
 * cloudfunctions/jobs/config.json; every domain adds its jobs here.
 */
export const JOBS_BY_TRIGGER: Record<string, readonly Job[]> = {
  everyMinute: [noticeTimerJob, ticketOverdueJob, ticketAutoConfirmJob, fairsMinuteJob],
  nightly: [fairsNightlyJob],
};
