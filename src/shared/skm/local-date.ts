import { SkmError } from './errors';

/** A calendar date in the office's local time, as `YYYY-MM-DD`; no Date object, so no time zone. */
export interface LocalDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function parseLocalDate(text: string): LocalDate {
  const match = LOCAL_DATE.exec(text);
  const [, y = '', m = '', d = ''] = match ?? [];
  const date = { year: Number(y), month: Number(m), day: Number(d) };
  if (!match || date.year < 1 || date.month < 1 || date.month > 12 || date.day < 1 || date.day > daysInMonth(date.year, date.month)) {
    throw new SkmError('invalid-date', `"${text}" is not a valid YYYY-MM-DD date`);
  }
  return date;
}

export function isLocalDate(text: string): boolean {
  try {
    parseLocalDate(text);
    return true;
  } catch {
    return false;
  }
}

export function formatLocalDate({ year, month, day }: LocalDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
