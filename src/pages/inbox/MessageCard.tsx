import { Text, View } from '@tarojs/components';
import type { InboxItem, InboxKind } from '@contracts/inbox';
import { shanghaiDateTime } from '@contracts/time';
import { Badge } from '../../ui/Badge';

const KIND_LABELS: Record<InboxKind, string> = {
  notice: '公告',
  ticket: '报修',
  fair: '集市',
  market: '闲置',
  canteen: '食堂',
  system: '系统',
};

/** One message; unread ones say so in words, not only with a colour. */
export function MessageCard({ item, onOpen }: { item: InboxItem; onOpen: (item: InboxItem) => void }) {
  return (
    <View
      className={`ll-card inbox__item${item.read ? '' : ' inbox__item--unread'}`}
      role="button"
      aria-label={item.title}
      onClick={() => onOpen(item)}
    >
      <View>
        <Badge tone="neutral">{KIND_LABELS[item.kind]}</Badge>
        {item.read ? null : <Badge tone="primary">未读</Badge>}
      </View>
      <Text className="ll-title">{item.title}</Text>
      <Text className="inbox__body">{item.body}</Text>
      <Text className="ll-muted">{shanghaiDateTime(new Date(item.createdAt))}</Text>
    </View>
  );
}
