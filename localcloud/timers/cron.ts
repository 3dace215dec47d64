import { CronExpressionParser, type CronExpression } from 'cron-parser';

/**
 * CloudBase timer triggers use SCF's 7-field cron: `second minute hour day month week year`
 * (week 0-6 or SUN-SAT with 0 = Sunday, year 1970-2099; day and week both restricted match
 * either, as in standard cron).
 */
export interface CloudBaseCron {
  source: string;
  timeZone: string;
  expression: CronExpression;
  /** The first six fields, as cron-parser reads them. */
  sixFields: string;
  years: Set<number> | 'any';
}

export class CronError extends Error {
  override name = 'CronError';
}

const MIN_YEAR = 1970;
const MAX_YEAR = 2099;

function parseYears(field: string): Set<number> | 'any' {
  if (field === '*' || field === '?') return 'any';
  const years = new Set<number>();
  for (const part of field.split(',')) {
    const match = /^(\*|(\d{4})(?:-(\d{4}))?)(?:\/(\d+))?$/.exec(part);
    if (!match) throw new CronError(`invalid year field: ${field}`);
    const from = match[1] === '*' ? MIN_YEAR : Number(match[2]);
    const to = match[1] === '*' ? MAX_YEAR : match[3] !== undefined ? Number(match[3]) : match[4] ? MAX_YEAR : from;
    const step = match[4] ? Number(match[4]) : 1;
    if (from < MIN_YEAR || to > MAX_YEAR || from > to || step < 1) throw new CronError(`invalid year field: ${field}`);
    for (let year = from; year <= to; year += step) years.add(year);
  }
  return years;
}

function checkWeekField(field: string): void {
  const numbers = field.replace(/#\d+/g, '').match(/\d+/g) ?? [];
  if (numbers.some((value) => Number(value) > 6)) throw new CronError(`week field takes 0-6 (0 = Sunday): ${field}`);
}

export function parseCloudBaseCron(source: string, timeZone: string): CloudBaseCron {
  const fields = source.trim().split(/\s+/);
  if (fields.length !== 7) {
    throw new CronError(`expected 7 fields (second minute hour day month week year), got ${fields.length}: "${source}"`);
  }
  if (
    /[Hh]/.test(
      fields
        .slice(0, 6)
        .join(' ')
        .replace(/[A-Za-z]{3}/g, ''),
    )
  ) {
    throw new CronError(`"H" is not CloudBase cron syntax: "${source}"`);
  }
  checkWeekField(fields[5]);
  const sixFields = fields.slice(0, 6).join(' ');
  let expression: CronExpression;
  try {
    expression = CronExpressionParser.parse(sixFields, { tz: timeZone });
  } catch (error) {
    throw new CronError(`invalid cron "${source}": ${(error as Error).message}`);
  }
  return { source, timeZone, expression, sixFields, years: parseYears(fields[6]) };
}

function yearIn(at: Date, timeZone: string): number {
  return Number(new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric' }).format(at));
}

/** Whether the trigger is due at this instant (whole seconds). */
export function cronMatches(cron: CloudBaseCron, at: Date): boolean {
  if (at.getTime() % 1000 !== 0) return false;
  if (cron.years !== 'any' && !cron.years.has(yearIn(at, cron.timeZone))) return false;
  return cron.expression.includesDate(at);
}

/** The first instant strictly after `after` at which the trigger is due, or undefined if never again. */
export function nextFire(cron: CloudBaseCron, after: Date): Date | undefined {
  const parse = (from: Date): CronExpression => CronExpressionParser.parse(cron.sixFields, { tz: cron.timeZone, currentDate: from });
  let iterator = parse(after);
  for (let guard = 0; guard < 10_000; guard += 1) {
    const candidate = iterator.next().toDate();
    if (cron.years === 'any') return candidate;
    const year = yearIn(candidate, cron.timeZone);
    if (cron.years.has(year)) return candidate;
    const later = [...cron.years].filter((allowed) => allowed > year).sort((a, b) => a - b)[0];
    if (later === undefined) return undefined;
    // Jump close to the next allowed year (a day early covers any time-zone offset).
    iterator = parse(new Date(Math.max(candidate.getTime(), Date.UTC(later - 1, 11, 30))));
  }
  return undefined;
}
