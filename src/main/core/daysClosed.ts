import type { OfficeConfig } from '../../shared/config/officeConfig';

/** Every service day before `today` is closed: nothing more will happen on them. */
export interface DaysClosed {
  today: string;
  now: number;
  /** The configuration in use when they closed (time zone, day start, services and counters). */
  config: OfficeConfig;
}

export type DaysClosedListener = (closed: DaysClosed) => void;

/**
 * Announces closed days to whoever keeps something per day (stats write their summaries), so the core
 * need not know them. Unlike screen events, listeners run inside the transaction that closes the day and
 * a failing one rolls it back: a closed day's summary is written with its closing, or neither is.
 */
export class DaysClosedEvents {
  private readonly listeners = new Set<DaysClosedListener>();

  subscribe(listener: DaysClosedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(closed: DaysClosed): void {
    for (const l of this.listeners) l(closed);
  }
}
