import { z } from 'zod';

/** The office side of bookings: it pushes its standards document and a day's facts, and pulls a day's bookings (kiosk token). */
export const BOOKING_SYNC_PATHS = {
  standards: '/api/sync/v1/standards',
  bookings: '/api/sync/v1/bookings',
  /** A day's check-ins and booked-versus-walk-in figures (bookingFacts.ts). */
  facts: '/api/sync/v1/booking-facts',
} as const;

export const standardsResponse = z.object({
  ok: z.literal(true),
  /** Services residents can book now (booking share and counters give them at least one seat a slot). */
  bookable: z.array(z.string()),
});
export type StandardsResponse = z.infer<typeof standardsResponse>;

export const dayBooking = z.object({
  code: z.string(),
  serviceCode: z.string(),
  slot: z.string(),
  bookedAt: z.int(),
  /** Cancelled by the resident (ms since epoch); the seat was given back. */
  cancelledAt: z.int().nullable(),
});
export type DayBooking = z.infer<typeof dayBooking>;

export const dayBookingsResponse = z.object({
  ok: z.literal(true),
  officeId: z.string(),
  day: z.string(),
  /** The city's booking public key (Ed25519, SPKI DER, base64), also given at enrolment. */
  bookingKey: z.string(),
  bookings: z.array(dayBooking),
});
export type DayBookingsResponse = z.infer<typeof dayBookingsResponse>;
