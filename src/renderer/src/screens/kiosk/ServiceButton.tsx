import { translate, waitingCount, type Language } from '../../../../shared/i18n';
import type { ServiceInfo } from '../../hooks/useOfficeOverview';
import { opensText, type OfficeClock } from './opensText';

/**
 * One service: prefix letter (as on the ticket), name, hint, and either the queue length or why it is
 * unavailable; a closed one says when it opens, unless the screen already said it for every service.
 */
export function ServiceButton({
  service,
  clock,
  saidOpening,
  lang,
  onChoose,
}: {
  service: ServiceInfo;
  clock: OfficeClock;
  /** The opening the screen's headline already gives (the office closed as a whole), or null. */
  saidOpening: number | null;
  lang: Language;
  onChoose: (code: string) => void;
}) {
  const available = service.availability === 'open';
  const status =
    service.availability === 'full'
      ? translate(lang, 'kiosk.full')
      : service.availability === 'closed'
        ? translate(lang, 'kiosk.closed')
        : waitingCount(lang, service.waiting);
  return (
    <button
      type="button"
      className={`service-button service-button--${service.availability}`}
      data-testid={`service-${service.code}`}
      disabled={!available}
      onClick={() => onChoose(service.code)}
    >
      <span className="service-prefix" aria-hidden="true">
        {service.prefix}
      </span>
      <span className="service-text">
        <span className="service-name">{service.name[lang]}</span>
        {service.hint && <span className="service-hint">{service.hint[lang]}</span>}
        <span className="service-status">{status}</span>
        {service.availability === 'closed' && service.opensAt !== null && service.opensAt !== saidOpening && (
          <span className="service-opens" data-testid={`service-opens-${service.code}`}>
            {opensText(lang, service.opensAt, clock)}
          </span>
        )}
      </span>
    </button>
  );
}
