import type { MetricDelta } from '../store/dailyCountersRepo';
import type { Store } from '../store/store';
import type { TicketRecord } from '../store/ticketsRepo';
import type { Actor } from './actor';

/**
 * Inside a ticket's transaction: its event-log row and its daily counters, so statistics can be
 * recomputed and audited from the log and the city's totals match the office's. Returns the row's id.
 */
export function logTicket(
  store: Store,
  t: TicketRecord,
  type: string,
  at: number,
  counterNumber: number | null,
  actor: Actor,
  data: Record<string, unknown> | null,
  metrics: MetricDelta[],
): number {
  const id = store.ticketEvents.append({ ticketId: t.id, type, at, serviceCode: t.serviceCode, counterNumber, staffId: actor.staffId, data });
  store.daily.add(metrics);
  return id;
}
