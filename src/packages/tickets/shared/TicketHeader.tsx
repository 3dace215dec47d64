import { Text, View } from '@tarojs/components';
import { HANDLER_ORG_LABELS, TICKET_KIND_LABELS, VISIT_SLOT_LABELS, type TicketDetail } from '@contracts/tickets';
import { Badge } from '../../../ui/Badge';
import { PhotoGrid } from './PhotoGrid';
import { statusLabel, statusTone, when } from './labels';

/** Who may read the report: the reporter's choice, and what staff made of it. */
const listingLabel = (ticket: TicketDetail): string => {
  if (!ticket.public) return '不公开';
  if (ticket.listed) return '邻居可见';
  return ticket.held ? '公开待审核' : '未公开给邻居';
};

/** What the ticket is about, where, and where it stands: the top of both detail pages. */
export function TicketHeader({ ticket }: { ticket: TicketDetail }) {
  return (
    <View className="ll-card">
      <View>
        <Badge tone={statusTone(ticket.status)}>{statusLabel(ticket.status)}</Badge>
        {ticket.overdue ? <Badge tone="danger">已超时</Badge> : null}
        <Badge>{`${TICKET_KIND_LABELS[ticket.kind]} · ${ticket.categoryName}`}</Badge>
        <Badge>{listingLabel(ticket)}</Badge>
      </View>
      <Text className="ll-title">{ticket.description}</Text>
      <PhotoGrid photos={ticket.photos} />
      <Text className="ticket__line">{`📍 ${ticket.place.label}${ticket.place.spot && ticket.place.type === 'household' ? ` · ${ticket.place.spot}` : ''}`}</Text>
      {ticket.visit ? (
        <Text className="ticket__line">{`上门时间：${ticket.visit.date} ${VISIT_SLOT_LABELS[ticket.visit.slot]}`}</Text>
      ) : null}
      <Text className="ticket__line">{`提交时间：${when(ticket.createdAt)}`}</Text>
      <Text className="ticket__line">
        {ticket.assignee ? `处理人：${ticket.assignee.role} ${ticket.assignee.name}` : `处理单位：${HANDLER_ORG_LABELS[ticket.handler]}`}
      </Text>
      {ticket.expectedAt ? <Text className="ticket__line">{`预计完成：${when(ticket.expectedAt)}`}</Text> : null}
      {ticket.followers ? <Text className="ticket__line">{`${ticket.followers}位邻居也遇到了`}</Text> : null}
      {ticket.rating ? (
        <Text className="ticket__line">{`评价：${'★'.repeat(ticket.rating.stars)}${ticket.rating.comment ? ` ${ticket.rating.comment}` : ''}`}</Text>
      ) : null}
    </View>
  );
}
