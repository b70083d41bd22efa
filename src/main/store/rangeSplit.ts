import { lastDayOfMonth, nextDate, previousDate } from '../../shared/time/localTime';

/**
 * A date range cut into the whole calendar months it covers and the loose days at its ends, so
 * rollups can be read per month where a whole month is wanted and per day only at the edges.
 */
export interface RangeSplit {
  /** Inclusive day ranges (YYYY-MM-DD) outside the whole months. */
  days: [string, string][];
  /** Inclusive range of whole months (YYYY-MM), or null. */
  months: [string, string] | null;
}

export function splitByMonths(from: string, to: string): RangeSplit {
  const firstMonth = from.endsWith('-01') ? from.slice(0, 7) : nextDate(lastDayOfMonth(from.slice(0, 7))).slice(0, 7);
  const lastMonth = to === lastDayOfMonth(to.slice(0, 7)) ? to.slice(0, 7) : previousDate(`${to.slice(0, 7)}-01`).slice(0, 7);
  if (firstMonth > lastMonth) return { days: [[from, to]], months: null };
  const days: [string, string][] = [];
  const monthsStart = `${firstMonth}-01`;
  const monthsEnd = lastDayOfMonth(lastMonth);
  if (from < monthsStart) days.push([from, previousDate(monthsStart)]);
  if (to > monthsEnd) days.push([nextDate(monthsEnd), to]);
  return { days, months: [firstMonth, lastMonth] };
}

/** `(service_date BETWEEN ? AND ? OR …)` for the split's loose days, with its parameters. */
export function dayClause(split: RangeSplit, column = 'service_date'): { sql: string; params: string[] } {
  return {
    sql: `(${split.days.map(() => `${column} BETWEEN ? AND ?`).join(' OR ')})`,
    params: split.days.flat(),
  };
}
