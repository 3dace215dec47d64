import { Text, View } from '@tarojs/components';
import type { Option } from '../../../ui/OptionGroup';
import '../../../ui/option-group.scss';

/** Several choices as big buttons (楼栋, 人群): each tap adds or removes one; the state is in words for screen readers. */
export function Choices<V extends string>({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: readonly Option<V>[];
  value: readonly V[];
  onChange: (next: V[]) => void;
}) {
  const toggle = (v: V) => onChange(value.includes(v) ? value.filter((x) => x !== v) : [...value, v]);
  return (
    <View className="ll-options" role="group" aria-label={label}>
      {options.map((option) => {
        const on = value.includes(option.value);
        return (
          <View
            key={option.value}
            className={`ll-option${on ? ' ll-option--on' : ''}`}
            role="checkbox"
            aria-checked={on}
            onClick={() => toggle(option.value)}
          >
            <Text>{on ? `✓ ${option.label}` : option.label}</Text>
          </View>
        );
      })}
    </View>
  );
}

/** A yes/no setting as one big row; the state is written out, not only coloured. */
export function Toggle({ label, hint, on, onChange }: { label: string; hint?: string; on: boolean; onChange: (on: boolean) => void }) {
  return (
    <View
      className={`notice__toggle${on ? ' notice__toggle--on' : ''}`}
      role="switch"
      aria-checked={on}
      aria-label={label}
      onClick={() => onChange(!on)}
    >
      <View>
        <Text className="notice__line">{label}</Text>
        {hint ? <Text className="ll-muted">{hint}</Text> : null}
      </View>
      <Text>{on ? '是' : '否'}</Text>
    </View>
  );
}
