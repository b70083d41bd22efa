import { translate, waitingCount, type Language } from '../../../../shared/i18n';
import type { ServiceInfo } from '../../hooks/useOfficeOverview';

/** One service: prefix letter (as on the ticket), name, hint, and either the queue length or why it is unavailable. */
export function ServiceButton({ service, lang, onChoose }: { service: ServiceInfo; lang: Language; onChoose: (code: string) => void }) {
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
      </span>
    </button>
  );
}
