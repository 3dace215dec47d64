import type { ParsedInput } from '@contracts/action';
import type { DashboardView, tickets } from '@contracts/tickets';
import { shanghaiDate, startOfShanghaiMonth } from '@contracts/time';
import { ok, type Result } from '../../../kernel/result';
import type { TicketsDeps } from '../../deps';
import { buildDashboard, dashboardCsv, type StatRow } from '../../domain/dashboard';

type Deps = Pick<TicketsDeps, 'tickets' | 'clock'>;

/** Read a month a thousand tickets at a time (a query returns at most 1,000). */
const PAGE = 1000;

/** [start, end) of this or last month in Shanghai, and its `YYYY-MM`. */
export const monthRange = (which: 'this' | 'last', now: Date): { from: Date; to: Date; month: string } => {
  const thisMonth = startOfShanghaiMonth(now);
  const from = which === 'this' ? thisMonth : startOfShanghaiMonth(new Date(thisMonth.getTime() - 1));
  const to = which === 'this' ? startOfShanghaiMonth(new Date(thisMonth.getTime() + 32 * 24 * 3600 * 1000)) : thisMonth;
  return { from, to, month: shanghaiDate(from).slice(0, 7) };
};

const rowsOf = async (from: Date, to: Date, deps: Deps): Promise<StatRow[]> => {
  const rows: StatRow[] = [];
  let after: { at: Date; id: string } | undefined;
  for (;;) {
    const page = await deps.tickets.createdBetween(from, to, PAGE, after);
    for (const t of page) {
      if (t.createdAt >= to) return rows;
      rows.push({
        categoryId: t.categoryId,
        categoryName: t.categoryName,
        buildingId: t.buildingId,
        ...(t.place.buildingName ? { buildingName: t.place.buildingName } : {}),
        status: t.status,
        createdAt: t.createdAt,
        ...(t.firstResponseAt ? { firstResponseAt: t.firstResponseAt } : {}),
        ...(t.resolvedAt ? { resolvedAt: t.resolvedAt } : {}),
        wasOverdue: t.wasOverdue,
        ...(t.rating ? { stars: t.rating.stars } : {}),
      });
    }
    const last = page[page.length - 1];
    if (page.length < PAGE || !last) return rows;
    after = { at: last.createdAt, id: last.id };
  }
};

/** This month's or last month's tickets: open, overdue, response and fix times, satisfaction, by category and building. */
export const dashboard = async (command: ParsedInput<typeof tickets.dashboard>, deps: Deps): Promise<Result<DashboardView>> => {
  const { from, to, month } = monthRange(command.month, deps.clock.now());
  return ok(buildDashboard(month, await rowsOf(from, to, deps)));
};

export const exportDashboard = async (
  command: ParsedInput<typeof tickets.exportDashboard>,
  deps: Deps,
): Promise<Result<{ filename: string; csv: string }>> => {
  const view = await dashboard(command, deps);
  if (!view.ok) return view;
  return ok({ filename: `报修统计-${view.data.month}.csv`, csv: dashboardCsv(view.data) });
};
