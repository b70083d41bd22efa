import { formatBookingCode, normalizeBookingCode, parseSignedBooking, type BookingClaim } from '../../shared/booking/bookingCode';
import type { BookingRefusalReason } from '../../shared/api/errorParams';
import { LoketError } from '../../shared/api/errors';
import type { BookingCheckInRecord, ListedBooking } from '../store/bookingsRepo';
import { checkClaim, type BookingCheck, type CheckInRules, type CheckInWindow } from './verifyBooking';

/** What the office knows when a code is shown at the kiosk. */
export interface AdmissionFacts {
  rules: CheckInRules;
  /** The city key's verifier; null while this office holds no key (not enrolled, or enrolled before bookings). */
  verify: ((text: string, rules: CheckInRules, now: number) => BookingCheck) | null;
  /** The booking in the lists pulled from the city. */
  listed: (code: string) => ListedBooking | undefined;
  /** Its check-in at this office, if any. */
  checkIn: (code: string) => BookingCheckInRecord | undefined;
}

const WORDS: Record<BookingRefusalReason, string> = {
  malformed: 'is neither a booking QR nor an 8-character booking code',
  bad_signature: 'does not carry a valid signature of the city',
  other_office: 'is for another office',
  wrong_day: 'is not for today',
  already_used: 'has already been checked in',
  cancelled: 'was cancelled by the resident',
  too_early: 'is before its check-in window',
  too_late: 'is after its check-in window',
  not_listed: 'is not in the day lists pulled from the city (scan the QR, which needs no list)',
  no_city_key: "cannot be checked: this office holds no city booking key (enrol it with the city server)",
};

/** The refusal the kiosk words itself, with the booking as far as it was read. */
export function bookingRefused(
  reason: BookingRefusalReason,
  booking?: { claim: BookingClaim; window: CheckInWindow },
  firstCheckInAt?: number,
): LoketError<'booking_refused'> {
  const which = booking ? `Booking ${formatBookingCode(booking.claim.code)} (${booking.claim.serviceCode} ${booking.claim.day} ${booking.claim.slot})` : 'The code';
  const params = {
    reason,
    ...(booking
      ? { serviceCode: booking.claim.serviceCode, day: booking.claim.day, slot: booking.claim.slot, opensAt: booking.window.opensAt, closesAt: booking.window.closesAt }
      : {}),
    ...(firstCheckInAt === undefined ? {} : { firstCheckInAt }),
  };
  return new LoketError('booking_refused', `${which} ${WORDS[reason]}.`, undefined, params);
}

/**
 * Which booking a scanned or typed code is, and whether it may check in now; throws booking_refused.
 * A signed QR needs only the city's key; a typed short code only the pulled lists. The signature and the
 * office come first, then the day; a booking already used or cancelled says so before its window does
 * (a resident back at the kiosk after checking in hears when, not "too late").
 */
export function admitBooking(text: string, facts: AdmissionFacts, now: number): { claim: BookingClaim; window: CheckInWindow } {
  const check = claimCheck(text, facts, now);
  if (!('claim' in check)) throw bookingRefused(check.reason);
  if (!check.ok && (check.reason === 'other_office' || check.reason === 'wrong_day')) throw bookingRefused(check.reason, check);
  const used = facts.checkIn(check.claim.code);
  if (used) throw bookingRefused('already_used', check, used.checkedInAt);
  if ((facts.listed(check.claim.code)?.cancelledAt ?? null) !== null) throw bookingRefused('cancelled', check);
  if (!check.ok) throw bookingRefused(check.reason, check);
  return check;
}

function claimCheck(text: string, facts: AdmissionFacts, now: number): BookingCheck {
  const short = normalizeBookingCode(text);
  if (short !== null) {
    const listed = facts.listed(short);
    if (!listed) throw bookingRefused('not_listed');
    return checkClaim({ officeId: facts.rules.officeId, serviceCode: listed.serviceCode, day: listed.day, slot: listed.slot, code: short }, facts.rules, now);
  }
  if (facts.verify === null) throw bookingRefused(parseSignedBooking(text) ? 'no_city_key' : 'malformed');
  return facts.verify(text, facts.rules, now);
}
