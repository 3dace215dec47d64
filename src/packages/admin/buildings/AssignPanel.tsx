import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { BuildingView } from '@contracts/users';
import { Button } from '../../../kit/button';
import { assignGridWorker, listUsers } from '../../../services/users';
import { ActionResult } from '../../../ui/ActionResult';
import { EmptyState, StateView } from '../../../ui/StateView';
import { OptionGroup } from '../../../ui/OptionGroup';
import { useAction } from '../../../ui/useAction';
import { useAsync } from '../../../ui/useAsync';

const loadGridWorkers = async () => (await listUsers({ role: 'grid_worker', limit: 50 })).items;

/** Choose the grid worker for one building, among the people who hold that role. */
export function AssignPanel({ building, onAssigned }: { building: BuildingView; onAssigned: (b: BuildingView) => void }) {
  const workers = useAsync(loadGridWorkers);
  const action = useAction();
  const [userId, setUserId] = useState(building.gridWorker?.id);

  const assign = async () => {
    if (!userId) return;
    const next = await action.run(() => assignGridWorker({ buildingId: building.id, userId }), '已指派');
    if (next) onAssigned(next);
  };

  return (
    <View className="buildings__panel">
      <Text className="admin__section-title">{`${building.name}的网格员`}</Text>
      <StateView
        state={workers.state}
        onRetry={workers.reload}
        isEmpty={(list) => list.length === 0}
        empty={<EmptyState text="还没有网格员，请先在“居民与角色”里设置" />}
      >
        {(list) => (
          <View>
            <OptionGroup label="网格员" options={list.map((u) => ({ value: u.id, label: u.name }))} value={userId} onChange={setUserId} />
            <Button block type="primary" disabled={!userId || action.busy} onClick={() => void assign()}>
              指派
            </Button>
          </View>
        )}
      </StateView>
      <ActionResult error={action.error} notice={action.notice} />
    </View>
  );
}
