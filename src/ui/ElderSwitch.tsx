import { Text, View } from '@tarojs/components';
import { setElderMode, useElderMode } from '../theme/elder-mode';
import './elder-switch.scss';

/** The whole row is the switch: one big target, and the state is written out, not just coloured. */
export function ElderSwitch() {
  const on = useElderMode();
  return (
    <View
      className={`ll-switch${on ? ' ll-switch--on' : ''}`}
      role="switch"
      aria-checked={on}
      aria-label="长辈模式"
      onClick={() => setElderMode(!on)}
    >
      <View className="ll-switch__label">
        <Text className="ll-switch__title">长辈模式</Text>
        <Text className="ll-switch__hint">字更大，按钮更大</Text>
      </View>
      <Text className="ll-switch__state">{on ? '已开启' : '已关闭'}</Text>
    </View>
  );
}
