import type { MetricDelta } from '../store/dailyCountersRepo';

/**
 * Names of the daily counters synced to the city server. Counts are per service and priority class;
 * durations are sums and counts in seconds, plus a waiting-time histogram, so the server can build
 * means and service levels without any individual ticket.
 */
export const WAIT_BUCKETS_MIN = [5, 10, 15, 30, 60, 120] as const;

export function priorityKey(reason: string | null): string {
  return reason ?? 'regular';
}

export function waitBucket(waitMs: number): string {
  const minutes = waitMs / 60_000;
  const edge = WAIT_BUCKETS_MIN.find((b) => minutes <= b);
  return edge === undefined ? `gt${WAIT_BUCKETS_MIN[WAIT_BUCKETS_MIN.length - 1]}` : `le${edge}`;
}

type Outcome = 'issued' | 'served' | 'no_show' | 'cancelled';

export function countTicket(serviceDate: string, outcome: Outcome, serviceCode: string, reason: string | null): MetricDelta {
  return { serviceDate, metric: `tickets.${outcome}.${serviceCode}.${priorityKey(reason)}`, delta: 1 };
}

export function countWait(serviceDate: string, serviceCode: string, waitMs: number): MetricDelta[] {
  const seconds = Math.max(0, Math.round(waitMs / 1000));
  return [
    { serviceDate, metric: `wait.sum_s.${serviceCode}`, delta: seconds },
    { serviceDate, metric: `wait.count.${serviceCode}`, delta: 1 },
    { serviceDate, metric: `wait.hist.${serviceCode}.${waitBucket(Math.max(0, waitMs))}`, delta: 1 },
  ];
}

export function countServiceTime(serviceDate: string, serviceCode: string, durationMs: number): MetricDelta[] {
  const seconds = Math.max(0, Math.round(durationMs / 1000));
  return [
    { serviceDate, metric: `service.sum_s.${serviceCode}`, delta: seconds },
    { serviceDate, metric: `service.count.${serviceCode}`, delta: 1 },
  ];
}
