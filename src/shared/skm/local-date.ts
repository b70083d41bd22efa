import { isIsoDate } from '../time/localTime';
import { SkmError } from './errors';

export { daysInMonth, isIsoDate as isLocalDate } from '../time/localTime';

/** A calendar date in the office's local time, as `YYYY-MM-DD`; no Date object, so no time zone. */
export interface LocalDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function parseLocalDate(text: string): LocalDate {
  if (!isIsoDate(text)) throw new SkmError('invalid-date', `"${text}" is not a valid YYYY-MM-DD date`);
  const [year = 0, month = 0, day = 0] = text.split('-').map(Number);
  return { year, month, day };
}

export function formatLocalDate({ year, month, day }: LocalDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
