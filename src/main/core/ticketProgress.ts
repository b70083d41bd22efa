import type { TicketRecord } from '../store/ticketsRepo';
import type { Store } from '../store/store';
import type { Clock } from './clock';
import type { CurrentServiceDay } from './currentServiceDay';
import type { OfficeSetup } from './officeSetup';
import { orderQueue } from './queueOrder';
import type { WaitEstimator } from './waitEstimator';

/** Where one ticket stands now, as its holder's phone shows it. */
export interface TicketProgress {
  ticket: TicketRecord;
  /** People called before it (waiting tickets only; null otherwise). */
  aheadCount: number | null;
  /** Minutes, for a waiting ticket with a counter open for its service; else null. */
  estimatedWaitMinutes: number | null;
  /** The counter's name while the ticket is called or served there. */
  counterName: string | null;
  /** Whether its service day is still the office's (a closed day's code no longer opens anything). */
  today: boolean;
}

/**
 * The progress of many tickets at once from one read of today's queue: the phones of a busy office all
 * hear of every call, and each call must not cost a query per phone.
 */
export class TicketProgressViews {
  constructor(
    private readonly store: Store,
    private readonly setup: OfficeSetup,
    private readonly day: CurrentServiceDay,
    private readonly waits: WaitEstimator,
    private readonly clock: Clock,
  ) {}

  progress(ticketIds: readonly string[]): Map<string, TicketProgress> {
    const now = this.clock.now();
    const date = this.day.serviceDate(now);
    const active = new Map(this.store.tickets.active(date).map((t) => [t.id, t]));
    const places = new Map<string, number>();
    const estimates = new Map<string, (ahead: number) => number | null>();
    const waitingByService = new Map<string, TicketRecord[]>();
    for (const t of active.values()) {
      if (t.state !== 'waiting') continue;
      const list = waitingByService.get(t.serviceCode) ?? [];
      list.push(t);
      waitingByService.set(t.serviceCode, list);
    }
    for (const waiting of waitingByService.values()) orderQueue(waiting).forEach((t, i) => places.set(t.id, i));

    const out = new Map<string, TicketProgress>();
    for (const id of ticketIds) {
      const ticket = active.get(id) ?? this.store.tickets.get(id);
      if (!ticket) continue;
      const ahead = places.get(id) ?? null;
      let estimate: number | null = null;
      const service = this.setup.findService(ticket.serviceCode);
      if (ahead !== null && service) {
        let forService = estimates.get(service.code);
        if (!forService) estimates.set(service.code, (forService = this.waits.forService(service, now)));
        estimate = forService(ahead);
      }
      const atCounter = (ticket.state === 'called' || ticket.state === 'serving') && ticket.counterNumber !== null;
      out.set(id, {
        ticket,
        aheadCount: ahead,
        estimatedWaitMinutes: estimate,
        counterName: atCounter ? (this.setup.findCounter(ticket.counterNumber as number)?.name ?? null) : null,
        today: ticket.serviceDate === date,
      });
    }
    return out;
  }
}
