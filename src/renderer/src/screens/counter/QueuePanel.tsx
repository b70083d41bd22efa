import { translate, type Language } from '../../../../shared/i18n';
import type { QueueService } from './deskState';
import { TicketChip } from './TicketChip';

const SHOWN = 5;

/** For each service of this counter: how many wait, and the next few numbers in call order. */
export function QueuePanel({ services, lang }: { services: QueueService[]; lang: Language }) {
  return (
    <section className="desk-panel queue-panel" aria-labelledby="queue-title">
      <h2 id="queue-title" className="panel-caption">
        {translate(lang, 'counter.queue')}
      </h2>
      {services.map((service) => (
        <div key={service.code} className="queue-service" data-testid={`queue-${service.code}`}>
          <p className="queue-service-head">
            <span className="queue-service-name">{service.name[lang]}</span>
            <span className="queue-count" data-testid={`waiting-${service.code}`}>
              {translate(lang, 'counter.waitingCount', { n: service.waiting.length })}
            </span>
          </p>
          {service.waiting.length === 0 ? (
            <p className="queue-empty">{translate(lang, 'counter.noneWaiting')}</p>
          ) : (
            <ol className="queue-next">
              {service.waiting.slice(0, SHOWN).map((ticket) => (
                <li key={ticket.id}>
                  <TicketChip ticket={ticket} lang={lang} />
                </li>
              ))}
              {service.waiting.length > SHOWN && (
                <li className="queue-more">{translate(lang, 'counter.moreWaiting', { n: service.waiting.length - SHOWN })}</li>
              )}
            </ol>
          )}
        </div>
      ))}
    </section>
  );
}
