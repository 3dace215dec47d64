import { Button, Text, View } from '@tarojs/components';
import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { CATEGORY_LABELS, noticeLink, type NoticeDetail } from '@contracts/announcements';
import { shanghaiDateTime } from '@contracts/time';
import { openPage, ROUTES } from '../../../routes';
import { openNotice } from '../../../services/announcements';
import { AppButton } from '../../../ui/AppButton';
import { Badge } from '../../../ui/Badge';
import { Screen } from '../../../ui/Screen';
import { ErrorState, Loading } from '../../../ui/StateView';
import { useAsync } from '../../../ui/useAsync';
import { openAttachment } from '../shared/files';
import { NoticeBody } from '../shared/NoticeBody';
import { AckPanel } from './AckPanel';
import '../shared/notice.scss';
import './index.scss';

function Notice({ notice }: { notice: NoticeDetail }) {
  return (
    <View>
      <View>
        <Badge tone="neutral">{CATEGORY_LABELS[notice.category]}</Badge>
        {notice.updatedAt ? <Badge tone="warning">已更新</Badge> : null}
      </View>
      <Text className="notice-detail__title">{notice.title}</Text>
      <Text className="ll-muted notice__line">{`${notice.publisher} · ${shanghaiDateTime(new Date(notice.publishedAt))}`}</Text>
      {notice.updatedAt ? (
        <Text className="ll-muted notice__line">{`已于 ${shanghaiDateTime(new Date(notice.updatedAt))} 更新`}</Text>
      ) : null}
      {notice.preview ? (
        <View className="ll-card" role="note">
          <Text>您不在这条通知的发送范围内，这里仅供工作人员查看，不计入阅读。</Text>
        </View>
      ) : null}
      <NoticeBody blocks={notice.blocks} />
      {notice.attachments.length ? (
        <View className="notice__section">
          <Text className="notice__section-title">附件</Text>
          {notice.attachments.map((a) => (
            <View
              key={a.fileID}
              className="notice__attachment"
              role="button"
              aria-label={a.name}
              onClick={() => void openAttachment(a).catch(() => undefined)}
            >
              <Text>{`${a.kind === 'pdf' ? '📄' : '🖼'} ${a.name}`}</Text>
            </View>
          ))}
        </View>
      ) : null}
      {notice.expiresAt ? (
        <Text className="ll-muted notice__line">{`有效期至 ${shanghaiDateTime(new Date(notice.expiresAt))}`}</Text>
      ) : null}
      {notice.mustAck && !notice.preview ? <AckPanel noticeId={notice.id} ackAt={notice.ackAt} /> : null}
      {process.env.TARO_ENV === 'weapp' ? (
        <Button className="ll-button ll-button--plain" openType="share">
          分享给邻居
        </Button>
      ) : null}
    </View>
  );
}

export default function NoticeDetailPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const { state, reload } = useAsync(() => openNotice(id), [id]);

  // The share card opens this same page; whoever opens it gets their own answer from the server.
  useShareAppMessage(() => ({
    title: state.status === 'ready' ? `【${CATEGORY_LABELS[state.data.category]}】${state.data.title}` : '社区通知',
    path: noticeLink(id),
  }));

  return (
    <Screen>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'ready' ? <Notice notice={state.data} /> : null}
      {state.status === 'error' ? (
        <View>
          <ErrorState
            message={state.error.message}
            onRetry={state.error.code === 'NETWORK' || state.error.code === 'INTERNAL' ? reload : undefined}
          />
          <AppButton kind="plain" onClick={() => openPage(ROUTES.announcements)}>
            看看其他通知
          </AppButton>
        </View>
      ) : null}
    </Screen>
  );
}
