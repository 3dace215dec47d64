import { Image, Text, View } from '@tarojs/components';
import { TICKET_KIND_LABELS, type TicketSummary } from '@contracts/tickets';
import { fileUrl } from '../../../services/files';
import { Badge } from '../../../ui/Badge';
import { shortWhen, statusLabel, statusTone } from './labels';

/** One ticket in a list: what, where, its state in words (never colour alone), when. */
export function TicketCard({ ticket, onOpen, extra }: { ticket: TicketSummary; onOpen: (ticket: TicketSummary) => void; extra?: string }) {
  return (
    <View
      className="ll-card ticket-card"
      role="button"
      aria-label={`${ticket.categoryName} ${ticket.excerpt}`}
      onClick={() => onOpen(ticket)}
    >
      <View className="ticket-card__head">
        <View className="ticket-card__text">
          <View>
            <Badge tone={statusTone(ticket.status)}>{statusLabel(ticket.status)}</Badge>
            {ticket.overdue ? <Badge tone="danger">已超时</Badge> : null}
            <Badge>{`${TICKET_KIND_LABELS[ticket.kind]} · ${ticket.categoryName}`}</Badge>
          </View>
          <Text className="ticket-card__excerpt">{ticket.excerpt}</Text>
        </View>
        {ticket.photo ? <Image className="ticket-card__photo" src={fileUrl(ticket.photo)} mode="aspectFill" /> : null}
      </View>
      <Text className="ticket__line">{`📍 ${ticket.placeLabel}`}</Text>
      <Text className="ll-muted ticket__line">
        {[shortWhen(ticket.createdAt), ticket.followers ? `${ticket.followers}位邻居也遇到了` : '', extra ?? '']
          .filter(Boolean)
          .join(' · ')}
      </Text>
    </View>
  );
}
