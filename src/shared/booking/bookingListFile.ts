import { z } from 'zod';
import { OFFICE_ID_PATTERN } from '../office/officeId';
import { localDate } from '../api/dateField';
import { dayBooking } from './bookingSync';

/**
 * The booking list file: what a van without any network carries from the city on its USB stick, the
 * coming days' bookings and cancellations of one office in the rows its pull already takes (dayBooking),
 * signed with the city's booking key (Ed25519), so the van trusts it offline with the public key it got
 * at enrolment. As in usbFile.ts, the signature covers the exact payload bytes, carried base64-encoded.
 */
export const BOOKING_LIST_FILE_FORMAT = 'loket-booking-list';
export const BOOKING_LIST_FILE_VERSION = 1;

export const BOOKING_LIST_LIMITS = {
  /** The longest booking horizon an office may publish (booking.daysAhead). */
  maxDays: 60,
  /** Far above what any office or van takes in a day. */
  maxBookingsPerDay: 5_000,
  /** About 100 bytes a booking, a few days full: a larger file is not one the city made. */
  maxFileBytes: 16 * 1024 * 1024,
} as const;

/**
 * What is signed: a fixed prefix and the payload's text. The same key signs booking codes; the prefix keeps
 * a signature over one from ever passing as the other.
 */
export function bookingListSignedText(payloadText: string): string {
  return `${BOOKING_LIST_FILE_FORMAT}/${BOOKING_LIST_FILE_VERSION}\n${payloadText}`;
}

/** The outer shape, read before anything is trusted: its format and version first, so a wrong file is named as such. */
export const bookingListFileHead = z.object({ format: z.string(), version: z.unknown() });

export const bookingListFileEnvelope = z
  .object({
    format: z.literal(BOOKING_LIST_FILE_FORMAT),
    version: z.literal(BOOKING_LIST_FILE_VERSION),
    payload: z.base64(),
    /** Ed25519 over bookingListSignedText(the payload's text), base64url. */
    signature: z.base64url(),
  })
  .strict();
export type BookingListFileEnvelope = z.infer<typeof bookingListFileEnvelope>;

export const bookingListDay = z
  .object({
    day: localDate,
    bookings: z.array(dayBooking).max(BOOKING_LIST_LIMITS.maxBookingsPerDay),
  })
  .strict();

export const bookingListFilePayload = z
  .object({
    officeId: z.string().regex(OFFICE_ID_PATTERN, 'must be an office id'),
    /** When the city read the lists (epoch ms, the city's clock): an office list pulled later is newer and kept. */
    createdAt: z.int().min(0),
    days: z
      .array(bookingListDay)
      .min(1)
      .max(BOOKING_LIST_LIMITS.maxDays)
      .refine((days) => new Set(days.map((d) => d.day)).size === days.length, 'a day appears twice'),
  })
  .strict();
export type BookingListFilePayload = z.infer<typeof bookingListFilePayload>;

export function bookingListFileName(officeId: string, createdAt: number): string {
  const stamp = new Date(createdAt).toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return `loket-booking-${officeId}-${stamp}.booking.json`;
}

/** The names bookingListFileName gives: the office looks for nothing else on a USB stick. */
export const BOOKING_LIST_FILE_NAME = /^loket-booking-[a-z0-9][a-z0-9-]{1,39}-\d{8}-\d{6}\.booking\.json$/;
