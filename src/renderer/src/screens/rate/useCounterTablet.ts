import { useEvents } from '../../hooks/useEvents';

/** The counter this tablet belongs to (`/rate?counter=3`), or null for a free-standing rating screen. */
export function counterFromUrl(search: string): number | null {
  const value = new URLSearchParams(search).get('counter');
  if (value === null || !/^\d{1,2}$/.test(value)) return null;
  const counter = Number(value);
  return counter >= 1 ? counter : null;
}

/** Calls onFinished with the ticket id each time this counter finishes serving a ticket. */
export function useCounterTablet(counter: number | null, onFinished: (ticketId: string) => void): void {
  useEvents((event) => {
    if (counter !== null && event.type === 'ticket.finished' && event.payload.counterNumber === counter) onFinished(event.payload.ticket.id);
  });
}
