import type { TicketView } from '../../../../shared/api/schemas';
import { translate, type Language } from '../../../../shared/i18n';
import { TicketChip } from './TicketChip';

/** Tickets this counter put aside, each with "Panggil lagi" (possible only while the counter is free and open). */
export function HeldPanel({
  held,
  canResume,
  lang,
  onResume,
}: {
  held: TicketView[];
  canResume: boolean;
  lang: Language;
  onResume: (ticketId: string) => void;
}) {
  return (
    <section className="desk-panel held-panel" aria-labelledby="held-title">
      <h2 id="held-title" className="panel-caption">
        {translate(lang, 'counter.held')}
      </h2>
      {held.length === 0 ? (
        <p className="queue-empty">{translate(lang, 'counter.noneHeld')}</p>
      ) : (
        <ul className="held-list">
          {held.map((ticket) => (
            <li key={ticket.id} className="held-item">
              <TicketChip ticket={ticket} lang={lang} />
              <span className="held-service">{ticket.serviceName[lang]}</span>
              <button
                type="button"
                className="staff-button"
                data-testid={`resume-${ticket.label}`}
                disabled={!canResume}
                onClick={() => onResume(ticket.id)}
              >
                {translate(lang, 'counter.action.resume')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
