import { BOOKING_CODE_ALPHABET, BOOKING_CODE_LENGTH, formatBookingCode } from '../../../../../shared/booking/bookingCode';
import type { Language } from '../../../../../shared/i18n';
import { CodePad } from '../../../components/keypad/CodePad';

const LABELS = { ok: 'kiosk.booking.checkIn', busy: 'kiosk.booking.checking', backspace: 'kiosk.booking.backspace' } as const;

/** The booking's short code ("K7QM-3ZPA") on large keys: its 31 characters, ⌫, then Check-in across the last row. */
export function BookingCodePad({ lang, onSubmit }: { lang: Language; onSubmit: (code: string) => void }) {
  return (
    <CodePad
      alphabet={BOOKING_CODE_ALPHABET}
      length={BOOKING_CODE_LENGTH}
      format={formatBookingCode}
      lang={lang}
      labels={LABELS}
      busy={false}
      testIdPrefix="booking-key"
      className="keypad-code booking-keys"
      onSubmit={onSubmit}
    />
  );
}
