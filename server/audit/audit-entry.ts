import type { AuditAction } from '@contracts/audit';

/** One line of the append-only record of what staff (or the system) changed, and when. */
export interface AuditEntry {
  id: string;
  at: Date;
  actorId: string;
  actorName: string;
  action: AuditAction;
  targetType: string;
  targetId: string;
  targetName: string;
  detail: string;
}
