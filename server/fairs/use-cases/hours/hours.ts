import type { ParsedInput } from '@contracts/action';
import type { CsvFile, fairs, HoursEntryView, HoursLedger } from '@contracts/fairs';
import { shanghaiDate } from '@contracts/time';
import { forbidden, invalidInput, notFound, ok, type Result } from '../../../kernel/result';
import { auditActor, type Caller } from '../../../users/caller';
import { isStaff } from '../../access';
import { toCsv, hoursText } from '../../domain/csv';
import { monthlyTotals, monthOf, type HoursEntry } from '../../domain/hours';
import type { FairsDeps } from '../../deps';
import { nameOf } from '../../people';
import { toHoursView } from '../../views';

type LedgerCommand = ParsedInput<typeof fairs.hoursLedger>;

/** Volunteers see their own ledger; staff anyone's. */
const ledgerOf = async (
  command: LedgerCommand,
  caller: Caller,
  deps: FairsDeps,
): Promise<Result<{ ledger: HoursLedger; entries: HoursEntry[] }>> => {
  const volunteerId = command.volunteerId ?? caller.user.id;
  if (volunteerId !== caller.user.id && !isStaff(caller)) return forbidden('只能查看自己的服务时长');
  const volunteer = volunteerId === caller.user.id ? caller.user : await deps.users.byId(volunteerId);
  if (!volunteer) return notFound('找不到这位志愿者');
  const entries = await deps.hours.ofVolunteerYear(volunteerId, command.year);
  const fairIds = [...new Set(entries.flatMap((e) => (e.fairId ? [e.fairId] : [])))];
  const shiftIds = [...new Set(entries.flatMap((e) => (e.shiftId ? [e.shiftId] : [])))];
  const [fairList, shiftList, stallList] = await Promise.all([
    deps.fairs.byIds(fairIds),
    deps.shifts.byIds(shiftIds),
    deps.stalls.byFairs(fairIds),
  ]);
  const fairTitles = new Map(fairList.map((f) => [f.id, f.title]));
  const stallOfShift = new Map(shiftList.map((s) => [s.id, s.stallId]));
  const services = new Map(stallList.map((s) => [s.id, s.service]));
  const views: HoursEntryView[] = entries.map((e) =>
    toHoursView(e, {
      fairTitle: e.fairId ? fairTitles.get(e.fairId) : undefined,
      service: e.shiftId ? services.get(stallOfShift.get(e.shiftId) ?? '') : undefined,
    }),
  );
  return ok({
    entries,
    ledger: {
      volunteerId,
      volunteerName: nameOf(volunteer),
      year: command.year,
      yearMinutes: entries.reduce((n, e) => n + e.minutes, 0),
      months: monthlyTotals(entries),
      entries: views,
    },
  });
};

export const hoursLedger = async (command: LedgerCommand, caller: Caller, deps: FairsDeps): Promise<Result<HoursLedger>> => {
  const result = await ledgerOf(command, caller, deps);
  return result.ok ? ok(result.data.ledger) : result;
};

export const exportHours = async (
  command: ParsedInput<typeof fairs.exportHours>,
  caller: Caller,
  deps: FairsDeps,
): Promise<Result<CsvFile>> => {
  const result = await ledgerOf(command, caller, deps);
  if (!result.ok) return result;
  const { ledger } = result.data;
  const rows: (string | number)[][] = ledger.entries.map((e) => [
    shanghaiDate(new Date(e.at)),
    e.kind === 'shift' ? '值班' : '调整',
    e.fairTitle ?? '',
    e.service ?? '',
    e.minutes,
    hoursText(e.minutes),
    e.reason ?? '',
    e.byName ?? '',
  ]);
  rows.push([]);
  for (const m of ledger.months) rows.push([m.month, '月合计', '', '', m.minutes, hoursText(m.minutes), '', '']);
  rows.push([String(ledger.year), '年合计', '', '', ledger.yearMinutes, hoursText(ledger.yearMinutes), '', '']);
  return ok({
    filename: `志愿服务时长-${ledger.volunteerName}-${ledger.year}.csv`,
    csv: toCsv(['日期', '类型', '大集', '服务', '分钟', '小时', '原因', '操作人'], rows),
  });
};

/** Staff correct hours with a new ledger line and a reason, recorded in the audit log; nothing is edited. */
export const correctHours = async (
  command: ParsedInput<typeof fairs.correctHours>,
  caller: Caller,
  deps: FairsDeps,
): Promise<Result<HoursEntryView>> => {
  const volunteer = await deps.users.byId(command.volunteerId);
  if (!volunteer) return invalidInput({ volunteerId: '请选择一位志愿者' });
  const shift = command.shiftId ? await deps.shifts.byId(command.shiftId) : undefined;
  if (command.shiftId && !shift) return invalidInput({ shiftId: '找不到这个班次' });
  const now = deps.clock.now();
  const at = shift?.startsAt ?? now;
  const { entry, created } = await deps.hours.append({
    id: `corr_${caller.user.id}_${command.requestId}`,
    volunteerId: volunteer.id,
    minutes: command.minutes,
    kind: 'correction',
    at,
    ...monthOf(at),
    ...(shift ? { shiftId: shift.id, fairId: shift.fairId } : {}),
    reason: command.reason,
    byId: caller.user.id,
    byName: nameOf(caller.user),
    key: `corr:${caller.user.id}:${command.requestId}`,
    createdAt: now,
  });
  if (created) {
    await deps.audit.record({
      at: now,
      ...auditActor(caller),
      action: 'correctVolunteerHours',
      targetType: 'user',
      targetId: volunteer.id,
      targetName: nameOf(volunteer),
      detail: `调整服务时长 ${command.minutes > 0 ? '+' : ''}${command.minutes} 分钟：${command.reason}`,
    });
  }
  return ok(toHoursView(entry, {}));
};
