import { z } from 'zod';
import { empty, method, type MethodSpec } from '../method';

/**
 * The booking list file a van without network brings from the city on its USB stick
 * (shared/booking/bookingListFile.ts): the supervisor finds it on the stick and loads it, so typed codes
 * check in and cancellations are known with no network at all.
 */

/** Why a file was not loaded; the panel says each in words, with what to do. Nothing was changed. */
export const BOOKING_LIST_REFUSALS = ['not_booking_file', 'wrong_version', 'no_booking_key', 'bad_signature', 'other_office', 'too_old'] as const;
export type BookingListRefusal = (typeof BOOKING_LIST_REFUSALS)[number];

export const bookingListFileFound = z.object({
  path: z.string(),
  fileName: z.string(),
  /** The stick (or export folder) it is on. */
  folder: z.string(),
  bytes: z.int(),
  modifiedAt: z.int(),
});

const importedDay = z.object({
  day: z.string(),
  bookings: z.int(),
  cancelled: z.int(),
});

export const bookingListImportResult = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    fileName: z.string(),
    /** When the city made the file (epoch ms): the loaded days count as pulled then. */
    createdAt: z.int(),
    /** The days replaced, in one transaction. */
    days: z.array(importedDay),
    /** Days kept as they were: the office pulled them from the city after the file was made. */
    newerKept: z.array(z.string()),
  }),
  z.object({
    ok: z.literal(false),
    fileName: z.string(),
    reason: z.enum(BOOKING_LIST_REFUSALS),
    /** The operator's detail, in English (the panel words the reason itself). */
    message: z.string(),
    /** other_office: the office the file is for. */
    officeId: z.string().optional(),
  }),
]);
export type BookingListImportResult = z.infer<typeof bookingListImportResult>;

export const bookingListMethods = {
  'bookings.usbFiles': method({
    summary:
      "Booking list files (loket-booking-<office>-<time>.booking.json, from the city's admin page) at the top of each removable medium (a USB stick) and in the configuration's sync.exportFolders, newest first. Other files and other folders are never read.",
    input: empty,
    output: z.object({ folders: z.array(z.string()), files: z.array(bookingListFileFound) }),
    roles: ['supervisor'],
    mutates: false,
    example: {},
  }),
  'bookings.importUsbFile': method({
    summary:
      "Loads a booking list file found by bookings.usbFiles: checks its format, the city's signature with the booking key held since enrolment, and the office, then replaces the lists of its days in one transaction, except a day pulled from the city after the file was made. A refusal (ok false, with its reason) changes nothing. A path that is not such a file on removable media or in sync.exportFolders is refused as bad_request.",
    input: z.object({ path: z.string().trim().min(1).max(1000) }).strict(),
    output: bookingListImportResult,
    roles: ['supervisor'],
    mutates: true,
    example: { path: '/media/kiosk/USB/loket-booking-keliling-kupang-20261202-061500.booking.json' },
  }),
} as const satisfies Record<string, MethodSpec>;
