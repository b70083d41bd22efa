import type { OpeningHours } from '../config/officeConfig';
import { addDays, localTimeToEpoch, toLocal, weekdayOf, type Weekday } from './localTime';

/** How far ahead the next opening is looked for; an office closed for longer says only "closed". */
const HORIZON_DAYS = 31;

const WEEKDAY_OF_NUMBER: Record<number, Weekday> = { 1: 'mon', 2: 'tue', 3: 'wed', 4: 'thu', 5: 'fri', 6: 'sat', 7: 'sun' };

function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** The day's ranges as [from, to) minutes since local midnight. */
function rangesOf(hours: OpeningHours, weekday: Weekday): [from: number, to: number][] {
  return (hours[weekday] ?? []).map((range) => {
    const [from = '', to = ''] = range.split('-');
    return [minutesOf(from), minutesOf(to)];
  });
}

export function isWithinHours(hours: OpeningHours, weekday: Weekday, minuteOfDay: number): boolean {
  return rangesOf(hours, weekday).some(([from, to]) => minuteOfDay >= from && minuteOfDay < to);
}

/**
 * When these hours next open after `now` (epoch ms), skipping closed dates: later today (after a break)
 * or the first opening day. Null when nothing opens within a month. Meant for a closed moment: during
 * opening hours it gives the next range's start, not now.
 */
export function nextOpening(hours: OpeningHours, closedDates: readonly string[], timeZone: string, now: number): number | null {
  const local = toLocal(now, timeZone);
  for (let d = 0; d <= HORIZON_DAYS; d++) {
    const date = addDays(local.date, d);
    if (closedDates.includes(date)) continue;
    const starts = rangesOf(hours, WEEKDAY_OF_NUMBER[weekdayOf(date)] as Weekday)
      .map(([from]) => from)
      .filter((from) => d > 0 || from > local.minuteOfDay)
      .sort((a, b) => a - b);
    const first = starts[0];
    if (first !== undefined) {
      const hhmm = `${String(Math.floor(first / 60)).padStart(2, '0')}:${String(first % 60).padStart(2, '0')}`;
      return localTimeToEpoch(date, hhmm, timeZone);
    }
  }
  return null;
}
