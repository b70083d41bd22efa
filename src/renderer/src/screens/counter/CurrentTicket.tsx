import type { TicketView } from '../../../../shared/api/schemas';
import { priorityReasonName, translate, type Language } from '../../../../shared/i18n';
import { useNow } from '../../hooks/useNow';
import { formatDuration } from './formatDuration';
import { useFirstCallTime } from './useFirstCallTime';

/** The ticket at this counter: big number, service, priority reason, state and its timers. */
export function CurrentTicket({ ticket, clockOffsetMs, lang }: { ticket: TicketView | null; clockOffsetMs: number; lang: Language }) {
  const now = useNow(clockOffsetMs);
  const firstCalledAt = useFirstCallTime(ticket);
  if (!ticket) {
    return (
      <section className="current-ticket current-ticket--empty" data-testid="current-ticket">
        <p className="panel-caption">{translate(lang, 'counter.current')}</p>
        <p className="current-empty">{translate(lang, 'counter.noCurrent')}</p>
      </section>
    );
  }
  const serving = ticket.state === 'serving';
  return (
    <section className={`current-ticket current-ticket--${ticket.state}`} data-testid="current-ticket">
      <p className="panel-caption">{translate(lang, 'counter.current')}</p>
      <div className="current-main">
        <p className="current-label" data-testid="current-label">
          {ticket.label}
        </p>
        <div className="current-facts">
          <p className="current-service">{ticket.serviceName[lang]}</p>
          {ticket.priorityReason && (
            <p className="priority-chip priority-chip--large" data-testid="current-priority">
              {translate(lang, 'kiosk.priorityTag', { reason: priorityReasonName(lang, ticket.priorityReason) })}
            </p>
          )}
          <p className="current-state" data-testid="current-state">
            {translate(lang, serving ? 'counter.ticket.serving' : 'counter.ticket.called')}
          </p>
        </div>
      </div>
      <dl className="current-timers">
        {firstCalledAt !== null && (
          <div>
            <dt>{translate(lang, 'counter.sinceCalled')}</dt>
            <dd data-testid="since-called">{formatDuration(now - firstCalledAt)}</dd>
          </div>
        )}
        {serving && ticket.startedAt !== null && (
          <div>
            <dt>{translate(lang, 'counter.sinceStarted')}</dt>
            <dd data-testid="since-started">{formatDuration(now - ticket.startedAt)}</dd>
          </div>
        )}
        {ticket.recallCount > 0 && (
          <div>
            <dt>{translate(lang, 'counter.action.recall')}</dt>
            <dd data-testid="recall-count">{ticket.recallCount}×</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
