import { Text } from '@tarojs/components';
import './badge.scss';

export type BadgeTone = 'primary' | 'neutral' | 'success' | 'warning' | 'danger';

/** A short label (a role, a status) that never relies on colour alone: the word is the meaning. */
export function Badge({ children, tone = 'neutral' }: { children: string; tone?: BadgeTone }) {
  return <Text className={`ll-badge ll-badge--${tone}`}>{children}</Text>;
}
