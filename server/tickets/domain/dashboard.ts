import type { DashboardRow, DashboardView, TicketStatus } from '@contracts/tickets';
import { HOUR } from '../../kernel/clock';
import { isOpen } from './ticket';

/** What the dashboard needs of each ticket filed in the month. */
export interface StatRow {
  categoryId: string;
  categoryName: string;
  buildingId: string;
  buildingName?: string;
  status: TicketStatus;
  createdAt: Date;
  firstResponseAt?: Date;
  resolvedAt?: Date;
  wasOverdue: boolean;
  stars?: number;
}

const NO_BUILDING = { key: 'none', name: '公共区域' };

const oneDecimal = (n: number) => Math.round(n * 10) / 10;
const mean = (values: number[]) => (values.length ? oneDecimal(values.reduce((a, b) => a + b, 0) / values.length) : undefined);

const summarise = (key: string, name: string, rows: readonly StatRow[]): DashboardRow => {
  const responded = rows.filter((r) => r.firstResponseAt).map((r) => (r.firstResponseAt!.getTime() - r.createdAt.getTime()) / HOUR);
  const resolved = rows.filter((r) => r.resolvedAt).map((r) => (r.resolvedAt!.getTime() - r.createdAt.getTime()) / HOUR);
  const stars = rows.filter((r) => r.stars !== undefined).map((r) => r.stars as number);
  const avgFirstResponseHours = mean(responded);
  const avgResolutionHours = mean(resolved);
  const satisfaction = mean(stars);
  return {
    key,
    name,
    received: rows.length,
    open: rows.filter((r) => isOpen(r.status)).length,
    overdue: rows.filter((r) => r.wasOverdue).length,
    ...(avgFirstResponseHours !== undefined ? { avgFirstResponseHours } : {}),
    ...(avgResolutionHours !== undefined ? { avgResolutionHours } : {}),
    ...(satisfaction !== undefined ? { satisfaction } : {}),
    rated: stars.length,
  };
};

const groupBy = (rows: readonly StatRow[], keyOf: (r: StatRow) => { key: string; name: string }): DashboardRow[] => {
  const groups = new Map<string, { name: string; rows: StatRow[] }>();
  for (const row of rows) {
    const { key, name } = keyOf(row);
    const group = groups.get(key) ?? { name, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .map(([key, g]) => summarise(key, g.name, g.rows))
    .sort((a, b) => b.received - a.received || a.name.localeCompare(b.name, 'zh'));
};

/**
 * A month's tickets, counted as staff report them upward: received, still open, ever overdue,
 * average hours to the first answer and to the fix (resolved ones), satisfaction (rated ones).
 */
export const buildDashboard = (month: string, rows: readonly StatRow[]): DashboardView => ({
  month,
  total: summarise('all', '全部', rows),
  byCategory: groupBy(rows, (r) => ({ key: r.categoryId, name: r.categoryName })),
  byBuilding: groupBy(rows, (r) => (r.buildingId ? { key: r.buildingId, name: r.buildingName ?? r.buildingId } : NO_BUILDING)),
});

const CSV_HEADER = [
  '月份',
  '分组',
  '名称',
  '受理总数',
  '未办结',
  '超时',
  '平均首次响应（小时）',
  '平均办结（小时）',
  '满意度（星）',
  '评价数',
];

const cell = (value: string | number | undefined): string => {
  const text = value === undefined ? '' : String(value);
  // Quote what CSV needs quoted, and defuse formulas a spreadsheet would run.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The dashboard as CSV for a spreadsheet (UTF-8 with a BOM, so Excel reads the Chinese). */
export const dashboardCsv = (view: DashboardView): string => {
  const line = (group: string, r: DashboardRow) =>
    [view.month, group, r.name, r.received, r.open, r.overdue, r.avgFirstResponseHours, r.avgResolutionHours, r.satisfaction, r.rated]
      .map(cell)
      .join(',');
  const lines = [
    CSV_HEADER.join(','),
    line('合计', view.total),
    ...view.byCategory.map((r) => line('分类', r)),
    ...view.byBuilding.map((r) => line('楼栋', r)),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
};
