import { conflict, fail, ok, type Result } from '../../../kernel/result';
import type { Caller } from '../../../users/caller';
import type { AnnouncementsDeps } from '../../deps';
import { readableNotice, readerInfo } from '../shared/readable';

/** 我已知晓: records once when the reader acknowledged a must-acknowledge notice; pressing again changes nothing. */
export const acknowledgeNotice = async (noticeId: string, caller: Caller, deps: AnnouncementsDeps): Promise<Result<{ ackAt: string }>> => {
  const readable = await readableNotice(noticeId, caller, deps);
  if (!readable.ok) return readable;
  const { notice, receipt, mine } = readable.data;
  if (!mine) return fail('NOT_IN_AUDIENCE');
  if (!notice.mustAck) return conflict('这条通知不需要确认');
  if (receipt?.ackAt) return ok({ ackAt: receipt.ackAt.toISOString() });
  const now = deps.clock.now();
  if (!receipt?.read) {
    await deps.receipts.markRead(notice.id, caller.user.id, readerInfo(caller), now);
  }
  const ackAt = (await deps.receipts.markAcked(notice.id, caller.user.id, now)) ?? now;
  return ok({ ackAt: ackAt.toISOString() });
};
