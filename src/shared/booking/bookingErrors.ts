/**
 * Every refusal of the booking API and pages, with its HTTP status. Pages show `booking.error.<code>`
 * from the message files in the visitor's language; the JSON API answers the code.
 */
export const BOOKING_ERROR_STATUS = {
  bad_request: 400,
  cross_site: 403,
  not_found: 404,
  not_bookable: 409,
  slot_unavailable: 409,
  slot_full: 409,
  already_cancelled: 409,
  too_late_to_cancel: 409,
  held_limit: 429,
  source_daily_cap: 429,
  office_daily_cap: 429,
  rate_limited: 429,
  unavailable: 503,
} as const;
export type BookingErrorCode = keyof typeof BOOKING_ERROR_STATUS;
