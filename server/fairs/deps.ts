import type { AppConfig } from '../app/config';
import type { Platform } from '../app/platform';
import { cloudbaseAuditLog, type AuditLog } from '../audit/audit-log';
import { cloudbaseUploadRepo, type UploadRepo } from '../files/upload-repo';
import type { Clock } from '../kernel/clock';
import { notificationDeps } from '../notifications/deps';
import type { Notifier } from '../notifications/notifier';
import { cloudbase } from '../platform/cloudbase';
import { binaryOpenApi } from '../platform/open-api-binary';
import { cloudbaseRelativeRepo, type RelativeRepo } from '../relatives/relative-repo';
import { cloudbaseUserRepo, type UserRepo } from '../users/infra/user-repo';
import { cloudbaseBookingRepo, type BookingRepo } from './infra/booking-repo';
import { cloudbaseFairRepo, type FairRepo } from './infra/fair-repo';
import {
  cloudbaseAttemptRepo,
  cloudbaseHoursRepo,
  cloudbaseWalkInRepo,
  type AttemptRepo,
  type HoursRepo,
  type WalkInRepo,
} from './infra/ledger-repo';
import { cloudbaseSeriesRepo, type SeriesRepo } from './infra/series-repo';
import { cloudbasePresenceRepo, cloudbaseShiftRepo, type PresenceRepo, type ShiftRepo } from './infra/shift-repo';
import { cloudbaseSlotRepo, type SlotRepo } from './infra/slot-repo';
import { wechatStallCodeImage, type StallCodeImage } from './infra/stall-code-image';
import { cloudbaseStallRepo, type StallRepo } from './infra/stall-repo';

export interface FairsDeps {
  fairs: FairRepo;
  series: SeriesRepo;
  stalls: StallRepo;
  slots: SlotRepo;
  bookings: BookingRepo;
  shifts: ShiftRepo;
  presence: PresenceRepo;
  hours: HoursRepo;
  walkIns: WalkInRepo;
  attempts: AttemptRepo;
  users: UserRepo;
  relatives: RelativeRepo;
  uploads: UploadRepo;
  audit: AuditLog;
  notifier: Notifier;
  stallCodeImage: StallCodeImage;
  clock: Clock;
  config: AppConfig;
}

export const fairsDeps = (platform: Platform): FairsDeps => ({
  fairs: cloudbaseFairRepo(platform.db),
  series: cloudbaseSeriesRepo(platform.db),
  stalls: cloudbaseStallRepo(platform.db),
  slots: cloudbaseSlotRepo(platform.db),
  bookings: cloudbaseBookingRepo(platform.db),
  shifts: cloudbaseShiftRepo(platform.db),
  presence: cloudbasePresenceRepo(platform.db),
  hours: cloudbaseHoursRepo(platform.db),
  walkIns: cloudbaseWalkInRepo(platform.db),
  attempts: cloudbaseAttemptRepo(platform.db),
  users: cloudbaseUserRepo(platform.db),
  relatives: cloudbaseRelativeRepo(platform.db),
  uploads: cloudbaseUploadRepo(platform.db),
  audit: cloudbaseAuditLog(platform.db),
  notifier: notificationDeps(platform).notifier,
  stallCodeImage: wechatStallCodeImage(binaryOpenApi(cloudbase())),
  clock: platform.clock,
  config: platform.config,
});
