import { Text, View } from '@tarojs/components';

/** Five big stars, each a button named by its number (not only drawn). */
export function Stars({ value, onChange }: { value: number; onChange: (stars: number) => void }) {
  return (
    <View className="ticket-stars" role="radiogroup" aria-label="评分">
      {[1, 2, 3, 4, 5].map((n) => (
        <View
          key={n}
          className={`ticket-stars__star${n <= value ? ' ticket-stars__star--on' : ''}`}
          role="radio"
          aria-checked={n === value}
          aria-label={`${n}星`}
          onClick={() => onChange(n)}
        >
          <Text>{n <= value ? '★' : '☆'}</Text>
        </View>
      ))}
      <Text className="ticket-stars__words">{value ? ['', '很不满意', '不满意', '一般', '满意', '很满意'][value] : '请点星星打分'}</Text>
    </View>
  );
}
