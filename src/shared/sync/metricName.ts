import { PRIORITY_REASONS } from '../domain/priority';
import { QUICK_FACES, type QuickFace } from '../skm/quick-index';
import { UNSUR_CODES, type Score, type UnsurCode } from '../skm/unsur';

/**
 * The grammar of the daily counter names both the kiosk and the city server understand. A name the
 * grammar does not know is refused by the server, so a typo never creates a silent new metric.
 */

/** Same rule as a service code in the office configuration. */
const SERVICE = '[A-Z][A-Z0-9_]{0,15}';
export const TICKET_OUTCOMES = ['issued', 'served', 'no_show', 'cancelled', 'unserved_at_close'] as const;
export const WAIT_BUCKETS = ['le5', 'le10', 'le15', 'le30', 'le60', 'le120', 'gt120'] as const;
export const MAX_METRIC_LENGTH = 80;

export type TicketOutcome = (typeof TICKET_OUTCOMES)[number];
export type WaitBucket = (typeof WAIT_BUCKETS)[number];

export type ParsedMetric =
  | { kind: 'tickets'; outcome: TicketOutcome; service: string; reason: string }
  | { kind: 'wait.sum_s' | 'wait.count' | 'service.sum_s' | 'service.count'; service: string }
  | { kind: 'wait.hist'; service: string; bucket: WaitBucket }
  | { kind: 'quick'; service: string; face: QuickFace }
  | { kind: 'skm.answers'; service: string; unsur: UnsurCode; score: Score }
  | { kind: 'skm.respondents'; service: string };

const alt = (values: readonly string[]): string => values.join('|');

const PATTERNS: readonly [RegExp, (m: RegExpExecArray) => ParsedMetric][] = [
  [
    new RegExp(`^tickets\\.(${alt(TICKET_OUTCOMES)})\\.(${SERVICE})\\.(${alt([...PRIORITY_REASONS, 'regular'])})$`),
    (m) => ({ kind: 'tickets', outcome: m[1] as TicketOutcome, service: m[2] as string, reason: m[3] as string }),
  ],
  [
    new RegExp(`^(wait|service)\\.(sum_s|count)\\.(${SERVICE})$`),
    (m) => ({ kind: `${m[1]}.${m[2]}` as 'wait.sum_s', service: m[3] as string }),
  ],
  [
    new RegExp(`^wait\\.hist\\.(${SERVICE})\\.(${alt(WAIT_BUCKETS)})$`),
    (m) => ({ kind: 'wait.hist', service: m[1] as string, bucket: m[2] as WaitBucket }),
  ],
  [
    new RegExp(`^quick\\.(${SERVICE})\\.(${alt(QUICK_FACES)})$`),
    (m) => ({ kind: 'quick', service: m[1] as string, face: m[2] as QuickFace }),
  ],
  [
    new RegExp(`^skm\\.answers\\.(${SERVICE})\\.(${alt(UNSUR_CODES)})\\.([1-4])$`),
    (m) => ({ kind: 'skm.answers', service: m[1] as string, unsur: m[2] as UnsurCode, score: Number(m[3]) as Score }),
  ],
  [new RegExp(`^skm\\.respondents\\.(${SERVICE})$`), (m) => ({ kind: 'skm.respondents', service: m[1] as string })],
];

/** The parsed metric, or null when the name is not in the grammar. */
export function parseMetric(name: string): ParsedMetric | null {
  if (name.length > MAX_METRIC_LENGTH) return null;
  for (const [pattern, build] of PATTERNS) {
    const m = pattern.exec(name);
    if (m) return build(m);
  }
  return null;
}

export function isMetricName(name: string): boolean {
  return parseMetric(name) !== null;
}

/** Names for the rating counters the kiosk will write (the rating issue), defined here so both sides agree. */
export const ratingMetric = {
  quick: (service: string, face: QuickFace): string => `quick.${service}.${face}`,
  skmAnswer: (service: string, unsur: UnsurCode, score: Score): string => `skm.answers.${service}.${unsur}.${score}`,
  skmRespondents: (service: string): string => `skm.respondents.${service}`,
};
