import type { CheckedInBooking } from '../../../../../shared/api/methods/booking';
import { formatBookingCode } from '../../../../../shared/booking/bookingCode';
import { translate, type Language } from '../../../../../shared/i18n';
import { slotText } from './slotText';

/** "Booking K7QM-3ZPA · pukul 10.30": under the number a check-in issued, as on its paper. */
export function bookingLine(lang: Language, booking: Pick<CheckedInBooking, 'code' | 'slot'>): string {
  return translate(lang, 'kiosk.booking.slot', { code: formatBookingCode(booking.code), slot: slotText(lang, booking.slot) });
}

/** The same for the voice, without the code nobody needs to hear. */
export function spokenBookingLine(lang: Language, booking: Pick<CheckedInBooking, 'slot'>): string {
  return translate(lang, 'kiosk.booking.spokenSlot', { slot: slotText(lang, booking.slot) });
}
