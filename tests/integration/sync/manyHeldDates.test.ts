import { afterEach, describe, expect, it, vi } from 'vitest';
import { OfficeHarness } from '../../helpers/officeHarness';
import { CityServerHarness } from '../server/cityServerHarness';
import { kioskCounters } from './kioskSync';

/** The city's clock: Monday 2026-11-30, 11:00 in Kupang. */
const CITY_NOW = Date.UTC(2026, 10, 30, 3, 0, 0);
const DAY_MS = 24 * 3600_000;
/** More days of history from before the enrolment than the supervisor's list shows at once (60). */
const HISTORY_DAYS = 65;

describe('an office holding more days than its list shows', () => {
  let city: CityServerHarness | undefined;
  let h: OfficeHarness | undefined;
  afterEach(async () => {
    await city?.close();
    h?.close();
    vi.restoreAllMocks();
  });

  it('still sends a future day once its date comes, behind 65 older days that wait for the supervisor', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    city = await CityServerHarness.start('pglite', CITY_NOW);
    await city.createOffice('test-office', 'Kantor Uji Loket');
    // The office PC's clock runs three days ahead.
    h = new OfficeHarness(undefined, CITY_NOW + 3 * DAY_MS);
    await h.callAsync('sync.enrol', { serverUrl: city.url, code: await city.enrolmentCode('test-office') });
    const office = h;
    // Seeded history from before the enrolment: held until the supervisor confirms its dates.
    const history = Array.from({ length: HISTORY_DAYS }, (_, i) => new Date(CITY_NOW - (HISTORY_DAYS - i) * DAY_MS).toISOString().slice(0, 10));
    office.store.transaction(() => office.store.daily.add(history.map((serviceDate) => ({ serviceDate, metric: 'tickets.issued.KTP.regular', delta: 5 }))));
    office.openCounters(1);
    office.issue('KTP');

    await office.callAsync('sync.pushNow', {});
    const held = await office.callAsync('sync.status', {});
    expect(held.held.dates).toHaveLength(60);
    expect(await city.counters(held.replicaId)).toEqual([]);

    // Three days later the city's date is the office's: 2026-12-03 is today for both.
    city.nowMs = CITY_NOW + 3 * DAY_MS + 3600_000;
    office.clock.set(CITY_NOW + 3 * DAY_MS + 3600_000);
    expect(await office.callAsync('sync.pushNow', {})).toMatchObject({ ok: true, error: null });
    const after = await office.callAsync('sync.status', {});
    const dueToday = kioskCounters(office).filter((r) => r.date === '2026-12-03');
    expect(dueToday.length).toBeGreaterThan(0);
    expect(await city.counters(after.replicaId)).toEqual(dueToday);
    expect(after.held.rows).toBe(HISTORY_DAYS);
    expect(after.held.dates.every((d) => d.date < '2026-11-30' && d.beforeEnrolment)).toBe(true);
  }, 30_000);
});
