import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ShiftView } from '@contracts/fairs';
import { listFairs, listShifts, signUpShift } from '../../../services/fairs';
import { ActionResult } from '../../../ui/ActionResult';
import { AppButton } from '../../../ui/AppButton';
import { OptionGroup } from '../../../ui/OptionGroup';
import { StateView } from '../../../ui/StateView';
import { useAction } from '../../../ui/useAction';
import { useAsync } from '../../../ui/useAsync';
import { dayLabel, hm } from '../../fairs/shared/format';

/** Open shifts of a coming fair; one tap signs up (the server keeps the head count). */
export function ShiftSignUp({ onJoined }: { onJoined: () => void }) {
  const fairs = useAsync(() => listFairs({}));
  const [fairId, setFairId] = useState<string>();
  const shifts = useAsync(() => (fairId ? listShifts(fairId) : Promise.resolve([] as ShiftView[])), [fairId]);
  const action = useAction();
  const join = async (shift: ShiftView) => {
    if (await action.run(() => signUpShift(shift.id), `已报名：${shift.service} ${hm(shift.startsAt)}`)) {
      void shifts.reload();
      onJoined();
    }
  };
  return (
    <View className="ll-card">
      <Text className="ll-title">报名班次</Text>
      <StateView state={fairs.state} onRetry={fairs.reload} isEmpty={(p) => p.items.length === 0}>
        {(page) => (
          <OptionGroup
            label="选择大集"
            options={page.items.map((f) => ({ value: f.id, label: `${dayLabel(f.opensAt)} ${f.title}` }))}
            value={fairId}
            onChange={setFairId}
          />
        )}
      </StateView>
      {fairId ? (
        <StateView state={shifts.state} onRetry={shifts.reload}>
          {(list) => (
            <View>
              {list
                .filter((s) => s.selfSignup)
                .map((s) => (
                  <View key={s.id} className="fairs__table-row">
                    <Text>{`${s.service} ${hm(s.startsAt)}–${hm(s.endsAt)}（${s.taken}/${s.capacity}）`}</Text>
                    {s.mine ? <Text>已报名</Text> : s.taken >= s.capacity ? <Text>已满</Text> : null}
                  </View>
                ))}
              {list
                .filter((s) => s.selfSignup && !s.mine && s.taken < s.capacity)
                .map((s) => (
                  <AppButton key={s.id} kind="plain" loading={action.busy} onClick={() => void join(s)}>
                    {`报名 ${s.service} ${hm(s.startsAt)}`}
                  </AppButton>
                ))}
            </View>
          )}
        </StateView>
      ) : null}
      <ActionResult error={action.error} notice={action.notice} />
    </View>
  );
}
