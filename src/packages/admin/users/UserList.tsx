import { View } from '@tarojs/components';
import { useState } from 'react';
import type { BuildingView, UserRow } from '@contracts/users';
import { openPage, ROUTES } from '../../../routes';
import { listUsers } from '../../../services/users';
import { MoreButton } from '../../../ui/MoreButton';
import { EmptyState, StateView } from '../../../ui/StateView';
import { usePagedList } from '../../../ui/usePagedList';
import { useReloadOnShow } from '../../../ui/useReloadOnShow';
import { cachedUser, rememberUsers } from '../shared/user-cache';
import { Filters } from './Filters';
import { NO_FILTERS, toQuery, type UserFilters } from './filters';
import { UserItem } from './UserItem';

export function UserList({ buildings }: { buildings: BuildingView[] }) {
  const [filters, setFilters] = useState<UserFilters>(NO_FILTERS);
  const list = usePagedList(
    async (cursor) => {
      const page = await listUsers(toQuery(filters, cursor));
      rememberUsers(page.items);
      return page;
    },
    [filters],
  );

  // Back from a person's page: show what was changed there without losing the paging position.
  useReloadOnShow(() => list.refresh((row) => cachedUser(row.id) ?? row));

  const open = (user: UserRow) => openPage(ROUTES.adminUser, { id: user.id });

  return (
    <View className="admin">
      <Filters filters={filters} buildings={buildings} onChange={setFilters} />
      <StateView
        state={list.state}
        onRetry={() => void list.reload()}
        isEmpty={(rows) => rows.length === 0}
        empty={<EmptyState text="没有符合条件的居民" />}
      >
        {(rows) => (
          <View>
            {rows.map((user) => (
              <UserItem key={user.id} user={user} onOpen={open} />
            ))}
            <MoreButton hasMore={list.hasMore} loading={list.loadingMore} error={list.moreError} onMore={() => void list.loadMore()} />
          </View>
        )}
      </StateView>
    </View>
  );
}
