/**
 * A service day's facts as the stats tables keep them: the tickets and events read for a day, the
 * summed rows, and their arithmetic. Computing the facts is stats' job (stats/dayFacts.ts).
 */

export interface DayTicket {
  serviceCode: string;
  counterNumber: number | null;
  priority: string;
  state: string;
  issuedAt: number;
  calledAt: number | null;
  startedAt: number | null;
  endedAt: number | null;
  /** Cancelled because the day ended while it was still open. */
  closedAtDayEnd: boolean;
}

export interface DayEvent {
  at: number;
  kind: 'ticket' | 'counter';
  type: string;
  serviceCode: string | null;
  counterNumber: number | null;
  /** For transfers: the service the ticket joined. For day_closed: the state it was in. */
  toService?: string | null;
  previousState?: string | null;
}

export interface FactRow {
  issued: number;
  served: number;
  noShow: number;
  cancelled: number;
  cancelledBeforeCall: number;
  unservedAtClose: number;
  waitSumMs: number;
  waitCount: number;
  waitMaxMs: number;
  walkSumMs: number;
  walkCount: number;
  serviceSumMs: number;
  serviceCount: number;
  slMet: number;
}

export interface CounterTime {
  openMs: number;
  busyMs: number;
  idleQueueMs: number;
}

export interface DayFacts {
  /** Keyed by `${service}|${counter}|${priority}`. */
  rows: Map<string, FactRow>;
  /** Keyed by `${service}|${minute}`. */
  waitMinutes: Map<string, number>;
  /** Keyed by `${service}|${hour}`. */
  arrivals: Map<string, number>;
  counters: Map<number, CounterTime>;
}

export function emptyRow(): FactRow {
  return {
    issued: 0,
    served: 0,
    noShow: 0,
    cancelled: 0,
    cancelledBeforeCall: 0,
    unservedAtClose: 0,
    waitSumMs: 0,
    waitCount: 0,
    waitMaxMs: 0,
    walkSumMs: 0,
    walkCount: 0,
    serviceSumMs: 0,
    serviceCount: 0,
    slMet: 0,
  };
}

/** Sums two fact rows; the longest wait is a maximum, not a sum. */
export function addRows(a: FactRow, b: FactRow): FactRow {
  const out = emptyRow();
  for (const key of Object.keys(out) as (keyof FactRow)[]) {
    out[key] = key === 'waitMaxMs' ? Math.max(a[key], b[key]) : a[key] + b[key];
  }
  return out;
}
