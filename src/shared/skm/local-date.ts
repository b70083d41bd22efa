import { daysInMonth } from '../time/localTime';
import { SkmError } from './errors';

export { daysInMonth, isIsoDate as isLocalDate } from '../time/localTime';

/** A calendar date in the office's local time, as `YYYY-MM-DD`; no Date object, so no time zone. */
export interface LocalDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseLocalDate(text: string): LocalDate {
  const match = LOCAL_DATE.exec(text);
  const [, y = '', m = '', d = ''] = match ?? [];
  const date = { year: Number(y), month: Number(m), day: Number(d) };
  if (!match || date.year < 1 || date.month < 1 || date.month > 12 || date.day < 1 || date.day > daysInMonth(date.year, date.month)) {
    throw new SkmError('invalid-date', `"${text}" is not a valid YYYY-MM-DD date`);
  }
  return date;
}

export function formatLocalDate({ year, month, day }: LocalDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
