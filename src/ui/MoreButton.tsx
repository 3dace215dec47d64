import { Text, View } from '@tarojs/components';
import type { CallError } from '../services/errors';
import { AppButton } from './AppButton';

/** "加载更多" under a paged list, with the error inline if the next page failed. */
export function MoreButton({
  hasMore,
  loading,
  error,
  onMore,
}: {
  hasMore: boolean;
  loading: boolean;
  error?: CallError;
  onMore: () => void;
}) {
  if (!hasMore) return <Text className="ll-muted ll-list-end">没有更多了</Text>;
  return (
    <View>
      {error ? (
        <View className="ll-error-text" role="alert">
          <Text>{error.message}</Text>
        </View>
      ) : null}
      <AppButton kind="plain" loading={loading} onClick={onMore}>
        {error ? '重试' : '加载更多'}
      </AppButton>
    </View>
  );
}
