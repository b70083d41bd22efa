import { describe, expect, it } from 'vitest';
import { countServiceTime, countTicket, countWait } from '../../../src/main/core/dailyMetrics';
import { isMetricName, parseMetric, ratingMetric } from '../../../src/shared/sync/metricName';
import { counterRow } from '../../../src/shared/sync/protocol';

describe('the metric grammar', () => {
  it('accepts every name the office core writes today', () => {
    const names = [
      countTicket('2026-11-30', 'issued', 'KTP', null),
      countTicket('2026-11-30', 'no_show', 'AKTA_LAHIR', 'bencana_sosial'),
      ...countWait('2026-11-30', 'KK', 200 * 60_000),
      ...countServiceTime('2026-11-30', 'KK', 1000),
    ].map((d) => d.metric);
    names.push('tickets.unserved_at_close.KTP.lansia');
    for (const n of names) expect(isMetricName(n), n).toBe(true);
  });

  it('parses the rating names both sides agree on', () => {
    expect(parseMetric(ratingMetric.quick('KTP', 'very-happy'))).toEqual({ kind: 'quick', service: 'KTP', face: 'very-happy' });
    expect(parseMetric(ratingMetric.skmAnswer('KK', 'U9', 4))).toEqual({ kind: 'skm.answers', service: 'KK', unsur: 'U9', score: 4 });
    expect(parseMetric('skm.respondents.KTP')).toEqual({ kind: 'skm.respondents', service: 'KTP' });
    expect(parseMetric('wait.hist.KTP.gt120')).toEqual({ kind: 'wait.hist', service: 'KTP', bucket: 'gt120' });
  });

  it.each([
    'tickets.issued.KTP',
    'tickets.issued.KTP.vip',
    'tickets.issued.ktp.regular',
    'wait.hist.KTP.le20',
    'skm.answers.KTP.U10.3',
    'skm.answers.KTP.U1.0',
    'quick.KTP.neutral',
    'tickets.issued.KTP.regular.extra',
    `wait.count.${'A'.repeat(17)}`,
    '',
  ])('refuses %j', (name) => {
    expect(parseMetric(name)).toBeNull();
  });

  it('validates a whole row: calendar date, integer value', () => {
    expect(counterRow.safeParse({ date: '2026-11-30', metric: 'wait.count.KTP', value: 3 }).success).toBe(true);
    expect(counterRow.safeParse({ date: '2026-13-01', metric: 'wait.count.KTP', value: 3 }).success).toBe(false);
    expect(counterRow.safeParse({ date: '2020-01-01', metric: 'wait.count.KTP', value: 3 }).success).toBe(false);
    expect(counterRow.safeParse({ date: '2026-11-30', metric: 'wait.count.KTP', value: 2 ** 53 }).success).toBe(false);
    expect(counterRow.safeParse({ date: '2026-11-30', metric: 'wait.count.KTP', value: 1, extra: 1 }).success).toBe(false);
  });
});
