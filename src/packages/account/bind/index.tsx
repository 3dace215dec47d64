import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { MeView } from '@contracts/users';
import { goBack } from '../../../routes';
import { getMe, listBuildings } from '../../../services/users';
import { AppButton } from '../../../ui/AppButton';
import { Screen } from '../../../ui/Screen';
import { StateView } from '../../../ui/StateView';
import { useAsync } from '../../../ui/useAsync';
import { BindForm } from './BindForm';
import './index.scss';

const load = async () => {
  const [buildings, me] = await Promise.all([listBuildings(), getMe()]);
  return { buildings, me };
};

export default function BindPage() {
  const { state, reload } = useAsync(load);
  const [done, setDone] = useState<MeView>();

  if (done) {
    return (
      <Screen>
        <View className="ll-card" role="status">
          <Text className="ll-title">已提交</Text>
          <Text className="bind__line">{`${done.household?.buildingName ?? ''} ${done.household?.unit ?? ''} ${done.household?.room ?? ''}`}</Text>
          <Text className="ll-muted">社区工作人员核实后即可使用全部服务。</Text>
        </View>
        <AppButton onClick={goBack}>返回</AppButton>
      </Screen>
    );
  }

  return (
    <Screen>
      <StateView state={state} onRetry={reload} isEmpty={(data) => data.buildings.length === 0}>
        {({ buildings, me }) => <BindForm buildings={buildings} me={me} onDone={setDone} />}
      </StateView>
    </Screen>
  );
}
