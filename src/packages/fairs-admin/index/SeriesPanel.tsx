import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { createSeries, listSeries, newRequestId, stopSeries } from '../../../services/fairs';
import { ActionResult } from '../../../ui/ActionResult';
import { AppButton } from '../../../ui/AppButton';
import { Field } from '../../../ui/Field';
import { StateView } from '../../../ui/StateView';
import { useAction } from '../../../ui/useAction';
import { useAsync } from '../../../ui/useAsync';
import { TextInput } from '../../fairs/shared/TextInput';

/** Recurring fairs: e.g. the 1st and 15th of each month; the next ones are made ahead as drafts. */
export function SeriesPanel() {
  const series = useAsync(listSeries);
  const [form, setForm] = useState({ title: '志愿服务大集', place: '社区办公楼前', opensAt: '08:30', closesAt: '11:30', days: '1,15' });
  const [requestId, setRequestId] = useState(newRequestId);
  const action = useAction();
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const create = async () => {
    const daysOfMonth = form.days
      .split(/[,，、\s]+/)
      .filter(Boolean)
      .map(Number);
    const made = await action.run(
      () => createSeries({ requestId, title: form.title, place: form.place, opensAt: form.opensAt, closesAt: form.closesAt, daysOfMonth }),
      '已设置，接下来的大集已生成为草稿',
    );
    if (made) {
      setRequestId(newRequestId());
      void series.reload();
    }
  };
  return (
    <View className="ll-card">
      <Text className="ll-title">定期大集</Text>
      <StateView state={series.state} onRetry={series.reload}>
        {(list) => (
          <View>
            {list.map((s) => (
              <View key={s.id} className="fairs__table-row">
                <Text>{`${s.title} 每月${s.daysOfMonth.join('、')}日 ${s.opensAt}${s.active ? '' : '（已停止）'}`}</Text>
                {s.active ? (
                  <AppButton
                    kind="plain"
                    onClick={() =>
                      void action.run(async () => {
                        await stopSeries(s.id);
                        await series.reload();
                      }, '已停止')
                    }
                  >
                    停止
                  </AppButton>
                ) : null}
              </View>
            ))}
          </View>
        )}
      </StateView>
      <Field label="名称">
        <TextInput name="seriesTitle" value={form.title} onChange={set('title')} maxLength={30} />
      </Field>
      <Field label="地点">
        <TextInput name="seriesPlace" value={form.place} onChange={set('place')} maxLength={40} />
      </Field>
      <Field label="开始、结束时间">
        <TextInput name="seriesOpens" value={form.opensAt} onChange={set('opensAt')} maxLength={5} />
        <TextInput name="seriesCloses" value={form.closesAt} onChange={set('closesAt')} maxLength={5} />
      </Field>
      <Field label="每月几号" hint="用逗号分开，例如 1,15">
        <TextInput name="seriesDays" value={form.days} onChange={set('days')} maxLength={30} />
      </Field>
      <AppButton kind="plain" loading={action.busy} onClick={() => void create()}>
        设置定期大集
      </AppButton>
      <ActionResult error={action.error} notice={action.notice} />
    </View>
  );
}
