/** Ranges of office-local days (YYYY-MM-DD), computed in UTC so no time zone can shift a day. */

export const RANGE_PRESETS = ['today', 'week', 'month', 'lastMonth', 'custom'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export interface DateRange {
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;

function toUtc(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** Days from `from` to `to`, both included. */
export function dayCount(range: DateRange): number {
  return Math.round((toUtc(range.to) - toUtc(range.from)) / DAY_MS) + 1;
}

function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

/** The whole calendar month before the one `date` is in. */
function previousMonth(date: string): DateRange {
  const lastDay = addDays(monthStart(date), -1);
  return { from: monthStart(lastDay), to: lastDay };
}

/** Monday of the week `date` is in (Indonesian weeks start on Monday). */
function weekStart(date: string): string {
  const weekday = (new Date(toUtc(date)).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
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
