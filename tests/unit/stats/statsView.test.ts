import { afterEach, describe, expect, it } from 'vitest';
import { OfficeHarness } from '../../helpers/officeHarness';
import { testConfig } from '../../helpers/testConfig';

let h: OfficeHarness;
afterEach(() => h.close());

/** Monday 2026-11-30, 08:00 in Kupang (UTC+8). */
const MONDAY_8AM = Date.UTC(2026, 10, 30, 0, 0);

/**
 * A scripted morning, checked by hand:
 *  08:00 counters 1 (KTP) and 2 (KTP, KK) open; A-001 (KTP)
 *  08:05 A-002 (KTP, lansia)     08:10 B-001 (KK)
 *  08:12 L1 calls A-002 (wait 7)  08:13 start (walk 1)  08:23 finish (service 10)
 *  08:15 L2 calls A-001 (wait 15) 08:15 start (walk 0)  08:35 finish (service 20)
 *  08:35 L2 calls B-001 (wait 25) 08:40 no-show
 *  08:40 A-003 (KTP), cancelled 08:45 before any call
 *  09:00 A-004 (KTP), still waiting when the day ends
 */
function scriptedMorning(): void {
  const at = (hhmm: string) => h.clock.set(MONDAY_8AM + (Number(hhmm.slice(0, 2)) - 8) * 3600_000 + Number(hhmm.slice(3)) * 60_000);
  at('08:00');
  h.openCounters(1, 2);
  const a1 = h.issue('KTP');
  at('08:05');
  const a2 = h.issue('KTP', 'lansia');
  at('08:10');
  const b1 = h.issue('KK');
  at('08:12');
  expect(h.call('counters.callNext', { counter: 1 }).ticket?.id).toBe(a2.id);
  at('08:13');
  h.call('tickets.start', { counter: 1, ticketId: a2.id });
  at('08:15');
  expect(h.call('counters.callNext', { counter: 2 }).ticket?.id).toBe(a1.id);
  h.call('tickets.start', { counter: 2, ticketId: a1.id });
  at('08:23');
  h.call('tickets.finish', { counter: 1, ticketId: a2.id });
  at('08:35');
  h.call('tickets.finish', { counter: 2, ticketId: a1.id });
  expect(h.call('counters.callNext', { counter: 2 }).ticket?.id).toBe(b1.id);
  at('08:40');
  h.call('tickets.noShow', { counter: 2, ticketId: b1.id });
  const a3 = h.issue('KTP');
  at('08:45');
  h.call('tickets.cancel', { ticketId: a3.id, reason: 'pulang' });
  at('09:00');
  h.issue('KTP');
}

const DAY = { from: '2026-11-30', to: '2026-11-30' };

