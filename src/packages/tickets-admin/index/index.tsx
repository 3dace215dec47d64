import { View } from '@tarojs/components';
import { useState } from 'react';
import { HANDLER_ORG_LABELS, type CategoryView, type QueueItem } from '@contracts/tickets';
import type { BuildingView, MeView } from '@contracts/users';
import { openPage, ROUTES } from '../../../routes';
import { listAllCategories, listCategories, listQueue, queueCounts } from '../../../services/tickets';
import { listBuildings } from '../../../services/users';
import { AppButton } from '../../../ui/AppButton';
import { MoreButton } from '../../../ui/MoreButton';
import { EmptyState, StateView } from '../../../ui/StateView';
import { useAsync } from '../../../ui/useAsync';
import { usePagedList } from '../../../ui/usePagedList';
import { useReloadOnShow } from '../../../ui/useReloadOnShow';
import { shortWhen } from '../../tickets/shared/labels';
import { TicketCard } from '../../tickets/shared/TicketCard';
import { HandlerGate } from '../shared/HandlerGate';
import { DEFAULT_FILTER, QueueFilters, toQuery, type QueueFilter } from './QueueFilters';

const dueLine = (item: QueueItem): string => {
  const who = item.assigneeName ? `处理人 ${item.assigneeName}` : `${HANDLER_ORG_LABELS[item.handler]} · 未指派`;
  const due = item.responseDueAt ? `${shortWhen(item.responseDueAt)}前受理` : `${shortWhen(item.resolutionDueAt)}前办结`;
  return [
    who,
    ['resolved', 'closed', 'rejected', 'cancelled'].includes(item.status) ? '' : due,
    item.nudgedAt ? '居民催过' : '',
    item.held ? '公开待审核' : '',
  ]
    .filter(Boolean)
    .join(' · ');
};

function Queue({ me, categories, buildings }: { me: MeView; categories: CategoryView[]; buildings: BuildingView[] }) {
  const [filter, setFilter] = useState<QueueFilter>(DEFAULT_FILTER);
  const counts = useAsync(queueCounts);
  const list = usePagedList((cursor) => listQueue(toQuery(filter, cursor)), [filter]);
  useReloadOnShow(() => {
    void list.reload();
    void counts.reload();
  });
  const isStaff = me.roles.includes('staff');
  return (
    <View>
      {isStaff || me.roles.includes('grid_worker') ? (
        <AppButton kind="plain" onClick={() => openPage(ROUTES.ticketsDashboard)}>
          统计（本月、上月）
        </AppButton>
      ) : null}
      {isStaff ? (
        <AppButton kind="plain" onClick={() => openPage(ROUTES.ticketCategories)}>
          分类与时限设置
        </AppButton>
      ) : null}
      <QueueFilters
        filter={filter}
        counts={counts.state.status === 'ready' ? counts.state.data : undefined}
        categories={categories}
        buildings={buildings}
        onChange={setFilter}
      />
      <StateView
        state={list.state}
        onRetry={() => void list.reload()}
        isEmpty={(items) => items.length === 0}
        empty={<EmptyState text="没有符合条件的工单" />}
      >
        {(items) => (
          <View>
            {items.map((item) => (
              <TicketCard
                key={item.id}
                ticket={item}
                extra={dueLine(item)}
                onOpen={(t) => openPage(ROUTES.ticketAdminDetail, { id: t.id })}
              />
            ))}
            <MoreButton hasMore={list.hasMore} loading={list.loadingMore} error={list.moreError} onMore={() => void list.loadMore()} />
          </View>
        )}
      </StateView>
    </View>
  );
}

function Loaded({ me }: { me: MeView }) {
  const isStaff = me.roles.includes('staff');
  const data = useAsync(() => Promise.all([isStaff ? listAllCategories() : listCategories(), listBuildings()]), [isStaff]);
  return (
    <StateView state={data.state} onRetry={data.reload}>
      {([categories, buildings]) => <Queue me={me} categories={categories} buildings={buildings} />}
    </StateView>
  );
}

/** The staff queue: counts of open work, filters, overdue tickets marked in words. */
export default function TicketQueuePage() {
  return <HandlerGate>{(me) => <Loaded me={me} />}</HandlerGate>;
}
