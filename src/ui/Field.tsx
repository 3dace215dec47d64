import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './field.scss';

/** A labelled form row with its Chinese error message right under it (never a pop-up). */
export function Field({ label, hint, error, children }: { label: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <View className={`ll-field${error ? ' ll-field--invalid' : ''}`}>
      <Text className="ll-field__label">{label}</Text>
      {hint ? <Text className="ll-field__hint">{hint}</Text> : null}
      {children}
      {error ? (
        <View className="ll-field__error" role="alert">
          <Text>{error}</Text>
        </View>
      ) : null}
    </View>
  );
}
