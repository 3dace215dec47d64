import type { Platform } from '../app/platform';

/** What one job did in one run, for the function's log. */
export interface JobReport {
  job: string;
  processed: number;
  detail?: string;
}

/**
 * A piece of scheduled work. `platform.clock` stands still at the trigger's time for the whole
 * run, so a job decides with the time it was meant to run at — and tests fire it at any instant.
 * Jobs must be idempotent: a trigger can fire twice, or a run can stop half way and be retried.
 */
export interface Job {
  name: string;
  run(platform: Platform): Promise<JobReport>;
}
