import { z } from 'zod';
import { ISSUE_RULES, type IssueRule } from '../validation/issueRules';

/**
 * The typed params of the error codes that carry figures, as zod schemas: the dispatcher checks every
 * refusal against them before it leaves the office core (errorBody.ts), so the wire shape is checked once.
 * A code not listed here carries no params. (Kept apart from errors.ts so the renderer stays free of zod.)
 */

/** Which wrong_state a refusal is, where a screen says something different for each. */
export const WRONG_STATE_REASONS = ['not_served', 'other_day', 'already_rated', 'survey_done'] as const;
export type WrongStateReason = (typeof WRONG_STATE_REASONS)[number];

const seconds = z.int().min(1);

/**
 * Why a booking was not checked in at the kiosk (booking.checkIn). The signature and the office are
 * checked first, so a forged code learns nothing more; then the day, whether it was used or cancelled,
 * and the check-in window. A typed short code needs the day's list pulled from the city (not_listed).
 */
export const BOOKING_REFUSAL_REASONS = [
  'malformed',
  'bad_signature',
  'other_office',
  'wrong_day',
  'already_used',
  'cancelled',
  'too_early',
  'too_late',
  'not_listed',
  'no_city_key',
] as const;
export type BookingRefusalReason = (typeof BOOKING_REFUSAL_REASONS)[number];

export const ERROR_PARAMS = {
  /** attemptsLeft is absent at the kiosk window (no account lock there); retryAfterSeconds when the device must wait. */
  wrong_pin: z.object({ attemptsLeft: z.int().min(0).optional(), retryAfterSeconds: seconds.optional() }).strict(),
  /** How long the lock or limit still holds; attemptsLeft 0 when it is a PIN lock. */
  locked: z.object({ retryAfterSeconds: seconds, attemptsLeft: z.literal(0).optional() }).strict(),
  wrong_state: z.object({ reason: z.enum(WRONG_STATE_REASONS) }).strict(),
  /**
   * The booking as far as it was read (absent for malformed, bad_signature, not_listed, no_city_key):
   * its service, day and slot, the check-in window (epoch ms) so a late visitor can be offered a normal
   * ticket of that service, and for already_used the time of the first check-in.
   */
  booking_refused: z
    .object({
      reason: z.enum(BOOKING_REFUSAL_REASONS),
      serviceCode: z.string().optional(),
      day: z.string().optional(),
      slot: z.string().optional(),
      opensAt: z.int().optional(),
      closesAt: z.int().optional(),
      firstCheckInAt: z.int().optional(),
    })
    .strict(),
} as const;

export type ErrorParamSchemas = typeof ERROR_PARAMS;

export const issueSchema = z
  .object({
    field: z.string(),
    rule: z.enum(Object.keys(ISSUE_RULES) as [IssueRule, ...IssueRule[]]),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  })
  .strict();
