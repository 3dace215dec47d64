import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { shanghaiParts } from '@contracts/time';
import { exportHours, hoursLedger } from '../../../services/fairs';
import { ActionResult } from '../../../ui/ActionResult';
import { AppButton } from '../../../ui/AppButton';
import { OptionGroup } from '../../../ui/OptionGroup';
import { Screen } from '../../../ui/Screen';
import { StateView } from '../../../ui/StateView';
import { useAction } from '../../../ui/useAction';
import { useAsync } from '../../../ui/useAsync';
import { saveCsv } from '../../fairs/shared/csv';
import { dayLabel, hours } from '../../fairs/shared/format';
import '../../fairs/shared/fairs.scss';

/** A volunteer's hours: the year's total, month by month, every line, and a CSV. */
export default function HoursPage() {
  const thisYear = shanghaiParts(new Date()).year;
  const [year, setYear] = useState(String(thisYear));
  const ledger = useAsync(() => hoursLedger({ year: Number(year) }), [year]);
  const action = useAction();
  return (
    <Screen>
      <OptionGroup
        label="年份"
        options={[thisYear - 1, thisYear].map((y) => ({ value: String(y), label: `${y}年` }))}
        value={year}
        onChange={setYear}
      />
      <StateView state={ledger.state} onRetry={ledger.reload}>
        {(l) => (
          <View>
            <View className="ll-card">
              <Text className="fairs__big">{`${l.year}年共 ${hours(l.yearMinutes)}`}</Text>
              {l.months.map((m) => (
                <View key={m.month} className="fairs__table-row">
                  <Text>{m.month}</Text>
                  <Text>{hours(m.minutes)}</Text>
                </View>
              ))}
            </View>
            <View className="ll-card">
              {l.entries.map((e) => (
                <View key={e.id} className="fairs__table-row">
                  <Text>{`${dayLabel(e.at)} ${e.kind === 'shift' ? `${e.fairTitle ?? ''} ${e.service ?? ''}` : `调整：${e.reason ?? ''}`}`}</Text>
                  <Text>{`${e.minutes}分钟`}</Text>
                </View>
              ))}
            </View>
            <AppButton
              kind="plain"
              loading={action.busy}
              onClick={() => void action.run(async () => saveCsv(await exportHours({ year: Number(year) })), '已导出')}
            >
              导出表格（CSV）
            </AppButton>
            <ActionResult error={action.error} notice={action.notice} />
          </View>
        )}
      </StateView>
    </Screen>
  );
}
