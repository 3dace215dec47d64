import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import {
  AUDIENCE_LABELS,
  BOOKING_STATUS_LABELS,
  SERVICE_TYPE_LABELS,
  type BookingView,
  type SlotView,
  type StallView,
} from '@contracts/fairs';
import { openPage, ROUTES } from '../../../routes';
import { bookSlot, newRequestId } from '../../../services/fairs';
import { AppButton } from '../../../ui/AppButton';
import { ActionResult } from '../../../ui/ActionResult';
import { Badge } from '../../../ui/Badge';
import { useAction } from '../../../ui/useAction';
import { hm } from '../shared/format';

const slotLabel = (s: SlotView) => (s.ended ? '已结束' : s.free > 0 ? `余${s.free}位` : `约满${s.waiting ? ` 候补${s.waiting}` : ''}`);

/** One stall: its slots as big buttons (free seats or 约满), then one confirm step below. */
export function StallCard({
  stall,
  forUser,
  onBooked,
}: {
  stall: StallView;
  forUser?: { id: string; name: string };
  onBooked: (b: BookingView) => void;
}) {
  const [chosen, setChosen] = useState<SlotView>();
  const [requestId, setRequestId] = useState(newRequestId);
  const action = useAction();
  const own = stall.myBooking && !forUser;

  const confirm = async () => {
    if (!chosen) return;
    const booked = await action.run(
      () => bookSlot({ slotId: chosen.id, requestId, ...(forUser ? { forUserId: forUser.id } : {}) }),
      forUser ? `已为${forUser.name}预约` : '预约成功',
    );
    if (booked) {
      setRequestId(newRequestId());
      setChosen(undefined);
      onBooked(booked);
    }
  };

  return (
    <View className="ll-card">
      <Text className="ll-title">{stall.service}</Text>
      <View className="fairs__row">
        <Badge tone="neutral">{SERVICE_TYPE_LABELS[stall.serviceType]}</Badge>
        {stall.audience !== 'all' ? <Badge tone="warning">{AUDIENCE_LABELS[stall.audience]}</Badge> : null}
      </View>
      {stall.team ? <Text className="fairs__line">{`服务团队：${stall.team}`}</Text> : null}
      {stall.location ? <Text className="fairs__line">{`位置：${stall.location}`}</Text> : null}
      {own && stall.myBooking ? (
        <View className="fairs__confirm">
          <Text className="fairs__line">{`您已预约：${BOOKING_STATUS_LABELS[stall.myBooking.status]}${stall.myBooking.waitPosition ? `，候补第${stall.myBooking.waitPosition}位` : ''}`}</Text>
          <AppButton kind="plain" onClick={() => openPage(ROUTES.fairBookings)}>
            查看我的预约
          </AppButton>
        </View>
      ) : stall.mode === 'walkin' ? (
        <Text className="fairs__line">无需预约，直接到摊位</Text>
      ) : (
        <View>
          {stall.closedReason && !forUser ? <Text className="fairs__line ll-muted">{stall.closedReason}</Text> : null}
          <View className="fairs__slots" role="radiogroup" aria-label={`${stall.service}时段`}>
            {stall.slots.map((s) => {
              const on = chosen?.id === s.id;
              const classes = [
                'fairs__slot',
                s.free === 0 ? 'fairs__slot--full' : '',
                s.ended ? 'fairs__slot--ended' : '',
                on ? 'fairs__slot--on' : '',
              ]
                .filter(Boolean)
                .join(' ');
              const usable = !s.ended && (stall.bookingOpen || !!forUser);
              return (
                <View
                  key={s.id}
                  className={classes}
                  role="radio"
                  aria-checked={on}
                  aria-label={`${hm(s.startsAt)} ${slotLabel(s)}`}
                  onClick={() => usable && setChosen(s)}
                >
                  <Text>{hm(s.startsAt)}</Text>
                  <Text>{slotLabel(s)}</Text>
                </View>
              );
            })}
          </View>
          {chosen ? (
            <View className="fairs__confirm">
              <Text className="fairs__line">{`${forUser ? `为${forUser.name}` : ''}预约 ${stall.service} ${hm(chosen.startsAt)}–${hm(chosen.endsAt)}`}</Text>
              {chosen.free === 0 ? <Text className="fairs__line">已约满，可以排队候补，有人取消会自动为您补上并通知您</Text> : null}
              <AppButton loading={action.busy} onClick={() => void confirm()}>
                {chosen.free === 0 ? '加入候补' : '确认预约'}
              </AppButton>
            </View>
          ) : null}
        </View>
      )}
      <ActionResult error={action.error} notice={action.notice} />
    </View>
  );
}
