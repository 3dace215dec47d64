import { systemClock, type Clock } from '../kernel/clock';
import { cloudbase, type Database } from '../platform/cloudbase';
import { readConfig, type AppConfig } from './config';

/** What every domain is built from: the database, the clock and the configuration. */
export interface Platform {
  db: Database;
  clock: Clock;
  config: AppConfig;
}

export const createPlatform = (overrides: Partial<Platform> = {}): Platform => ({
  db: overrides.db ?? cloudbase().database(),
  clock: overrides.clock ?? systemClock,
  config: overrides.config ?? readConfig(),
});
