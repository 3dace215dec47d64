import { Text, View } from '@tarojs/components';
import { shanghaiDateTime } from '@contracts/time';
import { listAudit } from '../../../services/users';
import { MoreButton } from '../../../ui/MoreButton';
import { EmptyState, StateView } from '../../../ui/StateView';
import { usePagedList } from '../../../ui/usePagedList';
import { StaffOnly } from '../../../ui/StaffOnly';
import { auditActionLabel } from './labels';
import '../shared/admin.scss';

function AuditLog() {
  const list = usePagedList((cursor) => listAudit(cursor ? { cursor } : {}), []);
  return (
    <StateView
      state={list.state}
      onRetry={() => void list.reload()}
      isEmpty={(rows) => rows.length === 0}
      empty={<EmptyState text="还没有操作记录" />}
    >
      {(rows) => (
        <View className="admin">
          {rows.map((row) => (
            <View key={row.id} className="ll-card">
              <Text className="ll-muted">{shanghaiDateTime(new Date(row.at))}</Text>
              <Text className="admin__row">{`${row.actorName} ${auditActionLabel(row.action)} ${row.targetName}`}</Text>
              {row.detail ? <Text className="ll-muted">{row.detail}</Text> : null}
            </View>
          ))}
          <MoreButton hasMore={list.hasMore} loading={list.loadingMore} error={list.moreError} onMore={() => void list.loadMore()} />
        </View>
      )}
    </StateView>
  );
}

export default function AdminAuditPage() {
  return <StaffOnly>{() => <AuditLog />}</StaffOnly>;
}
