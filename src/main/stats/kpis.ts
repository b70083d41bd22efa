import type { FactRow } from '../store/dayFactRows';

/** The KPIs of docs/queue.md ("The figures") from summed facts; durations in minutes, rates as shares 0–1 (null: undefined). */
export interface Kpis {
  issued: number;
  served: number;
  noShow: number;
  cancelled: number;
  unservedAtClose: number;
  servedRate: number | null;
  noShowRate: number | null;
  abandonment: number | null;
  waitMean: number | null;
  waitMedian: number | null;
  waitP90: number | null;
  waitMax: number | null;
  walkMean: number | null;
  serviceMean: number | null;
  serviceLevel: number | null;
}

const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
const minutes = (ms: number, n: number): number | null => (n > 0 ? ms / n / 60_000 : null);

/**
 * A percentile from a histogram of whole-minute waits: the smallest minute m such that at least p of
 * the waits are ≤ m minutes (so the figure is exact to the minute).
 */
export function minutePercentile(histogram: ReadonlyMap<number, number>, p: number): number | null {
  const total = [...histogram.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const needed = Math.ceil(p * total);
  let seen = 0;
  for (const minute of [...histogram.keys()].sort((a, b) => a - b)) {
    seen += histogram.get(minute) ?? 0;
    if (seen >= needed) return minute;
  }
  return null;
}

export function kpisOf(row: FactRow, waitMinutes: ReadonlyMap<number, number>): Kpis {
  const called = row.served + row.noShow;
  return {
    issued: row.issued,
    served: row.served,
    noShow: row.noShow,
    cancelled: row.cancelled,
    unservedAtClose: row.unservedAtClose,
    servedRate: share(row.served, row.issued),
    noShowRate: share(row.noShow, called),
    abandonment: share(row.cancelledBeforeCall + row.unservedAtClose, row.issued),
    waitMean: minutes(row.waitSumMs, row.waitCount),
    waitMedian: minutePercentile(waitMinutes, 0.5),
    waitP90: minutePercentile(waitMinutes, 0.9),
    waitMax: row.waitCount > 0 ? row.waitMaxMs / 60_000 : null,
    walkMean: minutes(row.walkSumMs, row.walkCount),
    serviceMean: minutes(row.serviceSumMs, row.serviceCount),
    serviceLevel: share(row.slMet, row.served),
  };
}
