import type { AppConfig } from '../app/config';
import type { Platform } from '../app/platform';
import { cloudbaseAuditLog, type AuditLog } from '../audit/audit-log';
import type { ContentCheck } from '../content/content-check';
import { wechatContentCheck } from '../content/wechat-content-check';
import { cloudbaseUploadRepo, type UploadRepo } from '../files/upload-repo';
import type { Clock } from '../kernel/clock';
import type { InboxRepo } from '../notifications/inbox-repo';
import { notificationDeps } from '../notifications/deps';
import type { Notifier } from '../notifications/notifier';
import { cloudbaseBuildingRepo, type BuildingRepo } from '../users/infra/building-repo';
import { cloudbaseAudienceDirectory, type AudienceDirectory } from './infra/audience-directory';
import { cloudbaseNoticeRepo, type NoticeRepo } from './infra/notice-repo';
import { cloudbasePinBoard, type PinBoard } from './infra/pin-board';
import { cloudbaseReceiptRepo, type ReceiptRepo } from './infra/receipt-repo';

export interface AnnouncementsDeps {
  notices: NoticeRepo;
  receipts: ReceiptRepo;
  pins: PinBoard;
  directory: AudienceDirectory;
  buildings: BuildingRepo;
  uploads: UploadRepo;
  audit: AuditLog;
  content: ContentCheck;
  notifier: Notifier;
  inbox: InboxRepo;
  clock: Clock;
  config: AppConfig;
}

export const announcementsDeps = (platform: Platform): AnnouncementsDeps => {
  const { inbox, notifier } = notificationDeps(platform);
  return {
    notices: cloudbaseNoticeRepo(platform.db),
    receipts: cloudbaseReceiptRepo(platform.db),
    pins: cloudbasePinBoard(platform.db),
    directory: cloudbaseAudienceDirectory(platform.db),
    buildings: cloudbaseBuildingRepo(platform.db),
    uploads: cloudbaseUploadRepo(platform.db),
    audit: cloudbaseAuditLog(platform.db),
    content: wechatContentCheck(platform.openApi),
    notifier,
    inbox,
    clock: platform.clock,
    config: platform.config,
  };
};
