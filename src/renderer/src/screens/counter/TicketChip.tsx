import { priorityReasonName, type Language } from '../../../../shared/i18n';
import type { TicketView } from '../../../../shared/api/schemas';

/** A ticket in a list: its number and, for a priority visitor, the Pasal 29 reason by name. */
export function TicketChip({ ticket, lang }: { ticket: TicketView; lang: Language }) {
  return (
    <span className="ticket-chip" data-testid={`ticket-${ticket.label}`}>
      <span className="ticket-chip-label">{ticket.label}</span>
      {ticket.priorityReason && <span className="priority-chip">{priorityReasonName(lang, ticket.priorityReason)}</span>}
    </span>
  );
}
