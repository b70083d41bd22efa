import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOffice } from '../../../tools/seed/seedOffice';
import { accumulateSurveys, computeIkm, UNSUR_CODES, type SurveyAnswers } from '../../../src/shared/skm';
import { OfficeHarness } from '../../helpers/officeHarness';
import { testConfig } from '../../helpers/testConfig';

let h: OfficeHarness;

beforeAll(() => {
  // 2026-12-15 10:00 in Kupang: October and November are whole months of history.
  h = new OfficeHarness(testConfig(), Date.UTC(2026, 11, 15, 2));
  seedOffice(h.store, h.config, { days: 80, visitorsPerDay: 120, today: '2026-12-15', seed: 7 });
  h.ratings.settle(Date.UTC(2026, 11, 15, 2));
});
afterAll(() => h.close());

describe('month rollups', () => {
  it('give the same counts for whole months as the days they are made of', () => {
    const month = h.call('stats.view', { from: '2026-10-01', to: '2026-10-31' });
    const first = h.call('stats.view', { from: '2026-10-01', to: '2026-10-15' });
    const second = h.call('stats.view', { from: '2026-10-16', to: '2026-10-31' });
    expect(month.totals.issued).toBeGreaterThan(1000);
    for (const k of ['issued', 'served', 'noShow', 'cancelled', 'unservedAtClose'] as const) {
      expect(month.totals[k]).toBe(first.totals[k] + second.totals[k]);
    }
    const counterServed = (v: typeof month) => new Map(v.byCounter.map((c) => [c.counterNumber, c.kpis.served]));
    const sum = new Map([...counterServed(first)].map(([c, n]) => [c, n + (counterServed(second).get(c) ?? 0)]));
    expect(counterServed(month)).toEqual(sum);
  });

  it('mix whole months and loose days in one range', () => {
    const range = h.call('stats.view', { from: '2026-09-27', to: '2026-12-14' });
    const parts = [
      h.call('stats.view', { from: '2026-09-27', to: '2026-09-30' }),
      h.call('stats.view', { from: '2026-10-01', to: '2026-11-30' }),
      h.call('stats.view', { from: '2026-12-01', to: '2026-12-14' }),
    ];
    expect(range.totals.issued).toBe(parts.reduce((n, p) => n + p.totals.issued, 0));
    expect(range.byService.find((s) => s.serviceCode === 'KTP')?.kpis.served).toBe(
      parts.reduce((n, p) => n + (p.byService.find((s) => s.serviceCode === 'KTP')?.kpis.served ?? 0), 0),
    );
  });

  it('give the IKM of the raw surveys of a whole month', () => {
    const rows = h.store.db
      .prepare("SELECT u1, u2, u3, u4, u5, u6, u7, u8, u9 FROM surveys WHERE service_date BETWEEN '2026-11-01' AND '2026-11-30' AND excluded_reason IS NULL")
      .all() as Record<string, number>[];
    const answers = rows.map((r) => Object.fromEntries(UNSUR_CODES.map((c) => [c, r[c.toLowerCase()]])) as SurveyAnswers);
    expect(answers.length).toBeGreaterThan(20);
    const report = h.call('ratings.report', { period: { kind: 'month', date: '2026-11-10' } });
    expect(report.overall?.respondents).toBe(answers.length);
    expect(report.overall?.konversi).toBe(computeIkm(accumulateSurveys(answers)).konversi);
  });
});
