import type { Platform } from '../app/platform';
import { ManualClock } from '../kernel/clock';
import { callerOpenid } from '../platform/cloudbase';
import type { JobReport, Job } from './job';

export interface TimerEvent {
  Type: 'Timer';
  TriggerName: string;
  Time: string;
}

const isTimerEvent = (event: unknown): event is TimerEvent =>
  typeof event === 'object' &&
  event !== null &&
  (event as { Type?: unknown }).Type === 'Timer' &&
  typeof (event as { TriggerName?: unknown }).TriggerName === 'string' &&
  typeof (event as { Time?: unknown }).Time === 'string' &&
  !Number.isNaN(Date.parse((event as { Time: string }).Time));

export type JobsResult =
  { ok: true; data: { trigger: string; at: string; reports: JobReport[] } } | { ok: false; error: { code: string; message: string } };

/**
 * The `jobs` function: only its timers may run it. A call from the mini-program carries an
 * OPENID and is refused, whatever its event says.
 */
export const createJobsFunction = (options: {
  jobs: Record<string, readonly Job[]>;
  platform: () => Platform;
  log?: (line: Record<string, unknown>) => void;
}) => {
  const log = options.log ?? ((line) => console.log(JSON.stringify(line)));
  return async (event: unknown, context: unknown): Promise<JobsResult> => {
    if (callerOpenid(context)) return { ok: false, error: { code: 'FORBIDDEN', message: '没有权限进行这个操作' } };
    if (!isTimerEvent(event)) return { ok: false, error: { code: 'INVALID_INPUT', message: '请求格式不对' } };
    const jobs = options.jobs[event.TriggerName];
    if (!jobs) return { ok: false, error: { code: 'UNKNOWN_ACTION', message: '不支持的操作' } };
    const base = options.platform();
    const platform: Platform = { ...base, clock: new ManualClock(event.Time) };
    const reports: JobReport[] = [];
    for (const job of jobs) {
      try {
        reports.push(await job.run(platform));
      } catch (error) {
        // One failing job must not stop the others; the next run retries it.
        log({
          level: 'error',
          fn: 'jobs',
          job: job.name,
          error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error),
        });
        reports.push({ job: job.name, processed: 0, detail: 'failed' });
      }
    }
    log({ level: 'info', fn: 'jobs', trigger: event.TriggerName, at: event.Time, reports });
    return { ok: true, data: { trigger: event.TriggerName, at: event.Time, reports } };
  };
};
