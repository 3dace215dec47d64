import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { FAIR_STATUS_LABELS, type FairDetail, type ShiftView } from '@contracts/fairs';
import { openPage, ROUTES } from '../../../routes';
import { cancelFair, getFair, listShifts, listVolunteers, publishFair } from '../../../services/fairs';
import { ActionResult } from '../../../ui/ActionResult';
import { AppButton } from '../../../ui/AppButton';
import { Field } from '../../../ui/Field';
import { StateView } from '../../../ui/StateView';
import { useAction } from '../../../ui/useAction';
import { useAsync } from '../../../ui/useAsync';
import { useReloadOnShow } from '../../../ui/useReloadOnShow';
import { dayLabel, hm } from '../../fairs/shared/format';
import { TextInput } from '../../fairs/shared/TextInput';
import { StaffOnly } from '../StaffOnly';
import { AddStallForm } from './AddStallForm';
import { StallShifts } from './StallShifts';

function FairManager({ id }: { id: string }) {
  const data = useAsync(async () => {
    const [fair, shifts, volunteers] = await Promise.all([getFair(id), listShifts(id), listVolunteers()]);
    return { fair, shifts, volunteers };
  }, [id]);
  useReloadOnShow(() => void data.reload());
  const action = useAction();
  const [reason, setReason] = useState('');
  const [cancelling, setCancelling] = useState(false);
  const setFair = (fair: FairDetail, shifts: ShiftView[], volunteers: { id: string; name: string }[]) =>
    data.update({ fair, shifts, volunteers });
  return (
    <StateView state={data.state} onRetry={data.reload}>
      {({ fair, shifts, volunteers }) => (
        <View>
          <View className="ll-card">
            <Text className="ll-title">{fair.title}</Text>
            <Text className="fairs__line">{`${dayLabel(fair.opensAt)} ${hm(fair.opensAt)}–${hm(fair.closesAt)} · ${fair.place}`}</Text>
            <Text className="fairs__line">{`状态：${FAIR_STATUS_LABELS[fair.status]}，每人最多预约${fair.bookingCap}个摊位`}</Text>
            {fair.status === 'draft' ? (
              <AppButton
                loading={action.busy}
                onClick={() =>
                  void action.run(async () => {
                    setFair(await publishFair(fair.id), shifts, volunteers);
                  }, '已发布，居民会在消息里收到通知')
                }
              >
                发布大集
              </AppButton>
            ) : null}
            <AppButton kind="plain" onClick={() => openPage(ROUTES.fairsAdminBoard, { id: fair.id })}>
              现场看板
            </AppButton>
            <AppButton kind="plain" onClick={() => openPage(ROUTES.fairsAdminStats, { id: fair.id })}>
              统计
            </AppButton>
            {fair.status !== 'cancelled' ? (
              <AppButton kind="plain" onClick={() => openPage(ROUTES.fairsAdminEdit, { id: fair.id })}>
                修改信息
              </AppButton>
            ) : null}
            <ActionResult error={action.error} notice={action.notice} />
          </View>
          <Text className="fairs__section">摊位与志愿者班次</Text>
          {fair.stalls.map((stall) => (
            <StallShifts
              key={stall.id}
              stall={stall}
              shifts={shifts.filter((s) => s.stallId === stall.id)}
              volunteers={volunteers}
              onChanged={() => void data.reload()}
            />
          ))}
          {fair.status !== 'cancelled' ? <AddStallForm fair={fair} onAdded={(next) => setFair(next, shifts, volunteers)} /> : null}
          {fair.status !== 'cancelled' ? (
            <View className="ll-card">
              <View className="fairs__divider" />
              {cancelling ? (
                <View>
                  <Field label="取消原因（会通知已预约的居民）">
                    <TextInput name="cancelReason" value={reason} onChange={setReason} maxLength={100} />
                  </Field>
                  <AppButton
                    kind="danger"
                    onClick={() =>
                      void action.run(async () => setFair(await cancelFair({ fairId: fair.id, reason }), shifts, volunteers), '已取消大集')
                    }
                  >
                    确定取消大集
                  </AppButton>
                  <AppButton kind="plain" onClick={() => setCancelling(false)}>
                    不取消
                  </AppButton>
                </View>
              ) : (
                <AppButton kind="plain" onClick={() => setCancelling(true)}>
                  取消这次大集
                </AppButton>
              )}
            </View>
          ) : null}
        </View>
      )}
    </StateView>
  );
}

export default function FairAdminPage() {
  const { params } = useRouter();
  return <StaffOnly>{() => <FairManager id={params.id ?? ''} />}</StaffOnly>;
}
