import { Text, View } from '@tarojs/components';
import { listInbox } from '../../services/inbox';
import { Screen } from '../../ui/Screen';
import { EmptyState, StateView } from '../../ui/StateView';
import { useAsync } from '../../ui/useAsync';
import { useReloadOnShow } from '../../ui/useReloadOnShow';
import './index.scss';

export default function InboxPage() {
  const { state, reload } = useAsync(listInbox);
  useReloadOnShow(reload);

  return (
    <Screen>
      <StateView
        state={state}
        onRetry={reload}
        isEmpty={(page) => page.items.length === 0}
        empty={<EmptyState text="暂时没有消息。社区通知、报修进度都会放在这里。" />}
      >
        {(page) => (
          <View>
            {page.items.map((item) => (
              <View key={item.id} className={`ll-card inbox__item${item.read ? '' : ' inbox__item--unread'}`}>
                <Text className="ll-title">{item.title}</Text>
                <Text className="inbox__body">{item.body}</Text>
              </View>
            ))}
          </View>
        )}
      </StateView>
    </Screen>
  );
}
