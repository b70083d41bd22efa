import { LoketError } from '../../shared/api/errors';
import type { CounterView, TicketView } from '../../shared/api/schemas';
import { ticketLabel } from '../../shared/domain/ticket';
import type { CounterRecord } from '../store/countersRepo';
import type { Store } from '../store/store';
import type { TicketRecord } from '../store/ticketsRepo';
import type { OfficeSetup } from './officeSetup';

/** The tickets and counters a request names, found or refused (not_found), and shown as the API shows them. */
export class Records {
  constructor(
    private readonly store: Store,
    private readonly setup: OfficeSetup,
  ) {}

  ticket(id: string): TicketRecord {
    const t = this.store.tickets.get(id);
    if (!t) throw new LoketError('not_found', `There is no ticket ${id}.`);
    return t;
  }

  counter(number: number): CounterRecord {
    const c = this.store.counters.get(number);
    if (!c) throw new LoketError('not_found', `There is no counter ${number} in this office.`);
    return c;
  }

  label(t: TicketRecord): string {
    return ticketLabel(t.prefix, t.number);
  }

  ticketView(t: TicketRecord): TicketView {
    const s = this.setup.findService(t.serviceCode);
    return {
      id: t.id,
      label: this.label(t),
      serviceCode: t.serviceCode,
      serviceName: s ? { id: s.name.id, en: s.name.en } : { id: t.serviceCode, en: t.serviceCode },
      priorityReason: t.priorityReason,
      state: t.state,
      serviceDate: t.serviceDate,
      issuedAt: t.issuedAt,
      calledAt: t.calledAt,
      startedAt: t.startedAt,
      endedAt: t.endedAt,
      counterNumber: t.counterNumber,
      recallCount: t.recallCount,
    };
  }

  counterView(c: CounterRecord): CounterView {
    const cfg = this.setup.counter(c.number);
    const current = c.currentTicketId ? this.store.tickets.get(c.currentTicketId) : undefined;
    return {
      number: c.number,
      name: cfg.name,
      services: cfg.services,
      state: c.state,
      pauseReason: c.pauseReason,
      stateSince: c.stateSince,
      current: current ? this.ticketView(current) : null,
    };
  }
}
