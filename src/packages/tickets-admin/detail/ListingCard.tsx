import { Text, View } from '@tarojs/components';
import type { TicketDetail } from '@contracts/tickets';
import { reviewListing } from '../../../services/tickets';
import { ActionResult } from '../../../ui/ActionResult';
import { AppButton } from '../../../ui/AppButton';
import { useAction } from '../../../ui/useAction';

/**
 * Whether neighbours see this public report. A held one (the content check wants a person to
 * read it first) asks staff to decide; a listed one can be taken down. Handling goes on either way.
 */
export function ListingCard({ ticket, onChanged }: { ticket: TicketDetail; onChanged: (next: TicketDetail) => void }) {
  const action = useAction();
  if (!ticket.public) return null;
  const decide = async (list: boolean) => {
    const next = await action.run(() => reviewListing(ticket.id, list), list ? '已公开给邻居' : '已设为不公开');
    if (next) onChanged(next);
  };
  return (
    <View className="ll-card">
      <Text className="ll-title">邻居能否看到</Text>
      {ticket.held ? (
        <>
          <Text className="ticket__line">居民想公开这条报告，但内容需要先审核。请看过内容后决定。</Text>
          <AppButton loading={action.busy} onClick={() => void decide(true)}>
            内容没问题，公开给邻居
          </AppButton>
          <AppButton kind="plain" loading={action.busy} onClick={() => void decide(false)}>
            不公开，只有处理人员能看到
          </AppButton>
        </>
      ) : ticket.listed ? (
        <>
          <Text className="ticket__line">已公开：邻居能看到内容，看不到报告人的姓名、电话和门牌。</Text>
          <AppButton kind="plain" loading={action.busy} onClick={() => void decide(false)}>
            不再公开给邻居
          </AppButton>
        </>
      ) : (
        <>
          <Text className="ticket__line">没有公开给邻居。</Text>
          <AppButton kind="plain" loading={action.busy} onClick={() => void decide(true)}>
            公开给邻居
          </AppButton>
        </>
      )}
      <ActionResult error={action.error} notice={action.notice} />
    </View>
  );
}
