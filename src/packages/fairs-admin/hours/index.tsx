import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { shanghaiParts } from '@contracts/time';
import { correctHours, exportHours, hoursLedger, listVolunteers, newRequestId } from '../../../services/fairs';
import { ActionResult } from '../../../ui/ActionResult';
import { AppButton } from '../../../ui/AppButton';
import { Field } from '../../../ui/Field';
import { OptionGroup } from '../../../ui/OptionGroup';
import { StateView } from '../../../ui/StateView';
import { useAction } from '../../../ui/useAction';
import { useAsync } from '../../../ui/useAsync';
import { saveCsv } from '../../fairs/shared/csv';
import { dayLabel, hours } from '../../fairs/shared/format';
import { TextInput } from '../../fairs/shared/TextInput';
import { StaffOnly } from '../StaffOnly';

/** Staff see any volunteer's ledger and correct it with a new line and a reason (audited). */
function HoursAdmin() {
  const year = shanghaiParts(new Date()).year;
  const volunteers = useAsync(listVolunteers);
  const [volunteerId, setVolunteerId] = useState<string>();
  const ledger = useAsync(() => (volunteerId ? hoursLedger({ volunteerId, year }) : Promise.resolve(undefined)), [volunteerId]);
  const [minutes, setMinutes] = useState('');
  const [reason, setReason] = useState('');
  const [requestId, setRequestId] = useState(newRequestId);
  const action = useAction();
  const correct = async () => {
    if (!volunteerId) return;
    if (await action.run(() => correctHours({ requestId, volunteerId, minutes: Number(minutes), reason }), '已调整，并记入操作记录')) {
      setRequestId(newRequestId());
      setMinutes('');
      setReason('');
      void ledger.reload();
    }
  };
  return (
    <View>
      <StateView state={volunteers.state} onRetry={volunteers.reload} isEmpty={(l) => l.length === 0}>
        {(list) => (
          <OptionGroup
            label="志愿者"
            options={list.map((v) => ({ value: v.id, label: v.name }))}
            value={volunteerId}
            onChange={setVolunteerId}
          />
        )}
      </StateView>
      {volunteerId ? (
        <StateView state={ledger.state} onRetry={ledger.reload}>
          {(l) =>
            l ? (
              <View>
                <View className="ll-card">
                  <Text className="ll-title">{`${l.volunteerName} ${l.year}年共 ${hours(l.yearMinutes)}`}</Text>
                  {l.months.map((m) => (
                    <View key={m.month} className="fairs__table-row">
                      <Text>{m.month}</Text>
                      <Text>{hours(m.minutes)}</Text>
                    </View>
                  ))}
                  {l.entries.map((e) => (
                    <View key={e.id} className="fairs__table-row">
                      <Text>{`${dayLabel(e.at)} ${e.kind === 'shift' ? `${e.fairTitle ?? ''} ${e.service ?? ''}` : `调整：${e.reason ?? ''}（${e.byName ?? ''}）`}`}</Text>
                      <Text>{`${e.minutes}分钟`}</Text>
                    </View>
                  ))}
                </View>
                <View className="ll-card">
                  <Text className="ll-title">调整时长</Text>
                  <Field label="分钟数" hint="补记填正数，多记了填负数">
                    <TextInput name="minutes" value={minutes} placeholder="例如 30 或 -30" onChange={setMinutes} maxLength={5} />
                  </Field>
                  <Field label="原因">
                    <TextInput name="reason" value={reason} placeholder="必填" onChange={setReason} maxLength={100} />
                  </Field>
                  <AppButton kind="plain" loading={action.busy} onClick={() => void correct()}>
                    确认调整
                  </AppButton>
                  <AppButton
                    kind="plain"
                    onClick={() => void action.run(async () => saveCsv(await exportHours({ volunteerId, year })), '已导出')}
                  >
                    导出表格（CSV）
                  </AppButton>
                  <ActionResult error={action.error} notice={action.notice} />
                </View>
              </View>
            ) : null
          }
        </StateView>
      ) : null}
    </View>
  );
}

export default function HoursAdminPage() {
  return <StaffOnly>{() => <HoursAdmin />}</StaffOnly>;
}
