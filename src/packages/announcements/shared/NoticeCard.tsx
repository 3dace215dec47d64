import { Text, View } from '@tarojs/components';
import { CATEGORY_LABELS, type NoticeCard as Card } from '@contracts/announcements';
import { shanghaiDateTime } from '@contracts/time';
import { Badge } from '../../../ui/Badge';

/** One notice in a list; what matters (unread, needs confirming) is said in words. */
export function NoticeCard({ card, onOpen }: { card: Card; onOpen: (card: Card) => void }) {
  return (
    <View
      className={`ll-card notice-card${card.read ? '' : ' notice-card--unread'}`}
      role="button"
      aria-label={card.title}
      onClick={() => onOpen(card)}
    >
      <View className="notice-card__badges">
        {card.pinned ? <Badge tone="primary">置顶</Badge> : null}
        <Badge tone="neutral">{CATEGORY_LABELS[card.category]}</Badge>
        {card.read ? null : <Badge tone="primary">未读</Badge>}
        {card.mustAck ? <Badge tone={card.acked ? 'success' : 'warning'}>{card.acked ? '已确认' : '需确认'}</Badge> : null}
        {card.updated ? <Badge tone="neutral">已更新</Badge> : null}
      </View>
      <Text className="ll-title">{card.title}</Text>
      <Text className="notice-card__excerpt">{card.excerpt}</Text>
      <Text className="ll-muted">{shanghaiDateTime(new Date(card.publishedAt))}</Text>
    </View>
  );
}
