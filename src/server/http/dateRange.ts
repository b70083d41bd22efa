import { addDays, daysFrom, isIsoDate, localDate } from '../../shared/time/localTime';

const MAX_RANGE_DAYS = 3660;

/** from/to query parameters (YYYY-MM-DD), falling back to the given defaults; to is never before from. */
export function dateRange(query: { from?: string; to?: string }, defaults: { from: string; to: string }): { from: string; to: string } {
  const from = query.from && isIsoDate(query.from) ? query.from : defaults.from;
  let to = query.to && isIsoDate(query.to) ? query.to : defaults.to;
  if (to < from) to = from;
  return daysFrom(from, to) > MAX_RANGE_DAYS ? { from, to: addDays(from, MAX_RANGE_DAYS) } : { from, to };
}

export function today(now: number, timeZone: string): string {
  return localDate(now, timeZone);
}
