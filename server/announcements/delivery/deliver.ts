import type { Building } from '../../users/domain/building';
import type { AnnouncementsDeps } from '../deps';
import { isRecipient } from '../domain/audience';
import { FANOUT_LEASE_MS, type Notice } from '../domain/notice';
import type { Receipt } from '../domain/receipt';
import type { Member } from '../infra/audience-directory';
import { publishedNotification } from './notification';

const snapshotOf = (notice: Notice, member: Member, buildings: Map<string, Building>): Omit<Receipt, 'id'> => {
  const home = member.household;
  const building = home ? buildings.get(home.buildingId) : undefined;
  return {
    noticeId: notice.id,
    userId: member.id,
    inAudience: true,
    read: false,
    acked: false,
    name: member.name,
    ...(home
      ? {
          buildingId: home.buildingId,
          buildingName: building?.name ?? home.buildingName,
          buildingOrder: building?.order,
          unit: home.unit,
          room: home.room,
        }
      : {}),
  };
};

/**
 * The second half of publishing: fixes the audience (one receipt per recipient) and puts the
 * notice in each recipient's inbox, page by page of the community. Every step is idempotent —
 * receipts have one id per person and notice, inbox deliveries a unique key — so the timer job
 * can simply run it again if a publish stopped half way.
 */
export const deliverNotice = async (noticeId: string, deps: AnnouncementsDeps): Promise<number> => {
  const notice = await deps.notices.byId(noticeId);
  if (!notice || notice.status !== 'published' || !notice.fanoutPending) return notice?.audienceSize ?? 0;
  const now = deps.clock.now();
  const buildings = new Map((await deps.buildings.all()).map((b) => [b.id, b]));
  const notification = publishedNotification(notice);
  await deps.directory.forEachPage(async (members) => {
    const recipients = members.filter((m) => isRecipient(m, notice.audienceKeys, now));
    if (recipients.length === 0) return;
    // Receipts and inbox messages are independent writes: both at once.
    await Promise.all([
      deps.receipts.addAudience(recipients.map((m) => snapshotOf(notice, m, buildings))),
      deps.notifier.notify(
        recipients.map((m) => ({ userId: m.id, openid: m.openid })),
        notification,
      ),
    ]);
  });
  const { audience } = await deps.receipts.counts(notice.id);
  await deps.notices.finishDelivery(notice.id, audience, now);
  return audience;
};

/** When a delivery that started now may be taken over by the timer job. */
export const leaseUntil = (now: Date) => new Date(now.getTime() + FANOUT_LEASE_MS);
