/** Ranges of office-local days (YYYY-MM-DD) for the statistics' period presets. */
import { addDays, daysFrom, monthStart, previousDate, weekdayOf } from '../../../../../shared/time/localTime';

export const RANGE_PRESETS = ['today', 'week', 'month', 'lastMonth', 'custom'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export interface DateRange {
  from: string;
  to: string;
}

/** Days from `from` to `to`, both included. */
export function dayCount(range: DateRange): number {
  return daysFrom(range.from, range.to) + 1;
}

/** The whole calendar month before the one `date` is in. */
function previousMonth(date: string): DateRange {
  const lastDay = previousDate(monthStart(date));
  return { from: monthStart(lastDay), to: lastDay };
}

/** Monday of the week `date` is in (Indonesian weeks start on Monday). */
function weekStart(date: string): string {
  return addDays(date, 1 - weekdayOf(date));
}

/** A preset's range; "this week/month" ends today, since the office refuses days in the future. */
export function presetRange(preset: Exclude<RangePreset, 'custom'>, today: string): DateRange {
  switch (preset) {
    case 'today':
      return { from: today, to: today };
    case 'week':
      return { from: weekStart(today), to: today };
    case 'month':
      return { from: monthStart(today), to: today };
    case 'lastMonth':
      return previousMonth(today);
  }
}

/**
 * The period to compare with: the previous calendar month for the month presets (this month so far
 * against all of last month, as the city's report compares them), else as many days just before.
 */
export function previousRange(preset: RangePreset, range: DateRange): DateRange {
  if (preset === 'month' || preset === 'lastMonth') return previousMonth(range.from);
  if (preset === 'week') return { from: addDays(range.from, -7), to: addDays(range.to, -7) };
  const days = dayCount(range);
  return { from: addDays(range.from, -days), to: addDays(range.from, -1) };
}
