import type { AuditAction } from '@contracts/audit';
import type { AuditLog } from '../../../audit/audit-log';
import type { Clock } from '../../../kernel/clock';
import { auditActor, type Caller } from '../../../users/caller';

/** One line in the shared, append-only audit log for a staff action on a notice. */
export const recordNoticeAudit = (
  deps: { audit: AuditLog; clock: Clock },
  caller: Caller,
  action: AuditAction,
  notice: { id: string; title: string },
  detail: string,
): Promise<void> =>
  deps.audit.record({
    at: deps.clock.now(),
    ...auditActor(caller),
    action,
    targetType: 'notice',
    targetId: notice.id,
    targetName: notice.title,
    detail,
  });
