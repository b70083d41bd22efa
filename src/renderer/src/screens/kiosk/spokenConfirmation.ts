import { printerProblem, translate, type Language } from '../../../../shared/i18n';
import { spokenTicketLabel } from '../../../../shared/voice/announcement';
import { sentences } from '../../../../shared/voice/sentences';
import type { CheckedInBooking } from '../../../../shared/api/methods/booking';
import { spokenBookingLine } from './booking/bookingLine';
import { confirmationFacts } from './confirmationFacts';
import type { IssuedTicket } from './issuedTicket';
import { printMessage } from './printMessage';

function ticketWords(label: string, lang: Language): string {
  try {
    return spokenTicketLabel(label, lang);
  } catch {
    return label;
  }
}

/**
 * What voice guidance says once a number is issued: the number and service, the booking it checked in,
 * the people ahead and the wait, the paper, and where to wait. A number voided with its paper says only that.
 */
export function spokenConfirmation(lang: Language, ticket: IssuedTicket, booking?: Pick<CheckedInBooking, 'slot'>): string {
  const message = printMessage(ticket.print);
  const problem = printerProblem(lang, ticket.print.printer.state);
  if (message === 'voided') return translate(lang, 'kiosk.print.voided', { problem });
  const facts = confirmationFacts(lang, ticket);
  const paper =
    message === 'take'
      ? translate(lang, 'kiosk.takeTicket')
      : message === 'failed'
        ? translate(lang, 'kiosk.print.failed', { problem })
        : message === 'none'
          ? translate(lang, 'kiosk.print.none')
          : translate(lang, 'kiosk.print.unconfirmedWait');
  return sentences(
    [
      translate(lang, 'guidance.yourNumber', { ticket: ticketWords(ticket.label, lang), service: ticket.serviceName[lang] }),
      booking ? spokenBookingLine(lang, booking) : null,
      facts.ahead,
      facts.wait,
      paper,
      translate(lang, 'guidance.whereToWait'),
    ]
      .filter((part) => part !== null)
      // "± 5 menit" is said in words.
      .map((part) => part.replace('±', lang === 'id' ? 'sekitar' : 'about')),
  );
}
