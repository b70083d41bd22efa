import { translate, type Language } from '../../../../shared/i18n';
import type { IssuedTicket } from './issuedTicket';

/**
 * The people ahead and the wait, in honest words: "you are next" rather than "0 ahead, ± 0 minutes",
 * and, when no counter for the service is open (no estimate), that the counters have not opened yet
 * rather than a dash.
 */
export function confirmationFacts(lang: Language, ticket: Pick<IssuedTicket, 'aheadCount' | 'estimatedWaitMinutes'>): { ahead: string; wait: string | null } {
  const ahead = ticket.aheadCount === 0 ? translate(lang, 'kiosk.next') : translate(lang, 'kiosk.ahead', { n: ticket.aheadCount });
  if (ticket.estimatedWaitMinutes === null) return { ahead, wait: translate(lang, 'kiosk.noCounterOpen') };
  return { ahead, wait: ticket.aheadCount === 0 ? null : translate(lang, 'kiosk.wait', { n: ticket.estimatedWaitMinutes }) };
}
