import type { OfficeConfig } from '../../shared/config/officeConfig';
import { localTimeToEpoch, nextDate, toLocal } from '../../shared/time/localTime';
import type { DaysClosedEvents } from '../core/daysClosed';
import type { Store } from '../store/store';
import type { DayFacts } from '../store/dayFactRows';
import { computeDayFacts, type DayContext } from './dayFacts';

/** Builds the facts of one service day from the store, for a summary or a live view. */
export function factsOfDay(store: Store, config: OfficeConfig, date: string, now: number): DayFacts {
  const { timeZone, dayStartsAt } = config.office;
  const fromMs = localTimeToEpoch(date, dayStartsAt, timeZone);
  const toMs = localTimeToEpoch(nextDate(date), dayStartsAt, timeZone);
  const tickets = store.stats.dayTickets(date);
  const events = store.stats.dayEvents(date, fromMs, toMs);
  // Counters are measured until the day's last activity (or now, for today): after that nothing happened.
  // The day_closed bookkeeping happens at the next day's first action, so it is not activity.
  const lastActivity = events.reduce((max, e) => (e.type === 'day_closed' ? max : Math.max(max, e.at)), fromMs);
  const ctx: DayContext = {
    hourOf: (ms) => Math.floor(toLocal(ms, timeZone).minuteOfDay / 60),
    targetWaitMinutes: (code) => config.services.find((s) => s.code === code)?.targetWaitMinutes ?? 15,
    counterServices: new Map(config.counters.map((c) => [c.number, c.services])),
    endAt: Math.min(toMs, now >= toMs ? lastActivity : now),
  };
  return computeDayFacts(tickets, events, ctx);
}

/** Summarizes every closed service day that has no summary yet (inside a transaction). */
export function summarizeClosedDays(store: Store, config: OfficeConfig, today: string, now: number): string[] {
  const days = store.stats.unsummarizedDays(today);
  for (const date of days) store.stats.saveDay(date, factsOfDay(store, config, date, now), now);
  return days;
}

/**
 * Stats' part in closing a day: the core announces it inside the transaction that opens the next day,
 * so a closed day's rollups are written exactly when it closes.
 */
export function summarizeWhenClosed(daysClosed: DaysClosedEvents, store: Store): void {
  daysClosed.subscribe(({ config, today, now }) => summarizeClosedDays(store, config, today, now));
}
