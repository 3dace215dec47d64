/** The only way the core learns the time: production reads the system clock, tests set it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** The system clock moved by a fixed amount: time flows normally from a chosen starting instant. */
export const offsetClock = (offsetMs: number): Clock => ({ now: () => new Date(Date.now() + offsetMs) });

/**
 * The clock a function instance uses. Locally, `LINLI_CLOCK_OFFSET_MS` (set only by linli's local
 * runtime, never in cloudbaserc.json) lets a browser test run every process at a chosen instant.
 */
export const clockFromEnv = (env: NodeJS.ProcessEnv = process.env): Clock => {
  const offset = Number(env.LINLI_CLOCK_OFFSET_MS);
  return env.LINLI_CLOCK_OFFSET_MS && Number.isFinite(offset) ? offsetClock(offset) : systemClock;
};

/** A clock that stands still until told to move: for tests and for timer runs with a given time. */
export class ManualClock implements Clock {
  private current: Date;

  constructor(start: Date | string) {
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current.getTime());
  }

  set(at: Date | string): void {
    this.current = new Date(at);
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export const MINUTE = 60 * 1000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
