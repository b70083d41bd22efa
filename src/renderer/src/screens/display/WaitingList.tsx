import type { ServiceOverview } from '../../../../shared/api/schemas';
import { translate, type Language } from '../../../../shared/i18n';

/** People waiting per service; a closed service says so instead of a count. */
export function WaitingList({ services, lang }: { services: readonly ServiceOverview[]; lang: Language }) {
  return (
    <section className="waiting">
      <h2 className="side-heading">{translate(lang, 'display.waiting')}</h2>
      <ul className="waiting-list">
        {services.map((service) => (
          <li key={service.code} className="waiting-row" data-testid={`waiting-${service.code}`}>
            <span className="waiting-prefix" aria-hidden="true">
              {service.prefix}
            </span>
            <span className="waiting-name">{service.name[lang]}</span>
            <span className="waiting-count">
              {service.availability === 'closed' ? translate(lang, 'display.closed') : service.waiting}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
