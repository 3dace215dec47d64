import type { Platform } from '../app/platform';
import { cloudbaseAuditLog, type AuditLog } from '../audit/audit-log';
import type { ContentCheck } from '../content/content-check';
import { wechatContentCheck } from '../content/wechat-content-check';
import { cloudbaseUploadRepo, type UploadRepo } from '../files/upload-repo';
import type { Clock } from '../kernel/clock';
import { notificationDeps } from '../notifications/deps';
import type { Notifier } from '../notifications/notifier';
import { cloudbaseBuildingRepo, type BuildingRepo } from '../users/infra/building-repo';
import { cloudbaseUserRepo, type UserRepo } from '../users/infra/user-repo';
import { cloudbaseCategoryRepo, type CategoryRepo } from './infra/category-repo';
import { cloudbaseEventRepo, type EventRepo } from './infra/event-repo';
import { cloudbaseTicketRepo, type TicketRepo } from './infra/ticket-repo';
import { cloudbaseTicketStore, type TicketStore } from './infra/ticket-store';

export interface TicketsDeps {
  tickets: TicketRepo;
  store: TicketStore;
  events: EventRepo;
  categories: CategoryRepo;
  users: UserRepo;
  buildings: BuildingRepo;
  audit: AuditLog;
  uploads: UploadRepo;
  notifier: Notifier;
  content: ContentCheck;
  clock: Clock;
}

export const ticketsDeps = (platform: Platform): TicketsDeps => ({
  tickets: cloudbaseTicketRepo(platform.db),
  store: cloudbaseTicketStore(platform.db),
  events: cloudbaseEventRepo(platform.db),
  categories: cloudbaseCategoryRepo(platform.db),
  users: cloudbaseUserRepo(platform.db),
  buildings: cloudbaseBuildingRepo(platform.db),
  audit: cloudbaseAuditLog(platform.db),
  uploads: cloudbaseUploadRepo(platform.db),
  notifier: notificationDeps(platform).notifier,
  content: wechatContentCheck(platform.openApi),
  clock: platform.clock,
});
