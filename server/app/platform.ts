import { clockFromEnv, systemClock, type Clock } from '../kernel/clock';
import { cloudbase, type CloudBaseApp, type Database } from '../platform/cloudbase';
import { callOpenApi, type OpenApi } from '../platform/open-api';
import { readConfig, type AppConfig } from './config';

/** What every domain is built from: the database, WeChat's open APIs, the clock and the configuration. */
export interface Platform {
  db: Database;
  openApi: OpenApi;
  clock: Clock;
  config: AppConfig;
}

/** The platform of a CloudBase app: production's own, or one pointed at the local cloud. */
export const platformOf = (app: CloudBaseApp, overrides: Partial<Omit<Platform, 'db' | 'openApi'>> = {}): Platform => ({
  db: app.database(),
  openApi: (apiName, requestData) => callOpenApi(app, apiName, requestData),
  clock: overrides.clock ?? systemClock,
  config: overrides.config ?? readConfig(),
});

export const createPlatform = (): Platform => platformOf(cloudbase(), { clock: clockFromEnv() });
