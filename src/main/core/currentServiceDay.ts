import type { OfficeConfig } from '../../shared/config/officeConfig';
import { serviceDateOf } from '../../shared/time/localTime';
import type { Store } from '../store/store';
import type { Clock } from './clock';
import type { DaysClosedEvents } from './daysClosed';
import { effectiveServiceDate, SERVICE_DATE_KEY } from './serviceDay';

/**
 * The service day in use and its rollover: the first change on a new day closes the days before it.
 * Closing is announced (DaysClosedEvents) so that what is kept per day, such as stats, follows.
 */
export class CurrentServiceDay {
  private clockWarned = false;

  constructor(
    private readonly store: Store,
    private readonly config: () => OfficeConfig,
    private readonly clock: Clock,
    private readonly closed: DaysClosedEvents,
  ) {}

  /** The service day the clock says now, whatever day is in use. */
  clockServiceDate(now = this.clock.now()): string {
    const { timeZone, dayStartsAt } = this.config().office;
    return serviceDateOf(now, timeZone, dayStartsAt);
  }

  /** Read-only view of today's service date (never earlier than the latest day already used). */
  serviceDate(now = this.clock.now()): string {
    return effectiveServiceDate(this.clockServiceDate(now), this.store.meta.get(SERVICE_DATE_KEY) ?? null).date;
  }

  /**
   * Inside a transaction: move to the clock's service day if it has advanced. Tickets left open on
   * earlier days are closed as unserved and counters start the new day closed.
   */
  roll(now: number): string {
    const latest = this.store.meta.get(SERVICE_DATE_KEY) ?? this.store.tickets.latestServiceDate();
    const { date, clockBehind } = effectiveServiceDate(this.clockServiceDate(now), latest);
    if (clockBehind && !this.clockWarned) {
      this.clockWarned = true;
      console.warn(`[core] the clock says ${new Date(now).toISOString()}, before service day ${date}; staying on ${date}`);
    }
    if (date === latest && this.store.meta.get(SERVICE_DATE_KEY) === date) return date;
    for (const t of this.store.tickets.staleActive(date)) {
      this.store.tickets.update(t.id, { state: 'cancelled', counterNumber: null, endedAt: now });
      this.store.ticketEvents.append({
        ticketId: t.id,
        type: 'day_closed',
        at: now,
        serviceCode: t.serviceCode,
        counterNumber: t.counterNumber,
        staffId: null,
        data: { previousState: t.state },
      });
      this.store.daily.add([{ serviceDate: t.serviceDate, metric: `tickets.unserved_at_close.${t.serviceCode}.${t.priorityReason ?? 'regular'}`, delta: 1 }]);
    }
    if (latest !== null && latest !== date) {
      for (const c of this.store.counters.all()) {
        if (c.state === 'closed' && c.currentTicketId === null) continue;
        this.store.counters.save({ ...c, state: 'closed', pauseReason: null, stateSince: now, currentTicketId: null, priorityStreak: 0 });
        this.store.counters.appendEvent(c.number, 'day_closed', now);
      }
    }
    this.closed.publish({ today: date, now, config: this.config() });
    this.store.meta.set(SERVICE_DATE_KEY, date);
    return date;
  }

  /**
   * Inside a transaction that changed a closed day's tickets (serviceDay.move): announces the closed
   * days again, so the changed day is summarized now rather than at the next day's start.
   */
  reannounceClosed(now: number): void {
    this.closed.publish({ today: this.serviceDate(now), now, config: this.config() });
  }
}
