import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { mayCall } from '@contracts/action';
import { tickets, type TicketDetail } from '@contracts/tickets';
import type { MeView } from '@contracts/users';
import { getTicket } from '../../../services/tickets';
import { StateView } from '../../../ui/StateView';
import { useAsync } from '../../../ui/useAsync';
import { TicketHeader } from '../../tickets/shared/TicketHeader';
import { Timeline } from '../../tickets/shared/Timeline';
import { when } from '../../tickets/shared/labels';
import { HandlerGate } from '../shared/HandlerGate';
import { ContactCard } from './ContactCard';
import { HandlingActions } from './HandlingActions';
import { ListingCard } from './ListingCard';

function Deadlines({ ticket }: { ticket: TicketDetail }) {
  if (!['submitted', 'accepted', 'in_progress'].includes(ticket.status)) return null;
  return (
    <View className="ll-card">
      {ticket.responseDueAt ? <Text className="ticket__line">{`受理时限：${when(ticket.responseDueAt)}`}</Text> : null}
      {ticket.resolutionDueAt ? <Text className="ticket__line">{`办结时限：${when(ticket.resolutionDueAt)}`}</Text> : null}
      {ticket.overdue ? <Text className="ll-error-text ticket__line">已超时，请尽快处理</Text> : null}
    </View>
  );
}

function Loaded({ id, me }: { id: string; me: MeView }) {
  const ticket = useAsync(() => getTicket(id), [id]);
  return (
    <StateView state={ticket.state} onRetry={ticket.reload}>
      {(data) => (
        <View>
          <TicketHeader ticket={data} />
          <Deadlines ticket={data} />
          <ContactCard
            ticket={data}
            canReveal={mayCall(tickets.revealContact.access, me.roles) && (data.relation === 'staff' || data.relation === 'handler')}
          />
          <HandlingActions ticket={data} onChanged={ticket.update} />
          {mayCall(tickets.reviewListing.access, me.roles) ? <ListingCard ticket={data} onChanged={ticket.update} /> : null}
          <View className="ll-card">
            <Text className="ll-title">处理进度</Text>
            <Timeline entries={[...data.timeline].reverse()} kind={data.kind} />
          </View>
        </View>
      )}
    </StateView>
  );
}

/** A ticket as staff work on it: deadlines, the reporter's contact on request, the next steps. */
export default function TicketAdminDetailPage() {
  const { params } = useRouter();
  return <HandlerGate>{(me) => <Loaded id={params.id ?? ''} me={me} />}</HandlerGate>;
}
