import type { AppConfig } from '../app/config';
import type { Platform } from '../app/platform';
import { cloudbaseAuditLog, type AuditLog } from '../audit/audit-log';
import { cloudbaseUploadRepo, type UploadRepo } from '../files/upload-repo';
import { notificationDeps, type NotificationDeps } from '../notifications/deps';
import type { Clock } from '../kernel/clock';
import { cloudbaseRelativeRepo, type RelativeRepo } from '../relatives/relative-repo';
import { cloudbaseBuildingRepo, type BuildingRepo } from './infra/building-repo';
import { cloudbaseUserRepo, type UserRepo } from './infra/user-repo';

export interface UsersDeps {
  users: UserRepo;
  buildings: BuildingRepo;
  audit: AuditLog;
  clock: Clock;
  config: AppConfig;
}

/** The users function also serves the inbox (消息), so it carries the notification dependencies. */
export type UsersFunctionDeps = UsersDeps & NotificationDeps & { uploads: UploadRepo; relatives: RelativeRepo };

export const usersFunctionDeps = (platform: Platform): UsersFunctionDeps => ({
  ...usersDeps(platform),
  ...notificationDeps(platform),
  uploads: cloudbaseUploadRepo(platform.db),
  relatives: cloudbaseRelativeRepo(platform.db),
});

export const usersDeps = (platform: Platform): UsersDeps => ({
  users: cloudbaseUserRepo(platform.db),
  buildings: cloudbaseBuildingRepo(platform.db),
  audit: cloudbaseAuditLog(platform.db),
  clock: platform.clock,
  config: platform.config,
});
