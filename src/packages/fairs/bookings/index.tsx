import { View } from '@tarojs/components';
import { useState } from 'react';
import { myBookings } from '../../../services/fairs';
import { MoreButton } from '../../../ui/MoreButton';
import { OptionGroup } from '../../../ui/OptionGroup';
import { Screen } from '../../../ui/Screen';
import { EmptyState, StateView } from '../../../ui/StateView';
import { usePagedList } from '../../../ui/usePagedList';
import { useReloadOnShow } from '../../../ui/useReloadOnShow';
import { BookingCard } from './BookingCard';
import '../shared/fairs.scss';

type Tab = 'upcoming' | 'past';

export default function MyBookingsPage() {
  const [tab, setTab] = useState<Tab>('upcoming');
  const list = usePagedList((cursor) => myBookings({ past: tab === 'past', ...(cursor ? { cursor } : {}) }), [tab]);
  useReloadOnShow(() => void list.reload());
  return (
    <Screen>
      <OptionGroup<Tab>
        label="预约范围"
        options={[
          { value: 'upcoming', label: '即将到来' },
          { value: 'past', label: '已结束' },
        ]}
        value={tab}
        onChange={setTab}
      />
      <StateView state={list.state} onRetry={list.reload} isEmpty={(items) => items.length === 0} empty={<EmptyState text="还没有预约" />}>
        {(items) => (
          <View>
            {items.map((b) => (
              <BookingCard key={b.id} booking={b} onChanged={(next) => list.replace((x) => x.id === next.id, next)} />
            ))}
            <MoreButton hasMore={list.hasMore} loading={list.loadingMore} error={list.moreError} onMore={() => void list.loadMore()} />
          </View>
        )}
      </StateView>
    </Screen>
  );
}
