import type { AppConfig } from '../app/config';
import type { Platform } from '../app/platform';
import { cloudbaseAuditLog, type AuditLog } from '../audit/audit-log';
import type { Clock } from '../kernel/clock';
import { cloudbaseBuildingRepo, type BuildingRepo } from './infra/building-repo';
import { cloudbaseUserRepo, type UserRepo } from './infra/user-repo';

export interface UsersDeps {
  users: UserRepo;
  buildings: BuildingRepo;
  audit: AuditLog;
  clock: Clock;
  config: AppConfig;
}

export const usersDeps = (platform: Platform): UsersDeps => ({
  users: cloudbaseUserRepo(platform.db),
  buildings: cloudbaseBuildingRepo(platform.db),
  audit: cloudbaseAuditLog(platform.db),
  clock: platform.clock,
  config: platform.config,
});
