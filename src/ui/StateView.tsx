import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { AsyncState } from './useAsync';
import { AppButton } from './AppButton';
import './state-view.scss';

export function Loading({ text = '正在加载…' }: { text?: string }) {
  return (
    <View className="ll-state" role="status">
      <Text className="ll-state__text">{text}</Text>
    </View>
  );
}

export function ErrorState({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <View className="ll-state" role="alert">
      <Text className="ll-state__text ll-state__text--error">{message}</Text>
      {onRetry ? (
        <AppButton kind="plain" onClick={onRetry}>
          重试
        </AppButton>
      ) : null}
    </View>
  );
}

export function EmptyState({ text, children }: { text: string; children?: ReactNode }) {
  return (
    <View className="ll-state">
      <Text className="ll-state__text">{text}</Text>
      {children}
    </View>
  );
}

/**
 * The three states of every call, shown the same way everywhere: loading, the server's Chinese
 * message with a retry, or the content (or an empty note when there is nothing to show).
 */
export function StateView<T>({
  state,
  onRetry,
  isEmpty,
  empty,
  children,
}: {
  state: AsyncState<T>;
  onRetry: () => void;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorState message={state.error.message} onRetry={onRetry} />;
  if (isEmpty?.(state.data)) return <>{empty ?? <EmptyState text="暂无内容" />}</>;
  return <>{children(state.data)}</>;
}
