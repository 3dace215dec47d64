import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { tickets, type DashboardRow, type DashboardView } from '@contracts/tickets';
import { exportTicketDashboard, ticketDashboard } from '../../../services/tickets';
import { ActionResult } from '../../../ui/ActionResult';
import { AppButton } from '../../../ui/AppButton';
import { OptionGroup } from '../../../ui/OptionGroup';
import { EmptyState, StateView } from '../../../ui/StateView';
import { useAction } from '../../../ui/useAction';
import { useAsync } from '../../../ui/useAsync';
import { saveCsv } from '../../tickets/shared/device';
import { HandlerGate } from '../shared/HandlerGate';

type Month = 'this' | 'last';
const MONTHS = [
  { value: 'this' as const, label: '本月' },
  { value: 'last' as const, label: '上月' },
];

const hours = (n?: number) => (n === undefined ? '—' : `${n}小时`);
const stars = (n?: number) => (n === undefined ? '—' : `${n}星`);

function Figures({ row }: { row: DashboardRow }) {
  return (
    <View className="ticket-filters__counts">
      {[
        ['收到', String(row.received)],
        ['未办结', String(row.open)],
        ['超时', String(row.overdue)],
        ['平均首次响应', hours(row.avgFirstResponseHours)],
        ['平均办结', hours(row.avgResolutionHours)],
        ['满意度', `${stars(row.satisfaction)}（${row.rated}人评）`],
      ].map(([label, value]) => (
        <View key={label} className="ticket-count" aria-label={`${label} ${value}`}>
          <Text className="ticket-count__number">{value}</Text>
          <Text>{label}</Text>
        </View>
      ))}
    </View>
  );
}

function Table({ title, rows }: { title: string; rows: DashboardRow[] }) {
  return (
    <View className="ll-card">
      <Text className="ll-title">{title}</Text>
      {rows.length === 0 ? <Text className="ll-muted">没有数据</Text> : null}
      {rows.map((r) => (
        <View key={r.key} className="ticket-table__row" aria-label={`${title} ${r.name}`}>
          <Text>{r.name}</Text>
          <Text>{`收到${r.received} · 未办结${r.open} · 超时${r.overdue} · 办结${hours(r.avgResolutionHours)} · ${stars(r.satisfaction)}`}</Text>
        </View>
      ))}
    </View>
  );
}

function Dashboard() {
  const [month, setMonth] = useState<Month>('this');
  const view = useAsync(() => ticketDashboard(month), [month]);
  const exporting = useAction();
  const download = async () => {
    const file = await exporting.run(() => exportTicketDashboard(month), '');
    if (!file) return;
    const how = await exporting.run(() => saveCsv(file.filename, file.csv), '');
    if (how)
      await exporting.run(
        () => Promise.resolve(how),
        how === 'copied' ? '表格内容已复制，可以粘贴到电脑上的表格里' : `已下载 ${file.filename}`,
      );
  };
  return (
    <View>
      <OptionGroup label="月份" options={MONTHS} value={month} onChange={setMonth} />
      <StateView
        state={view.state}
        onRetry={view.reload}
        isEmpty={(d: DashboardView) => d.total.received === 0}
        empty={<EmptyState text="这个月还没有收到报修" />}
      >
        {(d) => (
          <View>
            <Text className="ll-title">{`${d.month} 全部`}</Text>
            <Figures row={d.total} />
            <Table title="按分类" rows={d.byCategory} />
            <Table title="按楼栋" rows={d.byBuilding} />
          </View>
        )}
      </StateView>
      <AppButton kind="plain" loading={exporting.busy} onClick={() => void download()}>
        导出表格（CSV）
      </AppButton>
      <ActionResult error={exporting.error} notice={exporting.notice} />
    </View>
  );
}

/** This month and last: open, overdue, response and fix times, satisfaction, by category and building. */
export default function TicketDashboardPage() {
  return <HandlerGate access={tickets.dashboard.access}>{() => <Dashboard />}</HandlerGate>;
}