describe('statistics of a scripted morning', () => {
  it('match the hand-checked figures once the day is closed and summarized', () => {
    h = new OfficeHarness(testConfig(), MONDAY_8AM);
    scriptedMorning();
    h.clock.set(MONDAY_8AM + 24 * 3600_000);
    h.issue('KK'); // the next morning: closes and summarizes Monday
    expect(h.store.stats.isSummarized('2026-11-30')).toBe(true);

    const v = h.call('stats.view', DAY);
    expect(v.totals).toMatchObject({ issued: 5, served: 2, noShow: 1, cancelled: 1, unservedAtClose: 1 });
    expect(v.totals.servedRate).toBeCloseTo(2 / 5);
    expect(v.totals.noShowRate).toBeCloseTo(1 / 3);
    expect(v.totals.abandonment).toBeCloseTo(2 / 5);
    expect(v.totals.waitMean).toBeCloseTo((7 + 15 + 25) / 3);
    expect(v.totals).toMatchObject({ waitMedian: 15, waitP90: 25, waitMax: 25, walkMean: 0.5, serviceMean: 15, serviceLevel: 1 });

    const byCounter = new Map(v.byCounter.map((c) => [c.counterNumber, c]));
    // Counter 1: open 08:00–09:00, busy 08:12–08:23, idle while KTP had people waiting 08:00–08:12 and 08:40–08:45.
    expect(byCounter.get(1)?.openHours).toBeCloseTo(1);
    expect(byCounter.get(1)?.busyHours).toBeCloseTo(11 / 60);
    expect(byCounter.get(1)?.idleWithQueueHours).toBeCloseTo(17 / 60);
    expect(byCounter.get(1)?.servedPerOpenHour).toBeCloseTo(1);
    // Counter 2: busy 08:15–08:40, idle with queue 08:00–08:15 and 08:40–08:45.
    expect(byCounter.get(2)?.busyHours).toBeCloseTo(25 / 60);
    expect(byCounter.get(2)?.idleWithQueueHours).toBeCloseTo(20 / 60);

    const byPriority = new Map(v.byPriority.map((p) => [p.priority, p]));
    expect(byPriority.get('lansia')).toMatchObject({ kpis: { issued: 1, served: 1 }, shareOfIssued: 0.2 });
    expect(v.byService.map((s) => [s.serviceCode, s.kpis.issued])).toEqual([
      ['KK', 1],
      ['KTP', 4],
    ]);
    expect(v.heatmap).toEqual(
      expect.arrayContaining([
        { weekday: 1, hour: 8, average: 4 },
        { weekday: 1, hour: 9, average: 1 },
      ]),
    );
  });

  it('gives the same figures live (before the day closes) as from the summary, except what the close decides', () => {
    h = new OfficeHarness(testConfig(), MONDAY_8AM);
    scriptedMorning();
    const live = h.call('stats.view', DAY);
    expect(h.store.stats.isSummarized('2026-11-30')).toBe(false);
    h.clock.set(MONDAY_8AM + 24 * 3600_000);
    h.issue('KK');
    const summarized = h.call('stats.view', DAY);
    expect(live.totals.unservedAtClose).toBe(0);
    expect({ ...summarized.totals, unservedAtClose: 0, abandonment: null }).toEqual({ ...live.totals, abandonment: null });
    expect(summarized.byService.map((s) => s.kpis.waitMedian)).toEqual(live.byService.map((s) => s.kpis.waitMedian));
  });

  it('sums a closed day and today in one range', () => {
    h = new OfficeHarness(testConfig(), MONDAY_8AM);
    scriptedMorning();
    h.clock.set(MONDAY_8AM + 24 * 3600_000);
    h.issue('KK');
    expect(h.call('stats.view', { from: '2026-11-30', to: '2026-12-01' }).totals.issued).toBe(6);
    expect(h.call('stats.view', { from: '2026-11-30', to: '2026-12-01', serviceCode: 'KK' }).totals.issued).toBe(2);
  });

  it('refuses a range that ends before it starts or lies in the future, and shortens one that runs past today', () => {
    h = new OfficeHarness(testConfig(), MONDAY_8AM);
    expect(h.fail('stats.view', { from: '2026-11-30', to: '2026-11-01' }).error.problems).toEqual(['to: is before from']);
    expect(h.fail('stats.view', { from: '2026-12-05', to: '2026-12-31' }).error.problems).toEqual(['from: is in the future']);
    expect(h.call('stats.view', { from: '2026-11-01', to: '2026-12-31' })).toMatchObject({ to: '2026-11-30', capped: true });
  });

  it('counts a ticket issued before midnight and served after it on the day it was issued', () => {
    const base = testConfig();
    h = new OfficeHarness({ ...base, office: { ...base.office, dayStartsAt: '04:00' } }, Date.UTC(2026, 10, 30, 15, 50));
    h.openCounters(1);
    const t = h.issue('KTP'); // 23:50
    h.clock.set(Date.UTC(2026, 10, 30, 16, 5)); // 00:05
    h.call('counters.callNext', { counter: 1 });
    h.call('tickets.start', { counter: 1, ticketId: t.id });
    h.clock.set(Date.UTC(2026, 10, 30, 16, 20)); // 00:20
    h.call('tickets.finish', { counter: 1, ticketId: t.id });
    h.clock.set(Date.UTC(2026, 11, 1, 1, 0)); // Tuesday 09:00: closes Monday's service day
    h.issue('KTP');
    const v = h.call('stats.view', DAY);
    expect(v.totals).toMatchObject({ issued: 1, served: 1, waitMedian: 15, serviceMean: 15 });
    expect(v.heatmap).toEqual([{ weekday: 1, hour: 23, average: 1 }]);
  });

  it('keeps a day whose clock jumped back on the latest service day', () => {
    h = new OfficeHarness(testConfig(), MONDAY_8AM);
    h.openCounters(1);
    h.issue('KTP');
    h.clock.set(MONDAY_8AM - 3 * 24 * 3600_000); // the RTC says Friday
    h.issue('KTP');
    expect(h.call('stats.view', DAY).totals.issued).toBe(2);
  });
});
