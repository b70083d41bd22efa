import type { QueueSnapshot, TicketView } from '../../../../../shared/api/schemas';

/** "A-017", "a17", "A 17" and "A017" alike; the QR payload "LOKET:<id>" reduces to the id. */
function comparable(text: string): string {
  return text
    .trim()
    .toUpperCase()
    .replace(/^LOKET:/, '')
    .replace(/[\s-]+/g, '')
    .replace(/^([A-Z]+)0+(?=\d)/, '$1');
}

/**
 * The ticket a supervisor typed or scanned, among today's tickets still in the office: waiting, held,
 * or at a counter (called or being served). The API lists no other tickets of today (see the report).
 */
export function findTicket(snapshot: QueueSnapshot, typed: string): TicketView | null {
  const wanted = comparable(typed);
  if (wanted === '') return null;
  const inOffice = [
    ...snapshot.services.flatMap((s) => [...s.waiting, ...s.held]),
    ...snapshot.counters.flatMap((c) => (c.current ? [c.current] : [])),
  ];
  return inOffice.find((t) => comparable(t.label) === wanted || comparable(t.id) === wanted) ?? null;
}
