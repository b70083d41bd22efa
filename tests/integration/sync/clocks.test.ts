import { afterEach, describe, expect, it, vi } from 'vitest';
import { OfficeHarness } from '../../helpers/officeHarness';
import { CityServerHarness } from '../server/cityServerHarness';
import { kioskCounters } from './kioskSync';

/** The city's clock in these tests: Monday 2026-11-30, 11:00 in Kupang. */
const CITY_NOW = Date.UTC(2026, 10, 30, 3, 0, 0);
const DAY_MS = 24 * 3600_000;

/** Issues and serves `n` tickets of KTP at counter 1. */
function serve(h: OfficeHarness, n: number): string[] {
  h.openCounters(1);
  const labels: string[] = [];
  for (let i = 0; i < n; i++) {
    const t = h.issue('KTP');
    labels.push(t.label);
    h.call('counters.callNext', { counter: 1 });
    h.call('tickets.start', { counter: 1, ticketId: t.id });
    h.call('tickets.finish', { counter: 1, ticketId: t.id });
  }
  return labels;
}

/** What a refused call tells the supervisor's screen: its code and the rules it words. */
async function refusalOf(answer: ReturnType<OfficeHarness['failAsync']>) {
  const out = await answer;
  return out.ok ? null : { code: out.error.code, issues: out.error.issues };
}

/** The office's tickets as a visitor would know them: number and day. */
const tickets = (h: OfficeHarness) => h.store.db.prepare("SELECT prefix || '-' || printf('%03d', number) AS label, service_date AS day FROM tickets ORDER BY label").all();

