import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { BOOKING_STATUS_LABELS, type BookingView } from '@contracts/fairs';
import { openPage, ROUTES } from '../../../routes';
import { getFair } from '../../../services/fairs';
import { AppButton } from '../../../ui/AppButton';
import { myRelatives } from '../../../services/relatives';
import { getMe } from '../../../services/users';
import { OptionGroup } from '../../../ui/OptionGroup';
import { Screen } from '../../../ui/Screen';
import { StateView } from '../../../ui/StateView';
import { useAsync } from '../../../ui/useAsync';
import { useReloadOnShow } from '../../../ui/useReloadOnShow';
import { dayLabel, hm } from '../shared/format';
import { ProxyPicker } from './ProxyPicker';
import { StallCard } from './StallCard';
import '../shared/fairs.scss';

/** A fair's stalls with free seats per slot; booking is one tap on a slot and one on 确认. */
export default function FairDetailPage() {
  const { params } = useRouter();
  const fairId = params.id ?? '';
  const fair = useAsync(() => getFair(fairId), [fairId]);
  const me = useAsync(getMe);
  const family = useAsync(myRelatives);
  const [forUser, setForUser] = useState<{ id: string; name: string }>();
  const [booked, setBooked] = useState<BookingView>();
  useReloadOnShow(fair.reload);
  const helper = me.state.status === 'ready' && me.state.data.roles.some((r) => r === 'staff' || r === 'volunteer');

  return (
    <Screen>
      <StateView state={fair.state} onRetry={fair.reload}>
        {(f) => (
          <View>
            <View className="ll-card">
              <Text className="ll-title">{f.title}</Text>
              <Text className="fairs__line">{`${dayLabel(f.opensAt)} ${hm(f.opensAt)}–${hm(f.closesAt)}`}</Text>
              <Text className="fairs__line">{`地点：${f.place}`}</Text>
              {f.status === 'cancelled' ? <Text className="fairs__line ll-error-text">这次大集已取消</Text> : null}
              {f.description ? <Text className="fairs__line">{f.description}</Text> : null}
              <Text className="ll-muted">{`每人最多预约${f.bookingCap}个摊位，您已预约${f.myActive}个`}</Text>
            </View>
            {booked ? (
              <View className="ll-card fairs__confirm" role="status">
                <Text className="ll-title">{`${BOOKING_STATUS_LABELS[booked.status]}：${booked.service} ${hm(booked.startsAt)}`}</Text>
                {booked.waitPosition ? (
                  <Text className="fairs__line">{`候补第${booked.waitPosition}位，有人取消会自动补上并通知您`}</Text>
                ) : null}
                {booked.proxy ? (
                  <Text className="fairs__line">{`为${booked.personName}预约，签到码：${booked.shortCode ?? '补上后显示'}`}</Text>
                ) : null}
                <AppButton kind="plain" onClick={() => openPage(ROUTES.fairBookings)}>
                  查看我的预约
                </AppButton>
              </View>
            ) : null}
            {helper ? <ProxyPicker chosen={forUser} onChoose={setForUser} /> : null}
            {!helper && family.state.status === 'ready' && family.state.data.length ? (
              <View className="ll-card">
                <Text className="ll-title">为谁预约</Text>
                <OptionGroup
                  label="为谁预约"
                  options={[{ value: '', label: '本人' }, ...family.state.data.map((r) => ({ value: r.id, label: r.name }))]}
                  value={forUser?.id ?? ''}
                  onChange={(id) => {
                    const person = family.state.status === 'ready' ? family.state.data.find((r) => r.id === id) : undefined;
                    setForUser(person ? { id: person.id, name: person.name } : undefined);
                  }}
                />
              </View>
            ) : null}
            <Text className="fairs__section">摊位</Text>
            {f.stalls.map((stall) => (
              <StallCard
                key={stall.id}
                stall={stall}
                forUser={forUser}
                onBooked={(b) => {
                  setBooked(b);
                  void fair.reload();
                }}
              />
            ))}
          </View>
        )}
      </StateView>
    </Screen>
  );
}
