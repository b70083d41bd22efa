import type { QueueSnapshot, TicketView } from '../../../../shared/api/schemas';
import type { DeskState } from './deskState';

/** What closing this counter leaves behind. */
export interface CloseFacts {
  /** Tickets held here (closing is refused while there are any). */
  held: TicketView[];
  /** People waiting for the services this counter serves. */
  waiting: number;
  /** Other open counters that serve at least one of those services with people waiting. */
  otherOpenCounters: number;
}

export function closeFacts(snapshot: QueueSnapshot, desk: DeskState): CloseFacts {
  const waitingServices = new Set(desk.services.filter((s) => s.waiting.length > 0).map((s) => s.code));
  const otherOpenCounters = snapshot.counters.filter(
    (c) => c.number !== desk.counter.number && c.state === 'open' && c.services.some((code) => waitingServices.has(code)),
  ).length;
  return { held: desk.held, waiting: desk.waitingTotal, otherOpenCounters };
}
