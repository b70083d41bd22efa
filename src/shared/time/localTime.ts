/**
 * Office-local calendar and clock helpers. Service days, opening hours and reports all use the
 * office's IANA time zone, never the machine's, so a kiosk set to UTC still numbers Kupang's day right.
 */

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

export interface LocalDateTime {
  /** YYYY-MM-DD */
  date: string;
  /** Minutes since local midnight, 0–1439. */
  minuteOfDay: number;
  weekday: Weekday;
  /** HH:MM */
  time: string;
}

export function toLocal(epochMs: number, timeZone: string): LocalDateTime {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(epochMs))) parts[p.type] = p.value;
  const hour = Number(parts.hour);
  const minute = Number(parts.minute);
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minuteOfDay: hour * 60 + minute,
    weekday: (parts.weekday ?? 'Sun').toLowerCase().slice(0, 3) as Weekday,
    time: `${parts.hour}:${parts.minute}`,
  };
}

export function localDate(epochMs: number, timeZone: string): string {
  return toLocal(epochMs, timeZone).date;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** The service day a moment belongs to: the local date, shifted back by the office's day start ("04:00"). */
export function serviceDateOf(epochMs: number, timeZone: string, dayStartsAt = '00:00'): string {
  const offsetMs = (Number(dayStartsAt.slice(0, 2)) * 60 + Number(dayStartsAt.slice(3, 5))) * 60_000;
  return localDate(epochMs - offsetMs, timeZone);
}

/**
 * The epoch milliseconds of a local wall-clock time on a local date in a time zone (e.g. when a service
 * day starts). Two passes settle the zone offset, which is enough for zones with or without DST.
 */
export function localTimeToEpoch(date: string, hhmm: string, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, Number(hhmm.slice(0, 2)), Number(hhmm.slice(3, 5)));
  let guess = wall;
  for (let i = 0; i < 2; i++) {
    const local = toLocal(guess, timeZone);
    const [ly, lm, ld] = local.date.split('-').map(Number) as [number, number, number];
    const shownAsUtc = Date.UTC(ly, lm - 1, ld) + local.minuteOfDay * 60_000;
    guess += wall - shownAsUtc;
  }
  return guess;
}

// Calendar dates (YYYY-MM-DD) are counted in UTC, where every day has 24 hours, so no zone can shift a day.
const DAY_MS = 86_400_000;

function utcMidnight(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/** The calendar date `days` after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  return new Date(utcMidnight(date) + days * DAY_MS).toISOString().slice(0, 10);
}

export function nextDate(date: string): string {
  return addDays(date, 1);
}

export function previousDate(date: string): string {
  return addDays(date, -1);
}

/** Whole days from `from` to `to` (0 for the same day). */
export function daysFrom(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

/** Monday = 1 … Sunday = 7, of a calendar date. */
export function weekdayOf(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The first day of the month `date` is in. */
export function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

/** The last day of a month given as YYYY-MM. */
export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
}
