import { describe, expect, it } from 'vitest';
import { boundViolation, MAX_VISITS_PER_DAY, metricBound, metricBoundPrefixes } from '../../../src/shared/sync/metricBounds';
import { parseMetric } from '../../../src/shared/sync/metricName';

/** One name of every family of the grammar. */
const NAMES = [
  'tickets.issued.KTP.regular',
  'tickets.unserved_at_close.AKTA_LAHIR.lansia',
  'wait.count.KTP',
  'wait.sum_s.KTP',
  'wait.hist.KTP.gt120',
  'service.count.KK',
  'service.sum_s.KK',
  'quick.KTP.very-happy',
  'skm.respondents.KTP',
  'skm.answers.KTP.U9.4',
];

describe('the bounds of a day', () => {
  it('gives every family of the grammar a bound derived from a visit every 2 s for 24 h', () => {
    expect(MAX_VISITS_PER_DAY).toBe(43_200);
    for (const name of NAMES) expect(metricBound(name), name).not.toBeNull();
    expect(metricBound('tickets.stolen.KTP.regular')).toBeNull();
    // No more surveys than visits, no more answers to one unsur than surveys, no wait longer than the day.
    expect(metricBound('skm.answers.KTP.U1.4')?.max).toBeLessThanOrEqual(metricBound('skm.respondents.KTP')?.max ?? 0);
    expect(metricBound('skm.respondents.KTP')?.max).toBeLessThanOrEqual(metricBound('tickets.issued.KTP.regular')?.max ?? 0);
    expect(metricBound('wait.sum_s.KTP')?.max).toBe((metricBound('wait.count.KTP')?.max ?? 0) * 86_400);
  });

  it('accepts the busiest possible day and refuses one more, naming the bound', () => {
    expect(boundViolation({ metric: 'tickets.issued.KTP.regular', value: 43_200 })).toBeNull();
    expect(boundViolation({ metric: 'service.sum_s.KK', value: 43_200 * 86_400 })).toBeNull();
    expect(boundViolation({ metric: 'tickets.issued.KTP.regular', value: 43_201 })).toMatch(/^43201 exceeds 43200, the most a day can hold for tickets/);
    expect(boundViolation({ metric: 'skm.answers.KTP.U1.4', value: 3_000_000_000_000_000 })).toBe(
      '3000000000000000 exceeds 43200, the most a day can hold for SKM answers of one unsur and score (one per survey, one survey per visit, a visit every 2 s for 24 h)',
    );
    expect(boundViolation({ metric: 'not.a.metric', value: 3_000_000_000_000_000 })).toBeNull();
  });

  it('keeps a decade of a hundred services at their bounds exactly summable', () => {
    const largest = Math.max(...NAMES.map((n) => metricBound(n)?.max ?? Infinity));
    expect(largest * 3660 * 100).toBeLessThan(Number.MAX_SAFE_INTEGER);
  });

  it('matches each name to exactly one SQL prefix, with the same bound', () => {
    const prefixes = metricBoundPrefixes();
    for (const name of NAMES) {
      const matching = prefixes.filter((p) => name.startsWith(p.prefix));
      expect(matching, name).toHaveLength(1);
      expect(matching[0]?.prefix).toBe(`${parseMetric(name)?.kind}.`);
      expect(matching[0]?.max).toBe(metricBound(name)?.max);
    }
  });
});
