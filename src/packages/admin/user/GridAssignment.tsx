import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { BuildingView, UserRow } from '@contracts/users';
import { Button } from '../../../kit/button';
import { assignGridWorker, listBuildings } from '../../../services/users';
import { ActionResult } from '../../../ui/ActionResult';
import { OptionGroup } from '../../../ui/OptionGroup';
import { StateView } from '../../../ui/StateView';
import { useAction } from '../../../ui/useAction';
import { useAsync } from '../../../ui/useAsync';

function Assign({ user, buildings, onAssigned }: { user: UserRow; buildings: BuildingView[]; onAssigned: (b: BuildingView) => void }) {
  const action = useAction();
  const [buildingId, setBuildingId] = useState<string>();
  const mine = buildings.filter((b) => b.gridWorker?.id === user.id).map((b) => b.name);

  const assign = async () => {
    if (!buildingId) return;
    const building = await action.run(() => assignGridWorker({ buildingId, userId: user.id }), '已指派');
    if (building) onAssigned(building);
  };

  return (
    <View>
      <Text className="admin__row">{mine.length ? `现负责：${mine.join('、')}` : '还没有负责的楼栋'}</Text>
      <OptionGroup
        label="选择楼栋"
        options={buildings.map((b) => ({ value: b.id, label: b.name }))}
        value={buildingId}
        onChange={setBuildingId}
      />
      <Button block type="primary" disabled={!buildingId || action.busy} onClick={() => void assign()}>
        指派到这栋楼
      </Button>
      <ActionResult error={action.error} notice={action.notice} />
    </View>
  );
}

/** Which buildings this grid worker is responsible for; tickets and notices are routed by it. */
export function GridAssignment({ user }: { user: UserRow }) {
  const { state, reload, update } = useAsync(listBuildings);
  return (
    <View className="ll-card">
      <Text className="admin__section-title">负责楼栋</Text>
      <StateView state={state} onRetry={reload}>
        {(buildings) => (
          <Assign user={user} buildings={buildings} onAssigned={(b) => update(buildings.map((x) => (x.id === b.id ? b : x)))} />
        )}
      </StateView>
    </View>
  );
}
