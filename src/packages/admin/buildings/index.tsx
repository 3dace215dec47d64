import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { listBuildings } from '../../../services/users';
import { EmptyState, StateView } from '../../../ui/StateView';
import { useAsync } from '../../../ui/useAsync';
import { StaffOnly } from '../../../ui/StaffOnly';
import { AssignPanel } from './AssignPanel';
import '../shared/admin.scss';
import './index.scss';

function Buildings() {
  const { state, reload, update } = useAsync(listBuildings);
  const [open, setOpen] = useState<string>();
  return (
    <StateView state={state} onRetry={reload} isEmpty={(list) => list.length === 0} empty={<EmptyState text="还没有楼栋信息" />}>
      {(buildings) => (
        <View className="admin">
          {buildings.map((building) => (
            <View key={building.id} className="ll-card">
              <View role="button" aria-label={building.name} onClick={() => setOpen(open === building.id ? undefined : building.id)}>
                <Text className="ll-title">{building.name}</Text>
                <Text className="admin__row">{`网格员：${building.gridWorker?.name ?? '未指派'}`}</Text>
                <Text className="ll-muted">{open === building.id ? '收起' : '点此更换网格员'}</Text>
              </View>
              {open === building.id ? (
                <AssignPanel building={building} onAssigned={(next) => update(buildings.map((b) => (b.id === next.id ? next : b)))} />
              ) : null}
            </View>
          ))}
        </View>
      )}
    </StateView>
  );
}

export default function AdminBuildingsPage() {
  return <StaffOnly>{() => <Buildings />}</StaffOnly>;
}
