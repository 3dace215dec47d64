import type { ParsedInput } from '@contracts/action';
import type { fairs, SeriesView } from '@contracts/fairs';
import { newId } from '../../../kernel/ids';
import { invalidInput, notFound, ok, type Result } from '../../../kernel/result';
import { auditActor, type Caller } from '../../../users/caller';
import { fairHours } from '../../domain/fair';
import { AHEAD_DAYS, dueDates, type Series } from '../../domain/series';
import type { FairsDeps } from '../../deps';
import { copyInto, templateOf, type FairTemplate } from '../copy-fair/copy-into';

const toView = (s: Series): SeriesView => ({
  id: s.id,
  title: s.title,
  place: s.place,
  opensAt: s.opensAt,
  closesAt: s.closesAt,
  daysOfMonth: [...s.daysOfMonth],
  active: s.active,
  ...(s.generatedUntil ? { generatedUntil: s.generatedUntil } : {}),
});

/**
 * Makes the series' fairs for the coming weeks, as drafts staff then check and publish. Each
 * date's fair has the key `series:<id>:<date>`, so running this again (nightly) adds only new dates.
 */
export const generateSeries = async (series: Series, deps: FairsDeps): Promise<number> => {
  if (!series.active) return 0;
  const dates = dueDates(series.daysOfMonth, deps.clock.now(), AHEAD_DAYS).filter(
    (d) => !series.generatedUntil || d > series.generatedUntil,
  );
  if (!dates.length) return 0;
  const source = series.templateFairId ? await deps.fairs.byId(series.templateFairId) : await deps.fairs.latest(series.id);
  const template: FairTemplate = {
    ...(source ? templateOf(source) : {}),
    title: series.title,
    place: series.place,
    description: series.description,
    bookingCap: series.bookingCap,
    opensAt: series.opensAt,
    closesAt: series.closesAt,
  };
  for (const date of dates) {
    await copyInto(template, { date, createKey: `series:${series.id}:${date}`, createdBy: series.createdBy, seriesId: series.id }, deps);
  }
  await deps.series.setGeneratedUntil(series.id, dates[dates.length - 1] as string);
  return dates.length;
};

export const createSeries = async (
  command: ParsedInput<typeof fairs.createSeries>,
  caller: Caller,
  deps: FairsDeps,
): Promise<Result<SeriesView>> => {
  if (typeof fairHours('2026-01-01', command.opensAt, command.closesAt) === 'string')
    return invalidInput({ closesAt: '结束时间应晚于开始时间' });
  if (command.templateFairId && !(await deps.fairs.byId(command.templateFairId)))
    return invalidInput({ templateFairId: '找不到作为模板的大集' });
  const now = deps.clock.now();
  const series = await deps.series.create({
    id: newId(),
    title: command.title,
    place: command.place,
    opensAt: command.opensAt,
    closesAt: command.closesAt,
    description: command.description,
    bookingCap: command.bookingCap,
    daysOfMonth: [...new Set(command.daysOfMonth)].sort((a, b) => a - b),
    ...(command.templateFairId ? { templateFairId: command.templateFairId } : {}),
    active: true,
    createKey: `req:${caller.user.id}:${command.requestId}`,
    createdBy: caller.user.id,
    createdAt: now,
  });
  await deps.audit.record({
    at: now,
    ...auditActor(caller),
    action: 'createFairSeries',
    targetType: 'fairSeries',
    targetId: series.id,
    targetName: series.title,
    detail: `每月${series.daysOfMonth.join('、')}日 ${series.opensAt}-${series.closesAt} ${series.place}`,
  });
  await generateSeries(series, deps);
  return ok(toView((await deps.series.byId(series.id)) ?? series));
};

export const listSeries = async (deps: FairsDeps): Promise<Result<SeriesView[]>> => ok((await deps.series.list()).map(toView));

export const stopSeries = async (
  command: ParsedInput<typeof fairs.stopSeries>,
  caller: Caller,
  deps: FairsDeps,
): Promise<Result<SeriesView>> => {
  const series = await deps.series.byId(command.seriesId);
  if (!series) return notFound('找不到这个周期');
  await deps.series.stop(series.id);
  await deps.audit.record({
    at: deps.clock.now(),
    ...auditActor(caller),
    action: 'stopFairSeries',
    targetType: 'fairSeries',
    targetId: series.id,
    targetName: series.title,
    detail: '停止自动生成',
  });
  return ok(toView({ ...series, active: false }));
};
