import { Text, View } from '@tarojs/components';
import { CATEGORY_LABELS, type NoticeCard } from '@contracts/announcements';
import { shanghaiDateTime } from '@contracts/time';
import { openPage, ROUTES } from '../../routes';
import { listFeed } from '../../services/announcements';
import { Badge } from '../../ui/Badge';
import { useAsync } from '../../ui/useAsync';
import { useReloadOnShow } from '../../ui/useReloadOnShow';

/** At most this many on 首页: pinned first, then the newest; the rest are one tap away. */
const SHOWN = 4;

const loadLatest = async () => {
  const page = await listFeed({ limit: SHOWN });
  return [...page.pinned, ...page.items].slice(0, SHOWN);
};

function Line({ card }: { card: NoticeCard }) {
  return (
    <View
      className={`home__notice${card.read ? '' : ' home__notice--unread'}`}
      role="button"
      aria-label={card.title}
      onClick={() => openPage(ROUTES.announcementDetail, { id: card.id })}
    >
      <View>
        {card.pinned ? <Badge tone="primary">置顶</Badge> : null}
        <Badge tone="neutral">{CATEGORY_LABELS[card.category]}</Badge>
        {card.read ? null : <Badge tone="primary">未读</Badge>}
        {card.mustAck && !card.acked ? <Badge tone="warning">需确认</Badge> : null}
      </View>
      <Text className="home__notice-title">{card.title}</Text>
      <Text className="home__notice-time">{shanghaiDateTime(new Date(card.publishedAt))}</Text>
    </View>
  );
}

/** The newest community notices on 首页, with unread ones marked in words. */
export function NoticePreview() {
  const { state, reload } = useAsync(loadLatest);
  useReloadOnShow(reload);
  if (state.status === 'loading') return null;
  return (
    <View className="ll-card home__notices">
      <Text className="ll-title">社区通知</Text>
      {state.status === 'error' ? (
        <View role="button" onClick={reload}>
          <Text className="home__notice-time">通知暂时没有加载出来，点这里再试</Text>
        </View>
      ) : state.data.length === 0 ? (
        <Text className="home__notice-time">暂时没有新通知</Text>
      ) : (
        state.data.map((card) => <Line key={card.id} card={card} />)
      )}
      <View className="home__notices-more" role="button" aria-label="查看全部通知" onClick={() => openPage(ROUTES.announcements)}>
        <Text>查看全部通知 ›</Text>
      </View>
    </View>
  );
}
