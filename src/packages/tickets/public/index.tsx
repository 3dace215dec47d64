import { Text, View } from '@tarojs/components';
import { openPage, ROUTES } from '../../../routes';
import { listPublicTickets } from '../../../services/tickets';
import { MoreButton } from '../../../ui/MoreButton';
import { Screen } from '../../../ui/Screen';
import { EmptyState, StateView } from '../../../ui/StateView';
import { usePagedList } from '../../../ui/usePagedList';
import { TicketCard } from '../shared/TicketCard';
import '../shared/tickets.scss';

/** Reports neighbours chose to make public: what and where, never who. */
export default function PublicTicketsPage() {
  const list = usePagedList((cursor) => listPublicTickets(cursor ? { cursor } : {}), []);
  return (
    <Screen>
      <Text className="ll-muted ticket__line">这里只显示问题和位置，不显示是谁反映的。</Text>
      <StateView
        state={list.state}
        onRetry={() => void list.reload()}
        isEmpty={(items) => items.length === 0}
        empty={<EmptyState text="暂时没有公开的问题" />}
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
    </Screen>
  );
}
