import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { BOOKING_STATUS_LABELS, type BookingStatus, type BookingView } from '@contracts/fairs';
import { openPage, ROUTES } from '../../../routes';
import { cancelBooking } from '../../../services/fairs';
import { ActionResult } from '../../../ui/ActionResult';
import { AppButton } from '../../../ui/AppButton';
import { Badge, type BadgeTone } from '../../../ui/Badge';
import { useAction } from '../../../ui/useAction';
import { when } from '../shared/format';

const TONES: Record<BookingStatus, BadgeTone> = {
  pending: 'neutral',
  confirmed: 'success',
  waiting: 'warning',
  checked_in: 'primary',
  cancelled: 'neutral',
  failed: 'danger',
};

/**
 * One booking. The check-in code is at the top; cancelling is at the very bottom, behind a
 * second, explicit confirmation — never next to the code, so nobody cancels by mistake.
 */
export function BookingCard({ booking, onChanged }: { booking: BookingView; onChanged: (b: BookingView) => void }) {
  const [confirming, setConfirming] = useState(false);
  const action = useAction();
  const cancel = async () => {
    setConfirming(false);
    const changed = await action.run(() => cancelBooking(booking.id), '已取消预约');
    if (changed) onChanged(changed);
  };
  return (
    <View className="ll-card">
      <Text className="ll-title">{booking.service}</Text>
      <Badge tone={TONES[booking.status]}>{BOOKING_STATUS_LABELS[booking.status]}</Badge>
      {booking.status === 'waiting' && booking.waitPosition ? <Badge tone="warning">{`候补第${booking.waitPosition}位`}</Badge> : null}
      <Text className="fairs__line">{when(booking.startsAt, booking.endsAt)}</Text>
      <Text className="fairs__line">{`${booking.fairTitle} · ${booking.place}${booking.location ? ` · ${booking.location}` : ''}`}</Text>
      {booking.proxy ? <Text className="fairs__line">{`为 ${booking.personName} 预约（${booking.bookedByName ?? ''}代办）`}</Text> : null}
      {booking.status === 'confirmed' ? (
        <View>
          <Text className="fairs__line">{`签到码 ${booking.shortCode ?? ''}`}</Text>
          <AppButton onClick={() => openPage(ROUTES.fairPass, { id: booking.id })}>出示签到码</AppButton>
        </View>
      ) : null}
      {booking.status === 'checked_in' ? <Text className="fairs__line">已签到，感谢参加</Text> : null}
      {booking.canCancel ? (
        <View>
          <View className="fairs__divider" />
          {confirming ? (
            <View>
              <Text className="fairs__line">确定取消这个预约吗？取消后名额会让给候补的居民。</Text>
              <AppButton kind="danger" loading={action.busy} onClick={() => void cancel()}>
                确定取消预约
              </AppButton>
              <AppButton kind="plain" onClick={() => setConfirming(false)}>
                不取消
              </AppButton>
            </View>
          ) : (
            <AppButton kind="plain" onClick={() => setConfirming(true)}>
              取消预约
            </AppButton>
          )}
        </View>
      ) : null}
      <ActionResult error={action.error} notice={action.notice} />
    </View>
  );
}
