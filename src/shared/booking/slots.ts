import { WEEKDAY_KEYS } from '../config/officeConfig';
import { addDays, localDate, localTimeToEpoch, weekdayOf } from '../time/localTime';
import type { BookingRules, StandardsDocument } from './standards';

/**
 * The slot rules of docs/booking.md, shared by the city (which offers and counts slots) and the office
 * (which checks bookings in). Times are the office's local wall clock in its time zone.
 */

export interface DaySlot {
  /** Local start "HH:MM"; the slot lasts `slotMinutes`. */
  time: string;
  /** A van's stop for that day; absent for an office. */
  place?: string;
}

const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmm = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

function rangeMinutes(range: string): [from: number, to: number] {
  const [from = '', to = ''] = range.split('-');
  return [minutesOf(from), minutesOf(to)];
}

/**
 * Seats per slot for bookings: each counter serving the service gives it `slotMinutes` divided by the
 * number of services that counter serves; those minutes over the typical service time are the visitors
 * a slot serves, and the booking share of them (rounded down) may be booked.
 */
export function slotCapacity(doc: StandardsDocument, serviceCode: string): number {
  const service = doc.services.find((s) => s.code === serviceCode);
  if (!service || service.bookingShare === 0) return 0;
  const counterMinutes = doc.counters.filter((c) => c.services.includes(serviceCode)).reduce((sum, c) => sum + doc.booking.slotMinutes / c.services.length, 0);
  // The small epsilon keeps 0.3 × 30 / 0.9 = 9.999… from rounding down to 9.
  return Math.floor((service.bookingShare * counterMinutes) / service.serviceMinutes + 1e-9);
}

/**
 * A day's slots for a service: whole slots of `slotMinutes` from the start of each opening range (the
 * service's own hours, else the office's; none on a closed date), or for a van from each stop that day.
 */
export function daySlots(doc: StandardsDocument, serviceCode: string, date: string): DaySlot[] {
  const service = doc.services.find((s) => s.code === serviceCode);
  if (!service) return [];
  const ranges: { range: string; place?: string }[] = doc.booking.stops
    ? doc.booking.stops.filter((s) => s.date === date).map((s) => ({ range: s.hours, place: s.place }))
    : doc.office.closedDates.includes(date)
      ? []
      : ((service.openingHours ?? doc.office.openingHours)[WEEKDAY_KEYS[weekdayOf(date) - 1] as (typeof WEEKDAY_KEYS)[number]] ?? []).map((range) => ({ range }));
  const slots: DaySlot[] = [];
  for (const { range, place } of ranges) {
    const [from, to] = rangeMinutes(range);
    for (let t = from; t + doc.booking.slotMinutes <= to; t += doc.booking.slotMinutes) slots.push(place === undefined ? { time: hhmm(t) } : { time: hhmm(t), place });
  }
  return slots.sort((a, b) => a.time.localeCompare(b.time));
}

/** When the slot starts, as epoch ms. */
export function slotStartsAt(date: string, time: string, timeZone: string): number {
  return localTimeToEpoch(date, time, timeZone);
}

/** The check-in window of a slot: from `checkInBeforeMinutes` before its start to `checkInAfterMinutes` after. */
export function checkInWindow(
  date: string,
  time: string,
  timeZone: string,
  rules: Pick<BookingRules, 'checkInBeforeMinutes' | 'checkInAfterMinutes'>,
): { opensAt: number; closesAt: number } {
  const start = slotStartsAt(date, time, timeZone);
  return { opensAt: start - rules.checkInBeforeMinutes * 60_000, closesAt: start + rules.checkInAfterMinutes * 60_000 };
}

/** The days residents may book: today (office time) and the `daysAhead` − 1 days after it. */
export function bookableDays(doc: StandardsDocument, now: number): string[] {
  const today = localDate(now, doc.office.timeZone);
  return Array.from({ length: doc.booking.daysAhead }, (_, i) => addDays(today, i));
}

/** A slot may be booked until it starts. */
export function isSlotOpenForBooking(date: string, time: string, timeZone: string, now: number): boolean {
  return slotStartsAt(date, time, timeZone) > now;
}
