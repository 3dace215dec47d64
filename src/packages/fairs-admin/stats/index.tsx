import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { StatsRow } from '@contracts/fairs';
import { exportStats, fairStats } from '../../../services/fairs';
import { ActionResult } from '../../../ui/ActionResult';
import { AppButton } from '../../../ui/AppButton';
import { Field } from '../../../ui/Field';
import { StateView } from '../../../ui/StateView';
import { useAction } from '../../../ui/useAction';
import { useAsync } from '../../../ui/useAsync';
import { saveCsv } from '../../fairs/shared/csv';
import { hours } from '../../fairs/shared/format';
import { TextInput } from '../../fairs/shared/TextInput';
import { StaffOnly } from '../StaffOnly';

const pct = (x: number) => `${Math.round(x * 100)}%`;

function Rows({ title, rows }: { title: string; rows: StatsRow[] }) {
  return (
    <View className="ll-card">
      <Text className="ll-title">{title}</Text>
      {rows.map((r) => (
        <View key={r.key} className="fairs__table-row">
          <Text>{r.label}</Text>
          <Text>{`${r.served}人次（签到${r.checkedIn}，现场${r.walkIns}，爽约${r.noShows}）`}</Text>
        </View>
      ))}
    </View>
  );
}

/** Per fair, or per month when a month is chosen: people served, unique residents, elders, no-shows, hours. */
function Stats({ fairId }: { fairId?: string }) {
  const [month, setMonth] = useState('');
  const [query, setQuery] = useState<{ fairId?: string; month?: string }>(fairId ? { fairId } : {});
  const stats = useAsync(() => (query.fairId || query.month ? fairStats(query) : Promise.resolve(undefined)), [query.fairId, query.month]);
  const action = useAction();
  return (
    <View>
      <Field label="按月份统计" hint="例如 2026-11">
        <TextInput name="month" value={month} placeholder="2026-11" onChange={setMonth} maxLength={7} />
      </Field>
      <AppButton kind="plain" onClick={() => setQuery({ month })}>
        查看这个月
      </AppButton>
      <StateView state={stats.state} onRetry={stats.reload}>
        {(s) =>
          s ? (
            <View>
              <View className="ll-card">
                <Text className="ll-title">{s.scope}</Text>
                <Text className="fairs__big">{`服务 ${s.served} 人次`}</Text>
                <Text className="fairs__line">{`大集 ${s.fairs} 次，服务居民 ${s.uniqueResidents} 人，长者占 ${pct(s.eldersShare)}`}</Text>
                <Text className="fairs__line">{`爽约率 ${pct(s.noShowRate)}，志愿服务 ${hours(s.volunteerMinutes)}`}</Text>
              </View>
              <Rows title="按摊位" rows={s.byStall} />
              <Rows title="按服务类别" rows={s.byServiceType} />
              <AppButton
                kind="plain"
                loading={action.busy}
                onClick={() => void action.run(async () => saveCsv(await exportStats(query)), '已导出')}
              >
                导出表格（CSV）
              </AppButton>
              <ActionResult error={action.error} notice={action.notice} />
            </View>
          ) : (
            <Text className="ll-muted">请选择月份</Text>
          )
        }
      </StateView>
    </View>
  );
}

export default function StatsPage() {
  const { params } = useRouter();
  return <StaffOnly>{() => <Stats fairId={params.id} />}</StaffOnly>;
}
