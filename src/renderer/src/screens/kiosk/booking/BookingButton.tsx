import { translate, type Language } from '../../../../../shared/i18n';
import { ClosedStatus } from '../ClosedStatus';
import type { OfficeClock } from '../opensText';
import { QrPictogram } from './QrPictogram';

/**
 * "Sudah punya booking?": the way into checking a booking in, beside the way into priority service.
 * Closed like the services while the office is closed and no booking's check-in window is open (a
 * booking is checked in only in its window, which may open before the office does); `opensAt` then
 * says when, unless null.
 */
export function BookingButton({
  lang,
  closed,
  opensAt,
  clock,
  onBooking,
}: {
  lang: Language;
  closed: boolean;
  opensAt: number | null;
  clock: OfficeClock;
  onBooking: () => void;
}) {
  return (
    <button
      type="button"
      className={closed ? 'booking-button booking-button--closed' : 'booking-button'}
      data-testid="booking-button"
      disabled={closed}
      onClick={onBooking}
    >
      <QrPictogram className="booking-button-icon" />
      <span className="booking-button-text">
        <span className="booking-button-title">{translate(lang, 'kiosk.booking.button')}</span>
        {closed ? (
          <ClosedStatus lang={lang} opensAt={opensAt} clock={clock} />
        ) : (
          <span className="booking-button-hint">{translate(lang, 'kiosk.booking.buttonHint')}</span>
        )}
      </span>
    </button>
  );
}
