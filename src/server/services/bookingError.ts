import { BOOKING_ERROR_STATUS, type BookingErrorCode } from '../../shared/booking/bookingErrors';

/** A refusal of the booking API or pages; the pages word it from its code in the visitor's language. */
export class BookingError extends Error {
  override name = 'BookingError';

  constructor(
    readonly code: BookingErrorCode,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }

  get status(): number {
    return BOOKING_ERROR_STATUS[this.code];
  }

  toBody(): { ok: false; error: { code: BookingErrorCode; message: string } } {
    return { ok: false, error: { code: this.code, message: this.message } };
  }
}
