import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { FieldErrors } from '@contracts/envelope';
import type { FairDetail } from '@contracts/fairs';
import { hm } from '../../fairs/shared/format';
import { openPage, ROUTES } from '../../../routes';
import { createFair, getFair, newRequestId, updateFair } from '../../../services/fairs';
import { toCallError } from '../../../services/errors';
import { AppButton } from '../../../ui/AppButton';
import { Field } from '../../../ui/Field';
import { StateView } from '../../../ui/StateView';
import { useAsync } from '../../../ui/useAsync';
import { TextInput } from '../../fairs/shared/TextInput';
import { StaffOnly } from '../StaffOnly';

interface Draft {
  title: string;
  date: string;
  opensAt: string;
  closesAt: string;
  place: string;
  description: string;
  bookingCap: string;
}

const draftOf = (f?: FairDetail): Draft => ({
  title: f?.title ?? '志愿服务大集',
  date: f?.date ?? '',
  opensAt: f ? hm(f.opensAt) : '08:30',
  closesAt: f ? hm(f.closesAt) : '11:30',
  place: f?.place ?? '社区办公楼前',
  description: f?.description ?? '',
  bookingCap: String(f?.bookingCap ?? 3),
});

function FairForm({ fair }: { fair?: FairDetail }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(fair));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState('');
  const [saving, setSaving] = useState(false);
  const [requestId] = useState(newRequestId);
  const set = (key: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const save = async () => {
    setSaving(true);
    setMessage('');
    try {
      const input = { ...draft, bookingCap: Number(draft.bookingCap) || 3, coverFileIds: fair?.coverFileId ? [fair.coverFileId] : [] };
      const saved = fair ? await updateFair({ fairId: fair.id, ...input }) : await createFair({ requestId, ...input });
      openPage(ROUTES.fairsAdminFair, { id: saved.id });
    } catch (error) {
      const failure = toCallError(error);
      setErrors(failure.fields);
      setMessage(Object.keys(failure.fields).some((k) => k in draft) ? '' : failure.message);
    } finally {
      setSaving(false);
    }
  };
  return (
    <View>
      <Field label="名称" error={errors.title}>
        <TextInput name="title" value={draft.title} onChange={set('title')} maxLength={30} />
      </Field>
      <Field label="日期" hint="格式 2026-11-22" error={errors.date}>
        <TextInput name="date" value={draft.date} placeholder="2026-11-22" onChange={set('date')} maxLength={10} />
      </Field>
      <Field label="开始时间" error={errors.opensAt}>
        <TextInput name="opensAt" value={draft.opensAt} placeholder="08:30" onChange={set('opensAt')} maxLength={5} />
      </Field>
      <Field label="结束时间" error={errors.closesAt}>
        <TextInput name="closesAt" value={draft.closesAt} placeholder="11:30" onChange={set('closesAt')} maxLength={5} />
      </Field>
      <Field label="地点" error={errors.place}>
        <TextInput name="place" value={draft.place} onChange={set('place')} maxLength={40} />
      </Field>
      <Field label="介绍（可不填）" error={errors.description}>
        <TextInput name="description" value={draft.description} onChange={set('description')} maxLength={500} />
      </Field>
      <Field label="每人最多预约几个摊位" error={errors.bookingCap}>
        <TextInput name="bookingCap" type="number" value={draft.bookingCap} onChange={set('bookingCap')} maxLength={2} />
      </Field>
      {message ? <Text className="ll-error-text">{message}</Text> : null}
      <AppButton loading={saving} onClick={() => void save()}>
        保存
      </AppButton>
    </View>
  );
}

function EditExisting({ id }: { id: string }) {
  const fair = useAsync(() => getFair(id), [id]);
  return (
    <StateView state={fair.state} onRetry={fair.reload}>
      {(f) => <FairForm fair={f} />}
    </StateView>
  );
}

export default function FairEditPage() {
  const { params } = useRouter();
  return <StaffOnly>{() => (params.id ? <EditExisting id={params.id} /> : <FairForm />)}</StaffOnly>;
}
