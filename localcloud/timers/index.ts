import { LocalCloudError } from '../core/errors';
import type { FunctionConfig } from '../functions/config';
import { CronError, cronMatches, nextFire, parseCloudBaseCron, type CloudBaseCron } from './cron';

export { CronError, cronMatches, nextFire, parseCloudBaseCron } from './cron';

/**
 * CloudBase evaluates timer crons in Beijing time (UTC+8), while the functions themselves run in
 * UTC: `0 0 2 * * * *` fires at 02:00 Asia/Shanghai, which is 18:00 UTC the day before.
 */
export const CLOUDBASE_TIMER_TIME_ZONE = 'Asia/Shanghai';

export interface TimerFunctions {
  list(): FunctionConfig[];
  invoke(name: string, event: unknown, options: { timer: true; caller: { source: string } }): Promise<string>;
}

export interface TimersOptions {
  functions: TimerFunctions;
  /** The current time, a Date or epoch milliseconds (tests inject one). */
  clock?: () => number | Date;
  timeZone?: string;
  /** Fire triggers on schedule (`runTimers`); otherwise only `fireTimers` fires them. */
  run?: boolean;
  /** Schedules a wake-up; returns a cancel function (tests may inject one). */
  setTimer?: (callback: () => void, delayMs: number) => () => void;
  log?: (line: string) => void;
}

/** What one trigger did at one instant. */
export interface TimerRun {
  functionName: string;
  triggerName: string;
  /** The instant the trigger was due, `2026-03-01T18:00:00Z`. */
  time: string;
  ok: boolean;
  result?: unknown;
  error?: { code: string; message: string };
}

/** The event SCF passes to a function its timer triggers. */
export interface TimerEvent {
  Type: 'Timer';
  TriggerName: string;
  Time: string;
  Message: string;
}

export interface TimersService {
  /** Fires every trigger due at `at` (to the second) that has not fired for that instant yet. */
  fireTimers(at: Date): Promise<TimerRun[]>;
  /** Starts the schedule (called by the server when `run` is on). */
  start(): void;
  close(): Promise<void>;
}

/** Longest sleep between wake-ups, so edited triggers are noticed. */
const MAX_SLEEP_MS = 60_000;

function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function createTimers(options: TimersOptions): TimersService {
  const clock = (): number => {
    const value = options.clock ? options.clock() : Date.now();
    return typeof value === 'number' ? value : value.getTime();
  };
  const timeZone = options.timeZone ?? CLOUDBASE_TIMER_TIME_ZONE;
  const log = options.log ?? ((line: string) => process.stderr.write(`[timers] ${line}\n`));
  const setTimer =
    options.setTimer ??
    ((callback: () => void, delayMs: number) => {
      const handle = setTimeout(callback, delayMs);
      return () => clearTimeout(handle);
    });
  const parsed = new Map<string, CloudBaseCron | CronError>();
  const fired = new Map<string, number>();
  const running = new Set<Promise<unknown>>();
  let cancel: (() => void) | undefined;
  let closed = false;

  function cronOf(source: string): CloudBaseCron | CronError {
    let cron = parsed.get(source);
    if (!cron) {
      try {
        cron = parseCloudBaseCron(source, timeZone);
      } catch (error) {
        cron = error instanceof CronError ? error : new CronError(String(error));
      }
      parsed.set(source, cron);
    }
    return cron;
  }

  function triggers(): Array<{ config: FunctionConfig; name: string; cron: CloudBaseCron | CronError; message: string }> {
    let configs: FunctionConfig[];
    try {
      configs = options.functions.list();
    } catch (error) {
      log(`cannot read the functions' triggers: ${(error as Error)?.message ?? String(error)}`);
      return [];
    }
    return configs.flatMap((config) =>
      config.triggers.map((trigger) => ({ config, name: trigger.name, cron: cronOf(trigger.config), message: trigger.message ?? '' })),
    );
  }

  function forget(beforeMs: number): void {
    if (fired.size < 10_000) return;
    for (const [key, at] of fired) if (at < beforeMs) fired.delete(key);
  }

  async function fireTimers(at: Date): Promise<TimerRun[]> {
    const instant = Math.floor(at.getTime() / 1000) * 1000;
    const time = isoSeconds(instant);
    forget(instant - 3_600_000);
    const runs: Array<Promise<TimerRun>> = [];
    for (const trigger of triggers()) {
      const base = { functionName: trigger.config.name, triggerName: trigger.name, time };
      if (trigger.cron instanceof CronError) {
        const key = `invalid:${trigger.config.name}/${trigger.name}`;
        if (!fired.has(key)) {
          fired.set(key, Number.MAX_SAFE_INTEGER);
          log(`${trigger.config.name}/${trigger.name}: ${trigger.cron.message}`);
        }
        continue;
      }
      if (!cronMatches(trigger.cron, new Date(instant))) continue;
      const key = `${trigger.config.name}/${trigger.name}@${instant}`;
      if (fired.has(key)) continue;
      fired.set(key, instant);
      const event: TimerEvent = { Type: 'Timer', TriggerName: trigger.name, Time: time, Message: trigger.message };
      runs.push(
        options.functions
          .invoke(trigger.config.name, event, { timer: true, caller: { source: 'wx_trigger' } })
          .then((json): TimerRun => ({ ...base, ok: true, result: JSON.parse(json) as unknown }))
          .catch((error: unknown): TimerRun => {
            const code = error instanceof LocalCloudError ? error.code : 'SYS_ERR';
            const message = (error as Error)?.message ?? String(error);
            log(`${base.functionName}/${base.triggerName} at ${time} failed: ${code} ${message}`);
            return { ...base, ok: false, error: { code, message } };
          }),
      );
    }
    return Promise.all(runs);
  }

  function schedule(): void {
    if (closed) return;
    const now = clock();
    const from = new Date(Math.floor(now / 1000) * 1000 - 1);
    let next: number | undefined;
    for (const trigger of triggers()) {
      if (trigger.cron instanceof CronError) continue;
      let due: number | undefined;
      try {
        due = nextFire(trigger.cron, from)?.getTime();
      } catch (error) {
        log(`${trigger.config.name}/${trigger.name}: ${(error as Error).message}`);
      }
      if (due !== undefined && (next === undefined || due < next)) next = due;
    }
    const delay = next === undefined ? MAX_SLEEP_MS : Math.max(0, Math.min(next - now, MAX_SLEEP_MS));
    cancel = setTimer(() => {
      if (closed) return;
      if (next !== undefined && clock() >= next) {
        const run = fireTimers(new Date(next)).catch((error: unknown) => log(`timer run failed: ${String(error)}`));
        running.add(run);
        void run.finally(() => running.delete(run));
      }
      schedule();
    }, delay);
  }

  return {
    fireTimers,
    start() {
      if (options.run && !cancel && !closed) schedule();
    },
    async close() {
      closed = true;
      cancel?.();
      await Promise.allSettled([...running]);
    },
  };
}
