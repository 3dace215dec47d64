import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { FieldErrors } from '@contracts/envelope';
import type { BuildingView, MeView } from '@contracts/users';
import { Button } from '../../../kit/button';
import { Input } from '../../../kit/input';
import { toCallError } from '../../../services/errors';
import { bindHousehold } from '../../../services/users';
import { Field } from '../../../ui/Field';
import { OptionGroup } from '../../../ui/OptionGroup';
import { draftFrom, toBindInput, type BindDraft } from './draft';

export function BindForm({ buildings, me, onDone }: { buildings: BuildingView[]; me: MeView; onDone: (me: MeView) => void }) {
  const [draft, setDraft] = useState<BindDraft>(() => draftFrom(me));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState('');
  const [saving, setSaving] = useState(false);

  const building = buildings.find((b) => b.id === draft.buildingId);
  const set = (key: keyof BindDraft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const chooseBuilding = (id: string) =>
    setDraft((d) => ({ ...d, buildingId: id, unit: buildings.find((b) => b.id === id)?.units.includes(d.unit) ? d.unit : '' }));

  const submit = async () => {
    setSaving(true);
    setMessage('');
    try {
      onDone(await bindHousehold(toBindInput(draft)));
    } catch (error) {
      const failure = toCallError(error);
      setErrors(failure.fields);
      // A message that belongs to no field on screen is shown above the button.
      const shown = Object.keys(failure.fields).some((key) => key in draft);
      setMessage(shown ? '' : failure.message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <View>
      <Field label="楼栋" error={errors.buildingId}>
        <OptionGroup
          label="楼栋"
          options={buildings.map((b) => ({ value: b.id, label: b.name }))}
          value={draft.buildingId}
          onChange={chooseBuilding}
        />
      </Field>
      <Field label="单元" hint={building ? undefined : '请先选择楼栋'} error={errors.unit}>
        {building && building.units.length === 0 ? (
          <Input name="unit" placeholder="单元" value={draft.unit} maxLength={10} onChange={set('unit')} />
        ) : (
          <OptionGroup
            label="单元"
            options={(building?.units ?? []).map((u) => ({ value: u, label: u }))}
            value={draft.unit}
            onChange={set('unit')}
          />
        )}
      </Field>
      <Field label="房号" hint="例如 302" error={errors.room}>
        <Input name="room" placeholder="房号" value={draft.room} maxLength={10} onChange={set('room')} />
      </Field>
      <Field label="姓名" error={errors.name}>
        <Input name="name" placeholder="您的姓名" value={draft.name} maxLength={20} onChange={set('name')} />
      </Field>
      <Field label="手机号（可不填）" hint="只有社区工作人员能看到完整号码" error={errors.phone}>
        <Input name="phone" type="number" placeholder="11位手机号" value={draft.phone} maxLength={11} onChange={set('phone')} />
      </Field>
      <Field label="出生年份（可不填）" hint="60岁以上可享长者服务" error={errors.birthYear}>
        <Input name="birthYear" type="number" placeholder="例如 1955" value={draft.birthYear} maxLength={4} onChange={set('birthYear')} />
      </Field>
      {message ? (
        <View className="ll-error-text" role="alert">
          <Text>{message}</Text>
        </View>
      ) : null}
      <Button type="primary" size="large" block loading={saving} onClick={() => void submit()}>
        提交
      </Button>
    </View>
  );
}
