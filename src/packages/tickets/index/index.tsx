import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { mayCall } from '@contracts/action';
import { tickets } from '@contracts/tickets';
import { openPage, ROUTES } from '../../../routes';
import { listMyTickets } from '../../../services/tickets';
import { getMe } from '../../../services/users';
import { AppButton } from '../../../ui/AppButton';
import { MoreButton } from '../../../ui/MoreButton';
import { OptionGroup } from '../../../ui/OptionGroup';
import { Screen } from '../../../ui/Screen';
import { EmptyState, StateView } from '../../../ui/StateView';
import { useAsync } from '../../../ui/useAsync';
import { usePagedList } from '../../../ui/usePagedList';
import { useReloadOnShow } from '../../../ui/useReloadOnShow';
import { TicketCard } from '../shared/TicketCard';
import '../shared/tickets.scss';

type Scope = 'reported' | 'following';
const SCOPES = [
  { value: 'reported' as const, label: '我提交的' },
  { value: 'following' as const, label: '我关注的' },
];

/** 报事报修: file a report, follow your own and the ones you joined; staff find their queue here too. */
export default function TicketsPage() {
  const [scope, setScope] = useState<Scope>('reported');
  const me = useAsync(getMe);
  const list = usePagedList((cursor) => listMyTickets({ scope, ...(cursor ? { cursor } : {}) }), [scope]);
  useReloadOnShow(() => void list.reload());
  const handles = me.state.status === 'ready' && mayCall(tickets.listQueue.access, me.state.data.roles);

  return (
    <Screen>
      <AppButton onClick={() => openPage(ROUTES.ticketNew)}>我要报修 / 投诉 / 建议</AppButton>
      {handles ? (
        <AppButton kind="plain" onClick={() => openPage(ROUTES.ticketsAdmin)}>
          工单处理（工作人员）
        </AppButton>
      ) : null}
      <AppButton kind="plain" onClick={() => openPage(ROUTES.ticketsPublic)}>
        看看邻居们反映的问题
      </AppButton>
      <View className="ticket__section">
        <OptionGroup label="我的单子" options={SCOPES} value={scope} onChange={setScope} />
      </View>
      <StateView
        state={list.state}
        onRetry={() => void list.reload()}
        isEmpty={(items) => items.length === 0}
        empty={
          <EmptyState
            text={
              scope === 'reported'
                ? '还没有提交过。家里或小区里有东西坏了，点上面的按钮告诉我们。'
                : '还没有关注。看到邻居反映的问题您也遇到了，可以点“我也遇到了”。'
            }
          />
        }
      >
        {(items) => (
          <View>
            {items.map((ticket) => (
              <TicketCard key={ticket.id} ticket={ticket} onOpen={(t) => openPage(ROUTES.ticketDetail, { id: t.id })} />
            ))}
            <MoreButton hasMore={list.hasMore} loading={list.loadingMore} error={list.moreError} onMore={() => void list.loadMore()} />
          </View>
        )}
      </StateView>
      <Text className="ll-muted ticket__line">您的姓名、电话和门牌号只有社区工作人员和处理人员能看到。</Text>
    </Screen>
  );
}
