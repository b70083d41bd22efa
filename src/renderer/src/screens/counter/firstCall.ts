import type { TicketView } from '../../../../shared/api/schemas';

/** When this call of a ticket began: a recall moves the ticket's calledAt, but the visitor has been called since the first call. */
export interface FirstCall {
  ticketId: string;
  recallCount: number;
  calledAt: number;
  firstCalledAt: number;
}

/**
 * The next remembered first call for the ticket now shown. A recall (recallCount went up) keeps the first
 * call's time; a new call of the same ticket (resumed from hold: calledAt moved, recallCount did not)
 * starts a new one; another ticket starts afresh.
 */
export function nextFirstCall(previous: FirstCall | null, ticket: Pick<TicketView, 'id' | 'recallCount' | 'calledAt'>): FirstCall | null {
  if (ticket.calledAt === null) return null;
  const fresh = { ticketId: ticket.id, recallCount: ticket.recallCount, calledAt: ticket.calledAt, firstCalledAt: ticket.calledAt };
  if (!previous || previous.ticketId !== ticket.id) return fresh;
  if (ticket.recallCount > previous.recallCount) return { ...previous, recallCount: ticket.recallCount, calledAt: ticket.calledAt };
  if (ticket.calledAt !== previous.calledAt) return fresh;
  return previous;
}
