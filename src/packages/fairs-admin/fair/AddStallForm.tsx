import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { FieldErrors } from '@contracts/envelope';
import {
  AUDIENCE_LABELS,
  AUDIENCES,
  SERVICE_TYPE_LABELS,
  SERVICE_TYPES,
  type Audience,
  type FairDetail,
  type ServiceType,
  type StallMode,
} from '@contracts/fairs';
import { addStall, newRequestId } from '../../../services/fairs';
import { toCallError } from '../../../services/errors';
import { AppButton } from '../../../ui/AppButton';
import { Field } from '../../../ui/Field';
import { OptionGroup } from '../../../ui/OptionGroup';
import { TextInput } from '../../fairs/shared/TextInput';

const initial = {
  service: '',
  team: '',
  location: '',
  slotMinutes: '30',
  capacity: '10',
  buildings: '',
  opensDate: '',
  opensTime: '08:00',
};

/** A stall: its service, who runs it, where, and how it is booked. */
export function AddStallForm({ fair, onAdded }: { fair: FairDetail; onAdded: (fair: FairDetail) => void }) {
  const [form, setForm] = useState(initial);
  const [serviceType, setServiceType] = useState<ServiceType>('haircut');
  const [mode, setMode] = useState<StallMode>('slots');
  const [audience, setAudience] = useState<Audience>('all');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [requestId, setRequestId] = useState(newRequestId);
  const set = (key: keyof typeof initial) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const submit = async () => {
    setBusy(true);
    setMessage('');
    setErrors({});
    try {
      const next = await addStall({
        fairId: fair.id,
        requestId,
        service: form.service,
        serviceType,
        team: form.team,
        location: form.location,
        mode,
        slotMinutes: Number(form.slotMinutes) || 30,
        capacity: Number(form.capacity) || 1,
        audience,
        buildingIds:
          audience === 'building'
            ? form.buildings
                .split(/[,，、\s]+/)
                .filter(Boolean)
                .map((n) => (n.startsWith('b') ? n : `b${n}`))
            : [],
        ...(form.opensDate ? { bookingOpensAt: `${form.opensDate}T${form.opensTime}:00+08:00` } : {}),
      });
      setForm(initial);
      setRequestId(newRequestId());
      onAdded(next);
    } catch (error) {
      const failure = toCallError(error);
      setErrors(failure.fields);
      setMessage(failure.message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className="ll-card">
      <Text className="ll-title">添加摊位</Text>
      <Field label="服务名称" error={errors.service}>
        <TextInput name="service" value={form.service} placeholder="例如 理发" onChange={set('service')} maxLength={20} />
      </Field>
      <Field label="服务类别" error={errors.serviceType}>
        <OptionGroup
          label="服务类别"
          options={SERVICE_TYPES.map((t) => ({ value: t, label: SERVICE_TYPE_LABELS[t] }))}
          value={serviceType}
          onChange={setServiceType}
        />
      </Field>
      <Field label="服务团队（可不填）" error={errors.team}>
        <TextInput name="team" value={form.team} placeholder="例如 区医院眼科" onChange={set('team')} maxLength={30} />
      </Field>
      <Field label="摊位位置（可不填）" error={errors.location}>
        <TextInput name="location" value={form.location} placeholder="例如 东侧1号桌" onChange={set('location')} maxLength={20} />
      </Field>
      <Field label="预约方式" error={errors.mode}>
        <OptionGroup<StallMode>
          label="预约方式"
          options={[
            { value: 'slots', label: '分时段预约' },
            { value: 'walkin', label: '无需预约' },
          ]}
          value={mode}
          onChange={setMode}
        />
      </Field>
      {mode === 'slots' ? (
        <View>
          <Field label="每个时段分钟数" error={errors.slotMinutes}>
            <TextInput name="slotMinutes" type="number" value={form.slotMinutes} onChange={set('slotMinutes')} maxLength={3} />
          </Field>
          <Field label="每个时段人数" error={errors.capacity}>
            <TextInput name="capacity" type="number" value={form.capacity} onChange={set('capacity')} maxLength={3} />
          </Field>
          <Field label="谁可以预约" error={errors.buildingIds}>
            <OptionGroup
              label="谁可以预约"
              options={AUDIENCES.map((a) => ({ value: a, label: AUDIENCE_LABELS[a] }))}
              value={audience}
              onChange={setAudience}
            />
            {audience === 'building' ? (
              <TextInput name="buildings" value={form.buildings} placeholder="楼号，例如 1,3" onChange={set('buildings')} maxLength={40} />
            ) : null}
          </Field>
          <Field label="开放预约日期（可不填，发布即开放）" error={errors.bookingOpensAt}>
            <TextInput name="opensDate" value={form.opensDate} placeholder="2026-11-20" onChange={set('opensDate')} maxLength={10} />
            <TextInput name="opensTime" value={form.opensTime} onChange={set('opensTime')} maxLength={5} />
          </Field>
        </View>
      ) : null}
      {message ? <Text className="ll-error-text">{message}</Text> : null}
      <AppButton kind="plain" loading={busy} onClick={() => void submit()}>
        添加摊位
      </AppButton>
    </View>
  );
}
