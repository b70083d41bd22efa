import type { BookingRefusalReason } from '../../../../../shared/api/errorParams';
import type { ApiError } from '../../../api/client';

/** Why a booking was not checked in, with what the office read of it (booking_refused's params). */
export interface BookingRefusal {
  reason: BookingRefusalReason;
  serviceCode?: string;
  /** Office-local YYYY-MM-DD and HH:MM. */
  day?: string;
  slot?: string;
  /** The check-in window and the first check-in, epoch ms. */
  opensAt?: number;
  closesAt?: number;
  firstCheckInAt?: number;
}

/** The refusal a failed booking.checkIn carries, or null when it failed for another reason (network, disk, closed service…). */
export function bookingRefusalOf(error: ApiError): BookingRefusal | null {
  const params = error.paramsOf('booking_refused');
  if (!params?.reason) return null;
  return { ...params, reason: params.reason };
}

/** A code read or typed that cannot be a booking at all, refused here without asking the office. */
export const UNREADABLE: BookingRefusal = { reason: 'malformed' };
