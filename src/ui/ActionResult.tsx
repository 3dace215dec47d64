import { Text, View } from '@tarojs/components';
import type { CallError } from '../services/errors';

/** The outcome of a change, inline where it happened. */
export function ActionResult({ error, notice }: { error?: CallError; notice: string }) {
  if (error)
    return (
      <View className="ll-error-text" role="alert">
        <Text>{error.message}</Text>
      </View>
    );
  if (notice)
    return (
      <View className="ll-notice" role="status">
        <Text>{notice}</Text>
      </View>
    );
  return null;
}
