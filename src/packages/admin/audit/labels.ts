/** Audit rows name the action as the backend records it; staff read it in Chinese. */
export { auditActionLabel } from '@contracts/audit';
