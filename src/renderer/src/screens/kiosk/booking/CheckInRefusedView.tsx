import { translate, type Language } from '../../../../../shared/i18n';
import type { ServiceInfo } from '../../../hooks/useOfficeOverview';
import type { BookingRefusal } from './bookingRefusal';
import { mayTryAgain, normalTicketOffer, refusalAdvice, refusalMessage } from './refusalWords';

/**
 * Why the booking was not checked in, in plain words, and what the visitor can do now. Late or cancelled:
 * its place is gone, and a normal number of the same service is one touch away. Otherwise, where it can
 * help: try again (another QR, the QR instead of the typed code); and always back to the start.
 */
export function CheckInRefusedView({
  refusal,
  services,
  timeZone,
  lang,
  onNormalTicket,
  onRetry,
  onDone,
}: {
  refusal: BookingRefusal;
  services: ServiceInfo[];
  timeZone: string;
  lang: Language;
  onNormalTicket: (serviceCode: string) => void;
  onRetry: () => void;
  onDone: () => void;
}) {
  const offered = normalTicketOffer(refusal);
  const service = offered === null ? undefined : services.find((s) => s.code === offered);
  const advice = refusalAdvice(lang, refusal);
  return (
    <section className="kiosk-step visitor-error checkin-refused" data-testid="checkin-refused" data-reason={refusal.reason} role="alert">
      <svg className="error-pictogram" viewBox="0 0 96 96" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="7" strokeLinecap="round">
        <circle cx="48" cy="48" r="38" />
        <path d="M48 26 L48 54" />
        <circle cx="48" cy="70" r="3" fill="currentColor" />
      </svg>
      <p className="visitor-error-message" data-testid="checkin-refusal">
        {refusalMessage(lang, refusal, timeZone)}
      </p>
      {advice !== null && <p className="checkin-advice">{advice}</p>}
      {service && (
        <div className="normal-offer">
          <p className="normal-offer-lost">{translate(lang, 'kiosk.booking.placeLost')}</p>
          <button
            type="button"
            className="normal-ticket-button"
            data-testid="normal-ticket-button"
            disabled={service.availability !== 'open'}
            onClick={() => onNormalTicket(service.code)}
          >
            <span className="service-prefix" aria-hidden="true">
              {service.prefix}
            </span>
            <span className="normal-ticket-text">
              <span className="normal-ticket-title">{translate(lang, 'kiosk.booking.normalTicket')}</span>
              <span className="normal-ticket-service">{service.name[lang]}</span>
              {service.availability !== 'open' && <span className="service-status">{translate(lang, service.availability === 'full' ? 'kiosk.full' : 'kiosk.closed')}</span>}
            </span>
          </button>
        </div>
      )}
      <div className="checkin-refused-actions">
        {mayTryAgain(refusal) && (
          <button type="button" className="done-button" data-testid="checkin-retry" onClick={onRetry}>
            {translate(lang, 'kiosk.booking.retry')}
          </button>
        )}
        <button type="button" className="done-button done-button--quiet" data-testid="error-ok-button" onClick={onDone}>
          {translate(lang, 'kiosk.errorOk')}
        </button>
      </div>
    </section>
  );
}
