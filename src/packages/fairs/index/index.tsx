import { Text, View } from '@tarojs/components';
import { openPage, ROUTES } from '../../../routes';
import { listFairs } from '../../../services/fairs';
import { AppButton } from '../../../ui/AppButton';
import { MoreButton } from '../../../ui/MoreButton';
import { Screen } from '../../../ui/Screen';
import { EmptyState, StateView } from '../../../ui/StateView';
import { usePagedList } from '../../../ui/usePagedList';
import { dayLabel, hm } from '../shared/format';
import '../shared/fairs.scss';

/** 志愿服务大集: the coming fairs, soonest first; each opens its stalls. */
export default function FairsPage() {
  const list = usePagedList((cursor) => listFairs(cursor ? { cursor } : {}), []);
  return (
    <Screen>
      <AppButton kind="plain" onClick={() => openPage(ROUTES.fairBookings)}>
        我的预约
      </AppButton>
      <StateView
        state={list.state}
        onRetry={list.reload}
        isEmpty={(items) => items.length === 0}
        empty={<EmptyState text="近期还没有大集，发布后会通知您" />}
      >
        {(items) => (
          <View>
            {items.map((f) => (
              <View
                key={f.id}
                className="ll-card"
                role="button"
                aria-label={f.title}
                onClick={() => openPage(ROUTES.fairDetail, { id: f.id })}
              >
                <Text className="ll-title">{f.title}</Text>
                <Text className="fairs__line">{`${dayLabel(f.opensAt)} ${hm(f.opensAt)}–${hm(f.closesAt)}`}</Text>
                <Text className="fairs__line">{`地点：${f.place}`}</Text>
                <Text className="ll-muted">{`${f.stallCount}个摊位，点击查看和预约`}</Text>
              </View>
            ))}
            <MoreButton hasMore={list.hasMore} loading={list.loadingMore} error={list.moreError} onMore={() => void list.loadMore()} />
          </View>
        )}
      </StateView>
    </Screen>
  );
}
