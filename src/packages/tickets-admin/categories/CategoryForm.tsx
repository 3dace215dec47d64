import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { HANDLER_ORG_LABELS, HANDLER_ORGS, type CategoryView } from '@contracts/tickets';
import { Input } from '../../../kit/input';
import { saveCategory } from '../../../services/tickets';
import { ActionResult } from '../../../ui/ActionResult';
import { AppButton } from '../../../ui/AppButton';
import { Field } from '../../../ui/Field';
import { OptionGroup } from '../../../ui/OptionGroup';
import { useAction } from '../../../ui/useAction';

const HANDLERS = HANDLER_ORGS.map((h) => ({ value: h, label: HANDLER_ORG_LABELS[h] }));

/** Add a category or change one: its handler and deadlines apply to tickets filed from now on. */
export function CategoryForm({ category, onSaved }: { category?: CategoryView; onSaved: (saved: CategoryView) => void }) {
  const action = useAction();
  const [name, setName] = useState(category?.name ?? '');
  const [handler, setHandler] = useState(category?.handler ?? 'community');
  const [response, setResponse] = useState(String(category?.firstResponseHours ?? 4));
  const [resolution, setResolution] = useState(String(category?.resolutionHours ?? 48));
  const [active, setActive] = useState(category?.active ?? true);
  const fields = action.error?.fields ?? {};

  const save = async () => {
    const saved = await action.run(
      () =>
        saveCategory({
          ...(category ? { id: category.id, order: category.order } : {}),
          name,
          handler,
          firstResponseHours: Number(response),
          resolutionHours: Number(resolution),
          active,
        }),
      '已保存，新提交的单子按新时限计算',
    );
    if (saved) onSaved(saved);
  };

  return (
    <View>
      <Field label="名称" error={fields.name}>
        <Input name="name" value={name} maxLength={10} onChange={setName} placeholder="如：停车管理" />
      </Field>
      <Field label="谁来处理" error={fields.handler}>
        <OptionGroup label="处理单位" options={HANDLERS} value={handler} onChange={setHandler} />
      </Field>
      <Field label="多少小时内受理" error={fields.firstResponseHours}>
        <Input name="firstResponseHours" type="number" value={response} maxLength={3} onChange={setResponse} />
      </Field>
      <Field label="多少小时内办结" error={fields.resolutionHours}>
        <Input name="resolutionHours" type="number" value={resolution} maxLength={3} onChange={setResolution} />
      </Field>
      <Field label="是否启用" error={fields.active}>
        <OptionGroup
          label="是否启用"
          options={[
            { value: 'on', label: '启用' },
            { value: 'off', label: '停用（居民看不到）' },
          ]}
          value={active ? 'on' : 'off'}
          onChange={(v) => setActive(v === 'on')}
        />
      </Field>
      <AppButton loading={action.busy} onClick={() => void save()}>
        保存
      </AppButton>
      <ActionResult error={action.error} notice={action.notice} />
      {category ? <Text className="ll-muted">已提交的单子不受影响。</Text> : null}
    </View>
  );
}
