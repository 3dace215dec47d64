import { Text, View } from '@tarojs/components';
import { goBack } from '../routes';
import { AppButton } from './AppButton';
import { Screen } from './Screen';

/** The page a service shows until its own issue builds it. */
export function ComingSoon({ title }: { title: string }) {
  return (
    <Screen>
      <View className="ll-card">
        <Text className="ll-title">{title}</Text>
        <Text className="ll-muted">即将开放，敬请期待。</Text>
      </View>
      <AppButton kind="plain" onClick={goBack}>
        返回
      </AppButton>
    </Screen>
  );
}
