import type { MethodInput } from '../../../../shared/api/contract';
import { formatLocalDate } from '../../../../shared/skm';
import { monthStart } from '../../../../shared/time/localTime';

export type PeriodInput = MethodInput<'ratings.report'>['period'];
export type PeriodKindChoice = 'month' | 'quarter' | 'semester' | 'year' | 'custom';
export const PERIOD_CHOICES: readonly PeriodKindChoice[] = ['month', 'quarter', 'semester', 'year', 'custom'];

/** What the form holds; only the fields of the chosen kind are used. */
export interface PeriodChoice {
  kind: PeriodKindChoice;
  year: number;
  month: number;
  quarter: number;
  semester: number;
  from: string;
  to: string;
}

/** The current semester of the office's service day, the period an office usually reports. */
export function defaultChoice(serviceDate: string): PeriodChoice {
  const year = Number(serviceDate.slice(0, 4));
  const month = Number(serviceDate.slice(5, 7));
  return {
    kind: 'semester',
    year,
    month,
    quarter: Math.ceil(month / 3),
    semester: month <= 6 ? 1 : 2,
    from: monthStart(serviceDate),
    to: serviceDate,
  };
}

function firstDay(year: number, month: number): string {
  return formatLocalDate({ year, month, day: 1 });
}

/** The API's period: any date inside a calendar period names it; a custom range is sent as typed. */
export function toPeriodInput(choice: PeriodChoice): PeriodInput {
  switch (choice.kind) {
    case 'month':
      return { kind: 'month', date: firstDay(choice.year, choice.month) };
    case 'quarter':
      return { kind: 'quarter', date: firstDay(choice.year, (choice.quarter - 1) * 3 + 1) };
    case 'semester':
      return { kind: 'semester', date: firstDay(choice.year, choice.semester === 1 ? 1 : 7) };
    case 'year':
      return { kind: 'year', date: firstDay(choice.year, 1) };
    case 'custom':
      return { kind: 'custom', from: choice.from, to: choice.to };
  }
}
