import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ResidentMatch } from '@contracts/fairs';
import { findResidents, newRequestId } from '../../../services/fairs';
import { linkRelative, registerOffline } from '../../../services/relatives';
import { ActionResult } from '../../../ui/ActionResult';
import { AppButton } from '../../../ui/AppButton';
import { Field } from '../../../ui/Field';
import { OptionGroup } from '../../../ui/OptionGroup';
import { useAction } from '../../../ui/useAction';
import { TextInput } from '../../fairs/shared/TextInput';

/** Elders without a phone: register them (checked in person), and link a relative who may book for them. */
export function ElderPanel() {
  const [form, setForm] = useState({ name: '', building: '', unit: '1单元', room: '', birthYear: '' });
  const [requestId, setRequestId] = useState(newRequestId);
  const [elderName, setElderName] = useState('');
  const [relativeName, setRelativeName] = useState('');
  const [elders, setElders] = useState<ResidentMatch[]>([]);
  const [relatives, setRelatives] = useState<ResidentMatch[]>([]);
  const [elderId, setElderId] = useState<string>();
  const [relativeId, setRelativeId] = useState<string>();
  const action = useAction();
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const register = async () => {
    const made = await action.run(
      () =>
        registerOffline({
          requestId,
          name: form.name,
          buildingId: `b${form.building}`,
          unit: form.unit,
          room: form.room,
          birthYear: Number(form.birthYear),
        }),
      `已登记 ${form.name}`,
    );
    if (made) setRequestId(newRequestId());
  };
  return (
    <View className="ll-card">
      <Text className="ll-title">没有手机的长者</Text>
      <Field label="姓名">
        <TextInput name="offlineName" value={form.name} onChange={set('name')} maxLength={20} />
      </Field>
      <Field label="楼号、单元、房号">
        <TextInput
          name="offlineBuilding"
          type="number"
          value={form.building}
          placeholder="楼号，例如 3"
          onChange={set('building')}
          maxLength={2}
        />
        <TextInput name="offlineUnit" value={form.unit} onChange={set('unit')} maxLength={10} />
        <TextInput name="offlineRoom" value={form.room} placeholder="房号" onChange={set('room')} maxLength={10} />
      </Field>
      <Field label="出生年份">
        <TextInput
          name="offlineBirthYear"
          type="number"
          value={form.birthYear}
          placeholder="例如 1945"
          onChange={set('birthYear')}
          maxLength={4}
        />
      </Field>
      <AppButton kind="plain" loading={action.busy} onClick={() => void register()}>
        登记长者
      </AppButton>
      <View className="fairs__divider" />
      <Text className="ll-title">关联家人（可代为预约）</Text>
      <Field label="长者姓名">
        <TextInput name="linkElder" value={elderName} onChange={setElderName} maxLength={20} />
      </Field>
      <AppButton
        kind="plain"
        onClick={() => void action.run(async () => setElders(await findResidents({ name: elderName, room: '' })), '')}
      >
        查找长者
      </AppButton>
      <OptionGroup
        label="长者"
        options={elders.map((e) => ({ value: e.id, label: `${e.name} ${e.home}` }))}
        value={elderId}
        onChange={setElderId}
      />
      <Field label="家人姓名">
        <TextInput name="linkRelative" value={relativeName} onChange={setRelativeName} maxLength={20} />
      </Field>
      <AppButton
        kind="plain"
        onClick={() => void action.run(async () => setRelatives(await findResidents({ name: relativeName, room: '' })), '')}
      >
        查找家人
      </AppButton>
      <OptionGroup
        label="家人"
        options={relatives.map((e) => ({ value: e.id, label: `${e.name} ${e.home}` }))}
        value={relativeId}
        onChange={setRelativeId}
      />
      <AppButton
        kind="plain"
        onClick={() => elderId && relativeId && void action.run(() => linkRelative({ elderId, relativeId }), '已关联，家人可以代为预约')}
      >
        关联
      </AppButton>
      <ActionResult error={action.error} notice={action.notice} />
    </View>
  );
}
