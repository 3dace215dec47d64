import type { AuditAction } from '@contracts/audit';
import type { AuditLog } from '../../../audit/audit-log';
import type { Clock } from '../../../kernel/clock';
import type { Caller } from '../../../users/caller';
import { displayName } from '../../../users/domain/user';

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
    actorId: caller.user.id,
    actorName: displayName(caller.user),
    action,
    targetType: 'notice',
    targetId: notice.id,
    targetName: notice.title,
    detail,
  });
