import {
  BOOKING_LIST_FILE_FORMAT,
  BOOKING_LIST_FILE_VERSION,
  bookingListFileName,
  bookingListSignedText,
  type BookingListFileEnvelope,
  type BookingListFilePayload,
} from '../../shared/booking/bookingListFile';
import { bookableDays } from '../../shared/booking/slots';
import { addDays, localDate } from '../../shared/time/localTime';
import type { Database } from '../db/database';
import { officeDayBookings } from './booking';
import { bookingKeyOf, type BookingKey } from './bookingKey';
import { officeStandards } from './bookingStandards';

/** Today and the 7 days after it: a van's trip of a week, when it has no published stops. */
export const BOOKING_LIST_DAYS = 8;

export interface BookingListFile {
  fileName: string;
  content: string;
  days: string[];
  bookings: number;
  cancelled: number;
}

/**
 * The days a file carries: a van's published stops that residents can book now (today on), else today
 * and the next 7 days, in the office's time zone (the city's when it never sent its standards).
 */
async function fileDays(db: Database, officeId: string, cityTimeZone: string, now: number): Promise<string[]> {
  const standards = await officeStandards(db, officeId);
  const stops = standards?.doc.booking.stops;
  if (standards && stops && stops.length > 0) {
    const bookable = new Set(bookableDays(standards.doc, now));
    return [...new Set(stops.map((s) => s.date))].filter((d) => bookable.has(d)).sort();
  }
  const today = localDate(now, standards?.doc.office.timeZone ?? cityTimeZone);
  return Array.from({ length: BOOKING_LIST_DAYS }, (_, i) => addDays(today, i));
}

/** The file's text: the payload as it is signed, base64-encoded, and the signature over its text. */
export function signBookingList(payload: BookingListFilePayload, key: Pick<BookingKey, 'sign'>): string {
  const text = JSON.stringify(payload);
  const envelope: BookingListFileEnvelope = {
    format: BOOKING_LIST_FILE_FORMAT,
    version: BOOKING_LIST_FILE_VERSION,
    payload: Buffer.from(text, 'utf8').toString('base64'),
    signature: key.sign(bookingListSignedText(text)),
  };
  return `${JSON.stringify(envelope, null, 1)}\n`;
}

/**
 * One office's booking list file for its USB stick: every booking of the days, cancelled ones included,
 * in the rows of the office's own pull, signed with the city's booking key. Stores nothing (but the key, made on first use as by any booking); null when a van
 * has no stop left to book.
 */
export async function bookingListFile(db: Database, officeId: string, cityTimeZone: string, now: number): Promise<BookingListFile | null> {
  const days = await fileDays(db, officeId, cityTimeZone, now);
  if (days.length === 0) return null;
  const [key, ...lists] = await Promise.all([bookingKeyOf(db), ...days.map((day) => officeDayBookings(db, officeId, day))]);
  const payload: BookingListFilePayload = {
    officeId,
    createdAt: now,
    days: days.map((day, i) => ({
      day,
      bookings: (lists[i] ?? []).map((b) => ({ code: b.code, serviceCode: b.serviceCode, slot: b.slot, bookedAt: b.createdAt.getTime(), cancelledAt: b.cancelledAt?.getTime() ?? null })),
    })),
  };
  const all = payload.days.flatMap((d) => d.bookings);
  return {
    fileName: bookingListFileName(officeId, now),
    content: signBookingList(payload, key),
    days,
    bookings: all.length,
    cancelled: all.filter((b) => b.cancelledAt !== null).length,
  };
}
