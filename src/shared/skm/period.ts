import { SkmError } from './errors';
import { daysInMonth, formatLocalDate, parseLocalDate } from './local-date';

export const PERIOD_KINDS = ['month', 'quarter', 'semester', 'year'] as const;

export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** Inclusive local dates, `YYYY-MM-DD`. */
export type DateRange = readonly [start: string, end: string];

const MONTHS_PER_PERIOD: Readonly<Record<PeriodKind, number>> = { month: 1, quarter: 3, semester: 6, year: 12 };

/** The calendar month, quarter, semester or year that contains `date`. */
export function periodRange(kind: PeriodKind, date: string): DateRange {
  const { year, month } = parseLocalDate(date);
  const length = MONTHS_PER_PERIOD[kind];
  const firstMonth = Math.floor((month - 1) / length) * length + 1;
  const lastMonth = firstMonth + length - 1;
  return [
    formatLocalDate({ year, month: firstMonth, day: 1 }),
    formatLocalDate({ year, month: lastMonth, day: daysInMonth(year, lastMonth) }),
  ];
}

/** A caller-chosen range; a single day (start = end) is allowed, an end before the start is not. */
export function customRange(start: string, end: string): DateRange {
  parseLocalDate(start);
  parseLocalDate(end);
  // Zero-padded YYYY-MM-DD strings order the same way as the dates they name.
  if (end < start) throw new SkmError('invalid-range', `The range ends (${end}) before it starts (${start})`);
  return [start, end];
}
