export const TICKET_STATES = [
  'waiting',
  'called',
  'serving',
  'held',
  'done',
  'no_show',
  'cancelled',
] as const;

export type TicketState = (typeof TICKET_STATES)[number];

/** States in which a ticket still occupies a place in the office (queue or counter). */
export const ACTIVE_TICKET_STATES: readonly TicketState[] = ['waiting', 'called', 'serving', 'held'];

export const COUNTER_STATES = ['open', 'paused', 'closed'] as const;
export type CounterState = (typeof COUNTER_STATES)[number];

export const PAUSE_REASONS = ['istirahat', 'ibadah', 'rapat', 'lainnya'] as const;
export type PauseReason = (typeof PAUSE_REASONS)[number];

/** "A" + 17 → "A-017": the form printed on tickets and spoken by the display. */
export function ticketLabel(prefix: string, number: number): string {
  return `${prefix}-${String(number).padStart(3, '0')}`;
}
