import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { useElderMode } from '../theme/elder-mode';

/** Every page's root: carries the theme classes, so the tokens in theme/tokens.scss apply. */
export function Screen({ children, className }: { children: ReactNode; className?: string }) {
  const elder = useElderMode();
  const classes = ['ll-screen', elder ? 'll-elder' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <View className={classes} data-testid="screen">
      {children}
    </View>
  );
}
