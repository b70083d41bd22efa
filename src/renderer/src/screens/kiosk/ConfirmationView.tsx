import { useEffect, type CSSProperties } from 'react';
import type { CheckedInBooking } from '../../../../shared/api/methods/booking';
import type { AgencyOverview } from '../../../../shared/api/schemas';
import { printerProblem, priorityReasonName, translate, type Language } from '../../../../shared/i18n';
import { bookingLine } from './booking/bookingLine';
import { confirmationFacts } from './confirmationFacts';
import type { IssuedTicket } from './issuedTicket';
import { printMessage } from './printMessage';
import { TicketPictogram } from './TicketPictogram';

/**
 * The issued number, very large, with what to expect (and the booking it was checked in by); returns to
 * the start by itself after `seconds`.
 */
export function ConfirmationView({
  ticket,
  booking,
  agencyName,
  lang,
  seconds,
  onDone,
}: {
  ticket: IssuedTicket;
  booking?: CheckedInBooking | undefined;
  /** In a Mal Pelayanan Publik, the agency whose counters call this number. */
  agencyName?: AgencyOverview['name'] | undefined;
  lang: Language;
  seconds: number;
  onDone: () => void;
}) {
  useEffect(() => {
    const timer = setTimeout(onDone, seconds * 1000);
    return () => clearTimeout(timer);
  }, [ticket.id, seconds, onDone]);

  const facts = confirmationFacts(lang, ticket);

  const message = printMessage(ticket.print);
  const problem = printerProblem(lang, ticket.print.printer.state);

  if (message === 'voided') {
    return (
      <section className="kiosk-step confirmation" aria-live="assertive">
        <p className="print-problem print-problem--voided" data-testid="print-message">
          {translate(lang, 'kiosk.print.voided', { problem })}
        </p>
        <button type="button" className="done-button" data-testid="done-button" onClick={onDone}>
          {translate(lang, 'kiosk.done')}
        </button>
        <div key={ticket.id} className="countdown" style={{ animationDuration: `${seconds}s` }} aria-hidden="true" />
      </section>
    );
  }

  return (
    <section className="kiosk-step confirmation" aria-live="assertive">
      <p className="confirmation-label">{translate(lang, 'kiosk.yourNumber')}</p>
      <p className="ticket-number" data-testid="ticket-number" style={{ '--label-chars': ticket.label.length } as CSSProperties}>
        {ticket.label}
      </p>
      <p className="confirmation-service">{ticket.serviceName[lang]}</p>
      {agencyName && (
        <p className="confirmation-agency" data-testid="ticket-agency">
          {agencyName[lang]}
        </p>
      )}
      {booking && (
        <p className="booking-tag" data-testid="ticket-booking">
          {bookingLine(lang, booking)}
        </p>
      )}
      {ticket.priorityReason && (
        <p className="priority-tag">{translate(lang, 'kiosk.priorityTag', { reason: priorityReasonName(lang, ticket.priorityReason) })}</p>
      )}
      <div className="confirmation-facts">
        <p data-testid="ticket-ahead">{facts.ahead}</p>
        {facts.wait !== null && <p data-testid="ticket-wait">{facts.wait}</p>}
      </div>
      {message === 'take' ? (
        <p className="take-ticket" data-testid="print-message">
          <TicketPictogram />
          {translate(lang, 'kiosk.takeTicket')}
        </p>
      ) : message === 'rememberIfMissing' ? (
        // Sent, but nothing confirmed the paper came out: never "take your ticket", the number to remember instead.
        <div className="print-unconfirmed" data-testid="print-message">
          <p>
            {translate(lang, 'kiosk.print.unconfirmed')} <strong className="print-unconfirmed-number">{ticket.label}</strong>
          </p>
          <p className="print-unconfirmed-wait">{translate(lang, 'kiosk.print.unconfirmedWait')}</p>
        </div>
      ) : message === 'none' ? (
        <p className="take-ticket" data-testid="print-message">
          {translate(lang, 'kiosk.print.none')}
        </p>
      ) : (
        <p className="print-problem" data-testid="print-message" role="alert">
          {translate(lang, 'kiosk.print.failed', { problem })}
        </p>
      )}
      <button type="button" className="done-button" data-testid="done-button" onClick={onDone}>
        {translate(lang, 'kiosk.done')}
      </button>
      {/* Shows how long the number stays on screen; restarts for each ticket. */}
      <div key={ticket.id} className="countdown" style={{ animationDuration: `${seconds}s` }} aria-hidden="true" />
    </section>
  );
}
