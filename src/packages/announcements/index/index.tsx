import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import type { NoticeCard as Card } from '@contracts/announcements';
import { openPage, ROUTES } from '../../../routes';
import { listFeed } from '../../../services/announcements';
import { getMe } from '../../../services/users';
import { AppButton } from '../../../ui/AppButton';
import { MoreButton } from '../../../ui/MoreButton';
import { OptionGroup } from '../../../ui/OptionGroup';
import { Screen } from '../../../ui/Screen';
import { EmptyState, StateView } from '../../../ui/StateView';
import { useAsync } from '../../../ui/useAsync';
import { usePagedList } from '../../../ui/usePagedList';
import { useReloadOnShow } from '../../../ui/useReloadOnShow';
import { ALL, CATEGORY_TABS, type CategoryFilter } from '../shared/labels';
import { NoticeCard } from '../shared/NoticeCard';
import { RemindMe } from '../shared/RemindMe';
import { canManageNotices } from '../shared/StaffGate';
import '../shared/notice.scss';

/** Pinned notices come with the first page only; the list shows them first, then the newest. */
const fetchFeed = (category: CategoryFilter) => async (cursor?: string) => {
  const page = await listFeed({ ...(category === ALL ? {} : { category }), ...(cursor ? { cursor } : {}) });
  return { items: [...page.pinned, ...page.items], nextCursor: page.nextCursor };
};

export default function AnnouncementsPage() {
  const [category, setCategory] = useState<CategoryFilter>(ALL);
  const list = usePagedList(fetchFeed(category), [category]);
  const me = useAsync(getMe);
  useReloadOnShow(() => void list.reload());
  usePullDownRefresh(() => {
    void list.reload().finally(() => void Taro.stopPullDownRefresh());
  });

  const open = (card: Card) => {
    list.replace((c) => c.id === card.id, { ...card, read: true });
    openPage(ROUTES.announcementDetail, { id: card.id });
  };

  return (
    <Screen>
      {me.state.status === 'ready' && canManageNotices(me.state.data) ? (
        <AppButton kind="plain" onClick={() => openPage(ROUTES.announcementsManage)}>
          管理通知
        </AppButton>
      ) : null}
      <OptionGroup label="分类" options={CATEGORY_TABS} value={category} onChange={setCategory} />
      <StateView
        state={list.state}
        onRetry={() => void list.reload()}
        isEmpty={(items) => items.length === 0}
        empty={<EmptyState text="暂时没有通知。有新通知时，消息里也会提醒您。" />}
      >
        {(items) => (
          <View>
            {items.map((card) => (
              <NoticeCard key={card.id} card={card} onOpen={open} />
            ))}
            <MoreButton hasMore={list.hasMore} loading={list.loadingMore} error={list.moreError} onMore={() => void list.loadMore()} />
            <RemindMe />
          </View>
        )}
      </StateView>
    </Screen>
  );
}
