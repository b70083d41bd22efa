import { parseMetric, type ParsedMetric } from './metricName';

/**
 * The most one office can count in one day, per metric family. The city refuses a row above its bound
 * at the door (push and USB import) and holds back an office whose stored rows exceed one, so a value no
 * office can reach never enters a city figure; the kiosk can check the same bounds before it sends.
 *
 * The city knows no office's size (there an office is an id and a name; its services and counters live
 * in the office's own configuration), so every bound derives from what any office's day can physically
 * hold: a visit every 2 seconds for 24 hours, many times any real office's busiest day. The relations
 * between families (no more surveys than visits, one answer per unsur per survey, no wait longer than the
 * day) are built into the bounds instead of checking row against row, because the rows of one day arrive
 * separately, in any order and from several batches. A stored row is one kiosk installation's (replica's)
 * day, so the bound applies to each row.
 */
const SECONDS_PER_DAY = 86_400;

/** Visits one office can hold in a day: one every 2 seconds, around the clock (43,200). */
export const MAX_VISITS_PER_DAY = SECONDS_PER_DAY / 2;

/** The longest any one wait or service can last: it ends with the service day. */
const MAX_SECONDS_PER_VISIT = SECONDS_PER_DAY;

export type MetricKind = ParsedMetric['kind'];

export interface MetricBound {
  /** The greatest value one office can reach for one metric of this family on one day. */
  max: number;
  /** What is counted, and how the bound follows from a day's visits: for the reason of a refusal. */
  what: string;
  why: string;
}

const RATE = 'a visit every 2 s for 24 h';
const visits = (what: string, per = ''): MetricBound => ({ max: MAX_VISITS_PER_DAY, what, why: `${per}${RATE}` });
const seconds = (what: string): MetricBound => ({ max: MAX_VISITS_PER_DAY * MAX_SECONDS_PER_VISIT, what: `seconds of ${what}`, why: `${RATE}, each lasting the whole day` });

export const METRIC_BOUNDS: Readonly<Record<MetricKind, MetricBound>> = {
  tickets: visits('tickets of one outcome'),
  'wait.count': visits('waits'),
  'wait.hist': visits('waits in one histogram bucket'),
  'wait.sum_s': seconds('waiting'),
  'service.count': visits('services'),
  'service.sum_s': seconds('service'),
  quick: visits('one-tap ratings of one face', 'one per visit, '),
  'skm.respondents': visits('SKM surveys', 'one per visit, '),
  'skm.answers': visits('SKM answers of one unsur and score', 'one per survey, one survey per visit, '),
};

/** The bound of a metric, or null for a name outside the grammar (refused on its own). */
export function metricBound(metric: string): MetricBound | null {
  const parsed = parseMetric(metric);
  return parsed ? METRIC_BOUNDS[parsed.kind] : null;
}

/** Why a row's value cannot be one office's day, or null when it can. */
export function boundViolation(row: { metric: string; value: number }): string | null {
  const bound = metricBound(row.metric);
  if (!bound || row.value <= bound.max) return null;
  return `${row.value} exceeds ${bound.max}, the most a day can hold for ${bound.what} (${bound.why})`;
}

/**
 * The bounds keyed by metric name prefix, for checks inside SQL: every name of the grammar starts with
 * its kind and a dot (metricName.ts), and no kind is a prefix of another's.
 */
export function metricBoundPrefixes(): { prefix: string; max: number }[] {
  return Object.entries(METRIC_BOUNDS).map(([kind, bound]) => ({ prefix: `${kind}.`, max: bound.max }));
}
