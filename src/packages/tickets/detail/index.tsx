import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { TicketDetail } from '@contracts/tickets';
import { openPage, ROUTES } from '../../../routes';
import { getTicket } from '../../../services/tickets';
import { AppButton } from '../../../ui/AppButton';
import { Screen } from '../../../ui/Screen';
import { StateView } from '../../../ui/StateView';
import { useAsync } from '../../../ui/useAsync';
import { useReloadOnShow } from '../../../ui/useReloadOnShow';
import { TicketHeader } from '../shared/TicketHeader';
import { Timeline } from '../shared/Timeline';
import { ResidentActions } from './ResidentActions';
import '../shared/tickets.scss';

function Detail({ ticket, justFiled, onChanged }: { ticket: TicketDetail; justFiled: boolean; onChanged: (t: TicketDetail) => void }) {
  const handles = ticket.relation === 'staff' || ticket.relation === 'handler' || ticket.relation === 'viewer';
  return (
    <View>
      {justFiled ? (
        <View className="ll-notice" role="status">
          <Text>已提交，工作人员会尽快处理。每一步进度都会通知您。</Text>
        </View>
      ) : null}
      <TicketHeader ticket={ticket} />
      <ResidentActions ticket={ticket} onChanged={onChanged} />
      {handles ? (
        <AppButton kind="plain" onClick={() => openPage(ROUTES.ticketAdminDetail, { id: ticket.id })}>
          去处理这张单子
        </AppButton>
      ) : null}
      <View className="ll-card">
        <Text className="ll-title">处理进度</Text>
        <Timeline entries={[...ticket.timeline].reverse()} kind={ticket.kind} />
      </View>
    </View>
  );
}

/** One ticket and its whole timeline, newest step first. */
export default function TicketDetailPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const ticket = useAsync(() => getTicket(id), [id]);
  useReloadOnShow(() => void ticket.reload());
  return (
    <Screen>
      <StateView state={ticket.state} onRetry={ticket.reload}>
        {(data) => <Detail ticket={data} justFiled={params.new === '1'} onChanged={ticket.update} />}
      </StateView>
    </Screen>
  );
}
