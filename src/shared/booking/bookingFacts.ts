import { z } from 'zod';
import { TICKET_STATES } from '../domain/ticket';
import { localDate } from '../api/dateField';
import { BOOKING_CODE_ALPHABET, BOOKING_CODE_LENGTH } from './bookingCode';

/**
 * What an office tells the city about one day of bookings (`POST /api/sync/v1/booking-facts`, kiosk token):
 * its check-ins and the day's booked-versus-walk-in figures, the same numbers as the supervisor's
 * `bookings.figures`. One day a request, the whole day each time: the city replaces what it held for the
 * day from this kiosk, so a repeated push changes nothing.
 */
export const BOOKING_FACTS_LIMITS = {
  /** The city's own cap of bookings an office takes a day: a day cannot hold more check-ins. */
  maxCheckIns: 5_000,
  /** Tickets of one kind a day; far above any office (the counters' bounds say 5,000 issued). */
  maxTickets: 100_000,
  /** A mean wait beyond a day is not a wait. */
  maxWaitMinutes: 24 * 60,
  /** About 100 bytes a check-in. */
  maxBodyBytes: 1024 * 1024,
} as const;

const count = z.int().min(0).max(BOOKING_FACTS_LIMITS.maxTickets);

/** Tickets of one kind (booked or walk-in) of the day: as `arrivalFigures` of bookings.figures. */
export const arrivalFacts = z
  .object({
    tickets: count,
    called: count,
    waitMeanMinutes: z.number().min(0).max(BOOKING_FACTS_LIMITS.maxWaitMinutes).nullable(),
    noShows: count,
  })
  .strict()
  .refine((a) => a.called <= a.tickets, { message: 'called must not exceed tickets', path: ['called'] })
  .refine((a) => a.noShows <= a.called, { message: 'noShows must not exceed called', path: ['noShows'] })
  .refine((a) => (a.called === 0) === (a.waitMeanMinutes === null), { message: 'must be null exactly when no ticket was called', path: ['waitMeanMinutes'] });
export type ArrivalFacts = z.infer<typeof arrivalFacts>;

export const checkInFact = z
  .object({
    code: z.string().regex(new RegExp(`^[${BOOKING_CODE_ALPHABET}]{${BOOKING_CODE_LENGTH}}$`), 'must be a booking code of 8 characters'),
    serviceCode: z.string().min(1).max(16),
    slot: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM'),
    /** When the kiosk checked it in (epoch ms, the office's clock). */
    checkedInAt: z.int().min(0),
    /** Where its ticket is now: `done` served, `no_show` did not come when called, and so on. */
    outcome: z.enum(TICKET_STATES),
  })
  .strict();
export type CheckInFact = z.infer<typeof checkInFact>;

export const bookingFactsRequest = z
  .object({
    officeId: z.string().min(1).max(40),
    /** The office-local service day (YYYY-MM-DD). */
    day: localDate,
    booked: arrivalFacts,
    walkIn: arrivalFacts,
    /** Bookings of the pulled list, not cancelled, not checked in; `missed` of them past their check-in window. */
    notCheckedIn: z.int().min(0).max(BOOKING_FACTS_LIMITS.maxCheckIns),
    missed: z.int().min(0).max(BOOKING_FACTS_LIMITS.maxCheckIns),
    checkIns: z.array(checkInFact).max(BOOKING_FACTS_LIMITS.maxCheckIns),
  })
  .strict()
  .refine((r) => r.missed <= r.notCheckedIn, { message: 'missed must not exceed notCheckedIn', path: ['missed'] })
  .refine((r) => new Set(r.checkIns.map((c) => c.code)).size === r.checkIns.length, { message: 'a booking code appears twice', path: ['checkIns'] });
export type BookingFactsRequest = z.infer<typeof bookingFactsRequest>;

export const bookingFactsResponse = z.object({
  ok: z.literal(true),
  officeId: z.string(),
  day: z.string(),
  /** Check-ins the city holds for the day from this kiosk. */
  checkIns: z.int(),
  /** Codes left out: not a booking of this office on this day (nothing was stored for them). */
  ignored: z.array(z.string()),
});
export type BookingFactsResponse = z.infer<typeof bookingFactsResponse>;
