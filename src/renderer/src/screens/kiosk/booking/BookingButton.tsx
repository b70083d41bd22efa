import { translate, type Language } from '../../../../../shared/i18n';
import { QrPictogram } from './QrPictogram';

/** "Sudah punya booking?": the way into checking a booking in, beside the way into priority service. */
export function BookingButton({ lang, onBooking }: { lang: Language; onBooking: () => void }) {
  return (
    <button type="button" className="booking-button" data-testid="booking-button" onClick={onBooking}>
      <QrPictogram className="booking-button-icon" />
      <span className="booking-button-text">
        <span className="booking-button-title">{translate(lang, 'kiosk.booking.button')}</span>
        <span className="booking-button-hint">{translate(lang, 'kiosk.booking.buttonHint')}</span>
      </span>
    </button>
  );
}
