import type { ParsedInput } from '@contracts/action';
import type { CsvFile, FairStats, fairs } from '@contracts/fairs';
import { shanghaiInstant } from '@contracts/time';
import { notFound, ok, type Result } from '../../../kernel/result';
import { hoursText, toCsv } from '../../domain/csv';
import { computeStats } from '../../domain/stats';
import type { FairsDeps } from '../../deps';

type StatsCommand = ParsedInput<typeof fairs.fairStats>;

/** Per fair, or per Shanghai calendar month (published fairs opening in it). */
export const fairStats = async (command: StatsCommand, deps: FairsDeps): Promise<Result<FairStats>> => {
  let fairList;
  let scope: string;
  if (command.fairId) {
    const fair = await deps.fairs.byId(command.fairId);
    if (!fair) return notFound('找不到这次大集');
    fairList = [fair];
    scope = `${fair.date} ${fair.title}`;
  } else {
    const [y, m] = (command.month ?? '').split('-').map(Number) as [number, number];
    const from = shanghaiInstant(y, m, 1);
    const to = m === 12 ? shanghaiInstant(y + 1, 1, 1) : shanghaiInstant(y, m + 1, 1);
    fairList = (await deps.fairs.between(from, to)).filter((f) => f.status === 'published');
    scope = `${y}年${m}月`;
  }
  const ids = fairList.map((f) => f.id);
  const titles = new Map(fairList.map((f) => [f.id, fairList.length > 1 ? f.date : '']));
  const [stalls, bookings, walkIns, hours] = await Promise.all([
    deps.stalls.byFairs(ids),
    deps.bookings.ofFairs(ids),
    deps.walkIns.ofFairs(ids),
    deps.hours.ofFairs(ids),
  ]);
  return ok(
    computeStats({
      scope,
      fairs: fairList.length,
      stalls: stalls.map((s) => ({
        id: s.id,
        service: s.service,
        serviceType: s.serviceType,
        ...(titles.get(s.fairId) ? { fairTitle: titles.get(s.fairId) } : {}),
      })),
      bookings,
      walkIns,
      volunteerMinutes: hours.reduce((n, e) => n + e.minutes, 0),
      now: deps.clock.now(),
    }),
  );
};

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export const exportStats = async (command: StatsCommand, deps: FairsDeps): Promise<Result<CsvFile>> => {
  const result = await fairStats(command, deps);
  if (!result.ok) return result;
  const s = result.data;
  const rows: (string | number)[][] = [
    ['范围', s.scope, '', '', '', ''],
    ['大集次数', s.fairs, '', '', '', ''],
    ['服务人次', s.served, '', '', '', ''],
    ['服务居民数', s.uniqueResidents, '', '', '', ''],
    ['长者占比', pct(s.eldersShare), '', '', '', ''],
    ['爽约率', pct(s.noShowRate), '', '', '', ''],
    ['志愿服务小时', hoursText(s.volunteerMinutes), '', '', '', ''],
    [],
    ['摊位', '服务人次', '预约', '签到', '现场登记', '爽约'],
    ...s.byStall.map((r) => [r.label, r.served, r.bookings, r.checkedIn, r.walkIns, r.noShows]),
    [],
    ['服务类别', '服务人次', '预约', '签到', '现场登记', '爽约'],
    ...s.byServiceType.map((r) => [r.label, r.served, r.bookings, r.checkedIn, r.walkIns, r.noShows]),
  ];
  return ok({
    filename: `大集统计-${command.fairId ? s.scope.split(' ')[0] : command.month}.csv`,
    csv: toCsv(['项目', '数值', '', '', '', ''], rows),
  });
};
