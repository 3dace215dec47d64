import { Text, View } from '@tarojs/components';
import './option-group.scss';

export interface Option<V extends string> {
  value: V;
  label: string;
}

/**
 * Choices laid out as big buttons rather than a picker wheel or a pop-up: everything is
 * visible and one tap chooses (elder-friendly).
 */
export function OptionGroup<V extends string>({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: readonly Option<V>[];
  value: V | undefined;
  onChange: (value: V) => void;
}) {
  return (
    <View className="ll-options" role="radiogroup" aria-label={label}>
      {options.map((option) => {
        const selected = option.value === value;
        return (
          <View
            key={option.value}
            className={`ll-option${selected ? ' ll-option--on' : ''}`}
            role="radio"
            aria-checked={selected}
            onClick={() => onChange(option.value)}
          >
            <Text>{option.label}</Text>
          </View>
        );
      })}
    </View>
  );
}
