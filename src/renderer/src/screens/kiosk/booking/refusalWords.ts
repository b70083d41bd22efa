import { formatClock, formatDayMonth, translate, type Language, type MessageParams } from '../../../../../shared/i18n';
import { localTimeToEpoch } from '../../../../../shared/time/localTime';
import { sentences } from '../../../../../shared/voice/sentences';
import type { BookingRefusal } from './bookingRefusal';
import { slotText } from './slotText';

/** The figures each refusal's sentence names, formatted; null when the office did not send them. */
function figures(lang: Language, refusal: BookingRefusal, timeZone: string): MessageParams | null {
  const clock = (ms: number | undefined) => (ms === undefined ? undefined : formatClock(ms, timeZone, lang));
  switch (refusal.reason) {
    case 'wrong_day':
      // Noon: the booking's date, whatever the time zone's offset.
      return refusal.day === undefined ? null : { day: formatDayMonth(localTimeToEpoch(refusal.day, '12:00', timeZone), timeZone, lang) };
    case 'already_used': {
      const first = clock(refusal.firstCheckInAt);
      return first === undefined ? null : { firstCheckInAt: first };
    }
    case 'too_early': {
      const opensAt = clock(refusal.opensAt);
      return refusal.slot === undefined || opensAt === undefined ? null : { slot: slotText(lang, refusal.slot), opensAt };
    }
    case 'too_late': {
      const closesAt = clock(refusal.closesAt);
      return refusal.slot === undefined || closesAt === undefined ? null : { slot: slotText(lang, refusal.slot), closesAt };
    }
    default:
      return {};
  }
}

/**
 * The refusal in the visitor's words, in the office's time zone: "Belum waktunya: booking jam 10.30 bisa
 * check-in mulai pukul 10.00." A refusal missing the figures its sentence needs (an older office) gets
 * the general one rather than a sentence with a hole.
 */
export function refusalMessage(lang: Language, refusal: BookingRefusal, timeZone: string): string {
  const params = figures(lang, refusal, timeZone);
  return params === null ? translate(lang, 'error.booking_refused') : translate(lang, `error.booking_refused.${refusal.reason}`, params);
}

/** What else the visitor can do, where the refusal's sentence does not say it. */
export function refusalAdvice(lang: Language, refusal: BookingRefusal): string | null {
  switch (refusal.reason) {
    case 'already_used':
      return translate(lang, 'kiosk.booking.advice.alreadyUsed');
    case 'wrong_day':
      return translate(lang, 'kiosk.booking.advice.wrongDay');
    default:
      return null;
  }
}

/** Late or cancelled: the booking's place is gone, and a normal number of its service is offered instead. */
export function normalTicketOffer(refusal: BookingRefusal): string | null {
  return (refusal.reason === 'too_late' || refusal.reason === 'cancelled') && refusal.serviceCode !== undefined ? refusal.serviceCode : null;
}

/**
 * Whether another try at once can help (another QR, the QR instead of the typed code): not when the
 * office cannot check bookings at all, nor before the window opens; a late one is offered a normal number.
 */
export function mayTryAgain(refusal: BookingRefusal): boolean {
  return refusal.reason !== 'no_city_key' && refusal.reason !== 'too_early' && normalTicketOffer(refusal) === null;
}

/** What voice guidance says of a refusal: the same words the screen shows. */
export function spokenRefusal(lang: Language, refusal: BookingRefusal, timeZone: string): string {
  const advice = refusalAdvice(lang, refusal);
  const lost = normalTicketOffer(refusal) === null ? null : translate(lang, 'kiosk.booking.placeLost');
  return sentences([refusalMessage(lang, refusal, timeZone), advice, lost].filter((part) => part !== null));
}
