import { z } from 'zod';
import { LANGUAGES } from '../../i18n/languages';
import { method, type MethodSpec } from '../method';
import { kioskTicket, priorityReason, serviceCode } from '../schemas';

/**
 * Bookings made on the city's booking site, at the office: the kiosk checks a resident in (offline too,
 * from the signed QR alone), and the supervisor sees the day's bookings and check-ins.
 */

/** The booking a check-in used: what the ticket was placed by. */
export const checkedInBooking = z.object({
  /** The short code, stored form (8 characters, no dash). */
  code: z.string(),
  serviceCode,
  /** Office-local YYYY-MM-DD and HH:MM. */
  day: z.string(),
  slot: z.string(),
  /** The queue time the ticket holds (epoch ms): the slot's start, so walk-ins who came later wait behind it. */
  placedAt: z.int(),
});

export const bookingCheckInResult = kioskTicket.extend({ booking: checkedInBooking });

/** One booking of today as the supervisor sees it: from the pulled list, or known only from its check-in. */
export const bookingDayRow = z.object({
  code: z.string(),
  serviceCode,
  slot: z.string(),
  /** In the list pulled from the city (false: checked in offline from its signed QR, before any list). */
  listed: z.boolean(),
  cancelledAt: z.int().nullable(),
  checkedInAt: z.int().nullable(),
  /** The ticket the check-in issued ("A-014"), or null. */
  ticketLabel: z.string().nullable(),
});

export const bookingDay = z.object({
  day: z.string(),
  /** When this office last pulled the day's list from the city, or null (never: offline check-ins still work). */
  pulledAt: z.int().nullable(),
  /** The office holds the city's booking key (given at enrolment): without it no booking can be checked. */
  cityKeyKnown: z.boolean(),
  rows: z.array(bookingDayRow),
});

/** Today's booking seats of one service, from the office configuration (src/shared/booking/slots.ts). */
export const bookingCapacity = z.object({
  serviceCode,
  /** Today's slots of the service (0 when it is closed today). */
  slots: z.int(),
  /** Seats each slot offers to bookings (the service's bookingShare of its counters' minutes; 0: not bookable). */
  seatsPerSlot: z.int(),
  /** Booked today and not cancelled: the pulled list and offline check-ins. */
  booked: z.int(),
});

/** Today's tickets of one kind. The wait is called time minus the time the number was taken (for a booking: the check-in). */
export const arrivalFigures = z.object({
  tickets: z.int(),
  /** Tickets called so far (those the mean wait is over). */
  called: z.int(),
  waitMeanMinutes: z.number().nullable(),
  /** Called and did not come to the counter. */
  noShows: z.int(),
});

export const bookingFigures = z.object({
  day: z.string(),
  /** The office's clock when it answered (epoch ms). */
  at: z.int(),
  capacity: z.array(bookingCapacity),
  booked: arrivalFigures,
  walkIn: arrivalFigures,
  /** Booked tickets among all of today's tickets (0..1), null before the first ticket. */
  bookedShare: z.number().nullable(),
  /** Bookings of the pulled list, not cancelled, not checked in yet (the window may still be open). */
  notCheckedIn: z.int(),
  /** Of those, the ones whose check-in window has closed: the booking was not used. */
  missed: z.int(),
});

export type CheckedInBooking = z.infer<typeof checkedInBooking>;
export type BookingCheckInResult = z.infer<typeof bookingCheckInResult>;
export type BookingDay = z.infer<typeof bookingDay>;
export type BookingFigures = z.infer<typeof bookingFigures>;

export const bookingMethods = {
  'booking.checkIn': method({
    summary:
      "Check a booking in at the kiosk and issue its ticket, placed by the slot's start ahead of walk-ins who came later (Pasal 29 priority still applies). `code` is what the camera or a USB scanner read from the booking's QR (the city-signed text, checked offline with the city's key), or the short code typed on screen (accepted only when the day's pulled list holds it). Each booking is used once. Refusals: booking_refused with a reason (malformed, bad_signature, other_office, wrong_day, already_used with firstCheckInAt, cancelled, too_early, too_late, not_listed, no_city_key) and, where known, the booking's service, day, slot and check-in window, so a late resident can be offered a normal ticket; not_found or service_closed when this office no longer has the service or it is closed at the slot's time; locked (with retryAfterSeconds) when this device showed three forged codes within 15 minutes (each forged code, and each code signed for another office, goes to the security log). A booking is honoured past the service's daily quota (the city promised the seat).",
    input: z
      .object({
        code: z.string().trim().min(1).max(300),
        priorityReason: priorityReason.optional(),
        language: z.enum(LANGUAGES).optional(),
      })
      .strict(),
    output: bookingCheckInResult,
    roles: ['kiosk', 'supervisor'],
    mutates: true,
    example: { code: 'K7QM3ZPA' },
  }),
  'bookings.day': method({
    summary: "Today's bookings of this office (the list pulled from the city, and offline check-ins) with each one's check-in and ticket.",
    input: z.object({}).strict(),
    output: bookingDay,
    roles: ['supervisor'],
    mutates: false,
    example: {},
  }),
  'bookings.figures': method({
    summary:
      "Today's booked versus walk-in figures: each kind's tickets, mean wait (called time minus the time the number was taken; for a booked ticket its check-in, not the slot start its queue place holds) and no-shows, the share of booked tickets, bookings not checked in (and those whose window closed), and each service's booking seats today from the office configuration.",
    input: z.object({}).strict(),
    output: bookingFigures,
    roles: ['supervisor'],
    mutates: false,
    example: {},
  }),
} as const satisfies Record<string, MethodSpec>;
