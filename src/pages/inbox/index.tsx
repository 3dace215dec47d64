import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import type { InboxItem } from '@contracts/inbox';
import { openLink } from '../../routes';
import { listInbox, markInboxRead } from '../../services/inbox';
import { refreshInboxBadge } from '../../services/inbox-badge';
import { ActionResult } from '../../ui/ActionResult';
import { AppButton } from '../../ui/AppButton';
import { MoreButton } from '../../ui/MoreButton';
import { Screen } from '../../ui/Screen';
import { EmptyState, StateView } from '../../ui/StateView';
import { useAction } from '../../ui/useAction';
import { usePagedList } from '../../ui/usePagedList';
import { useReloadOnShow } from '../../ui/useReloadOnShow';
import { MessageCard } from './MessageCard';
import './index.scss';

export default function InboxPage() {
  const list = usePagedList((cursor) => listInbox(cursor ? { cursor } : {}), []);
  const markAll = useAction();
  useReloadOnShow(() => void list.reload());
  useDidShow(() => void refreshInboxBadge());

  const open = (item: InboxItem) => {
    if (!item.read) {
      list.replace((x) => x.id === item.id, { ...item, read: true });
      // Marking read is a courtesy: if it fails the message simply stays unread next time.
      markInboxRead({ ids: [item.id] })
        .then((r) => refreshInboxBadge(r.unread))
        .catch(() => undefined);
    }
    if (item.link) openLink(item.link);
  };

  const readAll = async () => {
    const done = await markAll.run(() => markInboxRead({ all: true }), '已全部标为已读');
    if (done) {
      void refreshInboxBadge(done.unread);
      void list.reload();
    }
  };

  return (
    <Screen>
      <StateView
        state={list.state}
        onRetry={() => void list.reload()}
        isEmpty={(items) => items.length === 0}
        empty={<EmptyState text="暂时没有消息。社区通知、报修进度都会放在这里。" />}
      >
        {(items) => (
          <View>
            {items.some((item) => !item.read) ? (
              <AppButton kind="plain" loading={markAll.busy} onClick={() => void readAll()}>
                全部标为已读
              </AppButton>
            ) : null}
            <ActionResult error={markAll.error} notice={markAll.notice} />
            {items.map((item) => (
              <MessageCard key={item.id} item={item} onOpen={open} />
            ))}
            <MoreButton hasMore={list.hasMore} loading={list.loadingMore} error={list.moreError} onMore={() => void list.loadMore()} />
          </View>
        )}
      </StateView>
    </Screen>
  );
}