describe('an office whose clock is wrong', () => {
  let city: CityServerHarness | undefined;
  let h: OfficeHarness | undefined;
  afterEach(async () => {
    await city?.close();
    h?.close();
    vi.restoreAllMocks();
  });

  async function start(officeNow: number): Promise<OfficeHarness> {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    city = await CityServerHarness.start('pglite', CITY_NOW);
    await city.createOffice('test-office', 'Kantor Uji Loket');
    h = new OfficeHarness(undefined, officeNow);
    await h.callAsync('sync.enrol', { serverUrl: city.url, code: await city.enrolmentCode('test-office') });
    return h;
  }

  it('three days ahead: takes the city time, warns, holds the future day, and the supervisor moves it back without losing a ticket', async () => {
    const h = await start(CITY_NOW + 3 * DAY_MS);
    const labels = serve(h, 3);
    expect(tickets(h)).toEqual(labels.map((label) => ({ label, day: '2026-12-03' })));

    expect(await h.callAsync('sync.pushNow', {})).toMatchObject({ ok: true, pushedRows: 0, rowsPending: 0, error: null });
    const held = await h.callAsync('sync.status', {});
    expect(held.clock).toMatchObject({ off: true, cityToday: '2026-11-30', enrolledOn: '2026-11-30', serviceDate: '2026-12-03', clockServiceDate: '2026-12-03' });
    expect(held.clock.offsetMs).toBeCloseTo(-3 * DAY_MS, -4);
    expect(held.held.dates).toEqual([expect.objectContaining({ date: '2026-12-03', code: 'date_unconfirmed', beforeEnrolment: false })]);
    expect(held.held.rows).toBe(kioskCounters(h).length);
    // Nothing of the wrong day reached the city, and the headline does not say "all sent".
    expect(await city!.counters(held.replicaId)).toEqual([]);

    // While the clock still says 2026-12-03 the day cannot move: it would be a real day.
    expect(await refusalOf(h.failAsync('serviceDay.move', { from: '2026-12-03', to: '2026-11-30' }))).toEqual({
      code: 'wrong_state',
      issues: [{ field: 'from', rule: 'day_is_real', params: { from: '2026-12-03', today: '2026-12-03' } }],
    });
    // The supervisor sets the PC's clock; the office stays on the day in use until the day is moved.
    h.clock.set(CITY_NOW + 60_000);
    expect((await h.callAsync('sync.status', {})).clock).toMatchObject({ serviceDate: '2026-12-03', clockServiceDate: '2026-11-30' });
    expect(await refusalOf(h.failAsync('serviceDay.move', { from: '2026-12-03', to: '2026-11-29' }))).toEqual({
      code: 'bad_request',
      issues: [{ field: 'to', rule: 'day_in_use', params: { from: '2026-12-03', today: '2026-11-30' } }],
    });

    const moved = await h.callAsync('serviceDay.move', { from: '2026-12-03', to: '2026-11-30' });
    expect(moved).toMatchObject({ tickets: 3, serviceDate: '2026-11-30' });
    expect(h.store.audit.recent(1)[0]).toMatchObject({ action: 'service_day.moved', detail: { from: '2026-12-03', to: '2026-11-30', tickets: 3 } });
    // Every ticket is there under its printed number; the next one continues the numbering.
    expect(tickets(h)).toEqual(labels.map((label) => ({ label, day: '2026-11-30' })));
    expect(h.issue('KTP').label).toBe('A-004');

    const sent = await h.callAsync('sync.pushNow', {});
    expect(sent).toMatchObject({ ok: true, rowsPending: 0, rowsSetAside: 0 });
    const after = await h.callAsync('sync.status', {});
    expect(after.held).toEqual({ rows: 0, dates: [] });
    expect(after.clock.off).toBe(false);
    expect(await city!.counters(after.replicaId)).toEqual(kioskCounters(h));
    expect(kioskCounters(h).every((r) => r.date === '2026-11-30')).toBe(true);
  }, 30_000);

  it('in 2023 (dead RTC battery): the old days wait instead of failing every push; one is moved to its right date, one dropped with an audit entry', async () => {
    const h = await start(Date.UTC(2023, 5, 1, 1, 0, 0));
    serve(h, 2);
    h.clock.advance(24 * 60);
    serve(h, 1);
    expect(await h.callAsync('sync.pushNow', {})).toMatchObject({ ok: true, error: null });
    const status = await h.callAsync('sync.status', {});
    expect(status.clock.off).toBe(true);
    expect(status.held.dates.map((d) => [d.date, d.beforeEnrolment])).toEqual([
      ['2023-06-01', true],
      ['2023-06-02', true],
    ]);
    // Sending a 2023 day as it is would only be refused by the city: move it, after the clock is right.
    expect(await refusalOf(h.failAsync('serviceDay.move', { from: '2023-06-01', to: '2026-11-30' }))).toMatchObject({
      code: 'bad_request',
      issues: [{ field: 'to', rule: 'day_after_today', params: { to: '2026-11-30' } }],
    });
    h.clock.set(CITY_NOW);
    // The clock now opens the real day; the 2023 days are past days.
    h.issue('KK');

    expect(await h.callAsync('serviceDay.move', { from: '2023-06-02', to: '2026-11-30' })).toMatchObject({ tickets: 1, serviceDate: '2026-11-30' });
    expect(await h.callAsync('sync.confirmDates', { dates: ['2023-06-01'], action: 'drop' })).toMatchObject({ rows: expect.any(Number) });
    expect(h.store.audit.recent(1)[0]).toMatchObject({ action: 'sync.dates_dropped', detail: { dates: ['2023-06-01'] } });

    expect(await h.callAsync('sync.pushNow', {})).toMatchObject({ ok: true, rowsPending: 0, rowsSetAside: 0, error: null });
    const after = await h.callAsync('sync.status', {});
    expect(after.held.rows).toBe(0);
    const city2026 = kioskCounters(h).filter((r) => r.date === '2026-11-30');
    expect(await city!.counters(after.replicaId)).toEqual(city2026);
    // The dropped day stays in the office's own figures, and never goes out again.
    expect(kioskCounters(h).some((r) => r.date === '2023-06-01')).toBe(true);
    expect(await h.callAsync('sync.pushNow', {})).toMatchObject({ ok: true, pushedRows: 0, rowsSetAside: 0 });
  }, 30_000);

  it('refuses to move a day whose numbers also exist on the right date, and a day the city already counted', async () => {
    const h = await start(CITY_NOW - 2 * DAY_MS);
    serve(h, 1);
    h.clock.advance(24 * 60);
    serve(h, 1);
    h.clock.set(CITY_NOW);
    serve(h, 2);
    // A-001 was issued on 2026-11-28 and on 2026-11-29.
    expect(await refusalOf(h.failAsync('serviceDay.move', { from: '2026-11-29', to: '2026-11-28' }))).toMatchObject({
      code: 'wrong_state',
      issues: [{ field: 'to', rule: 'numbers_collide', params: { numbers: expect.stringContaining('A-001'), from: '2026-11-29', to: '2026-11-28' } }],
    });
    expect(await h.callAsync('sync.pushNow', {})).toMatchObject({ ok: true, rowsPending: 0 });
    // The next day, today's counts are at the city: moving them would count them twice.
    h.clock.advance(24 * 60);
    expect(await refusalOf(h.failAsync('serviceDay.move', { from: '2026-11-30', to: '2026-11-27' }))).toMatchObject({
      code: 'wrong_state',
      issues: [{ field: 'from', rule: 'day_already_sent', params: { from: '2026-11-30', n: expect.any(Number) } }],
    });
    expect(tickets(h)).toHaveLength(4);
  }, 30_000);
});
