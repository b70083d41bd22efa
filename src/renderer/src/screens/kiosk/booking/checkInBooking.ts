import type { BookingCheckInResult } from '../../../../../shared/api/methods/booking';
import type { PriorityReason } from '../../../../../shared/domain/priority';
import type { Language } from '../../../../../shared/i18n';
import { call, toApiError, type ClientErrorCode } from '../../../api/client';
import { bookingRefusalOf, UNREADABLE, type BookingRefusal } from './bookingRefusal';

export type CheckInOutcome =
  | { kind: 'checkedIn'; result: BookingCheckInResult }
  | { kind: 'refused'; refusal: BookingRefusal }
  /** Not about the booking (network, a full disk, the service closed…): said as any kiosk failure. */
  | { kind: 'failed'; code: ClientErrorCode };

/**
 * Checks a booking in: `code` is what the camera or a scanner read (the city-signed text) or the short
 * code typed on screen; the office tells which. Text the office refuses as input (empty, far too long)
 * cannot be a booking: it is "not recognised" like any other unreadable code.
 */
export async function checkInBooking(code: string, reason: PriorityReason | null, lang: Language): Promise<CheckInOutcome> {
  try {
    const result = await call('booking.checkIn', reason ? { code, priorityReason: reason, language: lang } : { code, language: lang });
    return { kind: 'checkedIn', result };
  } catch (err) {
    const error = toApiError(err);
    console.warn('[kiosk] booking.checkIn failed:', error.code, error.message, error.problems);
    const refusal = error.code === 'bad_request' ? UNREADABLE : bookingRefusalOf(error);
    return refusal ? { kind: 'refused', refusal } : { kind: 'failed', code: error.code };
  }
}
