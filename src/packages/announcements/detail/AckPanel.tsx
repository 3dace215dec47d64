import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { shanghaiDateTime } from '@contracts/time';
import { acknowledgeNotice } from '../../../services/announcements';
import { ActionResult } from '../../../ui/ActionResult';
import { AppButton } from '../../../ui/AppButton';
import { useAction } from '../../../ui/useAction';

/** 我已知晓: one large button; once pressed, the time it was recorded replaces it. */
export function AckPanel({ noticeId, ackAt }: { noticeId: string; ackAt?: string }) {
  const [acked, setAcked] = useState(ackAt);
  const action = useAction();
  if (acked)
    return (
      <View className="ll-card notice-ack notice-ack--done" role="status">
        <Text className="ll-title">您已确认知晓</Text>
        <Text className="ll-muted">{`确认时间：${shanghaiDateTime(new Date(acked))}`}</Text>
      </View>
    );
  const confirm = async () => {
    const done = await action.run(() => acknowledgeNotice(noticeId), '');
    if (done) setAcked(done.ackAt);
  };
  return (
    <View className="ll-card notice-ack">
      <Text className="notice__line">这条通知需要您确认。看完后请点下面的按钮，社区就知道您已收到。</Text>
      <AppButton loading={action.busy} onClick={() => void confirm()}>
        我已知晓
      </AppButton>
      <ActionResult error={action.error} notice="" />
    </View>
  );
}
