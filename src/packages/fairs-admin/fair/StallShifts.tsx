import { Image, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ShiftView, StallCodeView, StallView } from '@contracts/fairs';
import { addShift, assignShift, newRequestId, removeStall, stallCode } from '../../../services/fairs';
import { ActionResult } from '../../../ui/ActionResult';
import { AppButton } from '../../../ui/AppButton';
import { Field } from '../../../ui/Field';
import { OptionGroup } from '../../../ui/OptionGroup';
import { useAction } from '../../../ui/useAction';
import { hm } from '../../fairs/shared/format';
import { TextInput } from '../../fairs/shared/TextInput';

/** A stall on the staff page: its shifts (add, assign a volunteer), its printed code, removal. */
export function StallShifts({
  stall,
  shifts,
  volunteers,
  onChanged,
}: {
  stall: StallView;
  shifts: ShiftView[];
  volunteers: { id: string; name: string }[];
  onChanged: () => void;
}) {
  const [times, setTimes] = useState({ startsAt: '08:30', endsAt: '10:00', capacity: '2' });
  const [requestId, setRequestId] = useState(newRequestId);
  const [picked, setPicked] = useState<Record<string, string>>({});
  const [code, setCode] = useState<StallCodeView>();
  const [confirmRemove, setConfirmRemove] = useState(false);
  const action = useAction();
  const add = async () => {
    const shift = await action.run(
      () =>
        addShift({
          stallId: stall.id,
          requestId,
          startsAt: times.startsAt,
          endsAt: times.endsAt,
          capacity: Number(times.capacity) || 1,
          selfSignup: true,
        }),
      '已添加班次',
    );
    if (shift) {
      setRequestId(newRequestId());
      onChanged();
    }
  };
  const assign = async (shift: ShiftView) => {
    const volunteerId = picked[shift.id];
    if (volunteerId && (await action.run(() => assignShift({ shiftId: shift.id, volunteerId }), '已安排'))) onChanged();
  };
  return (
    <View className="ll-card">
      <Text className="ll-title">{stall.service}</Text>
      <Text className="fairs__line">
        {stall.mode === 'slots'
          ? `${stall.slots.length}个时段，每段${stall.capacity ?? 0}人，已约${stall.slots.reduce((n, s) => n + (s.capacity - s.free), 0)}人`
          : '无需预约'}
      </Text>
      {shifts.map((s) => (
        <View key={s.id} className="fairs__confirm">
          <Text className="fairs__line">{`班次 ${hm(s.startsAt)}–${hm(s.endsAt)}，志愿者 ${s.taken}/${s.capacity}：${s.volunteers.map((v) => v.name).join('、') || '暂无'}`}</Text>
          {s.taken < s.capacity && volunteers.length ? (
            <View>
              <OptionGroup
                label="安排志愿者"
                options={volunteers.filter((v) => !s.volunteers.some((x) => x.id === v.id)).map((v) => ({ value: v.id, label: v.name }))}
                value={picked[s.id]}
                onChange={(id) => setPicked((p) => ({ ...p, [s.id]: id }))}
              />
              <AppButton kind="plain" onClick={() => void assign(s)}>
                安排到这个班次
              </AppButton>
            </View>
          ) : null}
        </View>
      ))}
      <Field label="新班次（开始、结束、人数）">
        <TextInput
          name={`shiftStart-${stall.id}`}
          value={times.startsAt}
          onChange={(v) => setTimes((t) => ({ ...t, startsAt: v }))}
          maxLength={5}
        />
        <TextInput
          name={`shiftEnd-${stall.id}`}
          value={times.endsAt}
          onChange={(v) => setTimes((t) => ({ ...t, endsAt: v }))}
          maxLength={5}
        />
        <TextInput
          name={`shiftCapacity-${stall.id}`}
          type="number"
          value={times.capacity}
          onChange={(v) => setTimes((t) => ({ ...t, capacity: v }))}
          maxLength={2}
        />
      </Field>
      <AppButton kind="plain" loading={action.busy} onClick={() => void add()}>
        添加班次
      </AppButton>
      <AppButton kind="plain" onClick={() => void action.run(async () => setCode(await stallCode(stall.id)), '')}>
        摊位码（打印贴在摊位上）
      </AppButton>
      {code ? (
        <View>
          <Text className="fairs__code">{code.code}</Text>
          {code.image ? <Image className="fairs__qr" src={code.image} mode="aspectFit" aria-label="摊位码" /> : null}
        </View>
      ) : null}
      {confirmRemove ? (
        <View>
          <Text className="fairs__line">确定删除这个摊位吗？</Text>
          <AppButton
            kind="danger"
            onClick={() =>
              void action.run(async () => {
                await removeStall(stall.id);
                onChanged();
              }, '已删除')
            }
          >
            确定删除
          </AppButton>
          <AppButton kind="plain" onClick={() => setConfirmRemove(false)}>
            不删除
          </AppButton>
        </View>
      ) : (
        <AppButton kind="plain" onClick={() => setConfirmRemove(true)}>
          删除摊位
        </AppButton>
      )}
      <ActionResult error={action.error} notice={action.notice} />
    </View>
  );
}
