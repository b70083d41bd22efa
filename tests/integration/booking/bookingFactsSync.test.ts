import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../../src/main/auth/caller';
import { parseOfficeConfig } from '../../../src/shared/config/officeConfig';
import { OfficeHarness } from '../../helpers/officeHarness';
import { BACKENDS, CityServerHarness } from '../server/cityServerHarness';
import { FaultProxy } from '../sync/faultProxy';
import { oeboboConfig } from './bookingFixtures';

/**
 * The office sends each day's check-ins and booked-versus-walk-in figures to the city with its sync, and
 * keeps a day unsent while the city is out of reach: a QR checked in offline on Monday reaches the city
 * dashboard when the office is back online on Tuesday. Kupang (UTC+8), Kelurahan Oebobo.
 */
const KUPANG = (hhmm: string, day = 30) => Date.UTC(2026, 10, day, Number(hhmm.slice(0, 2)) - 8, Number(hhmm.slice(3)));
const MONDAY = '2026-11-30';
const KIOSK: Caller = { role: 'kiosk', via: 'test' };

const config = (() => {
  const parsed = parseOfficeConfig(oeboboConfig());
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.config;
})();

describe.each(BACKENDS)("the office's booking facts reaching the city (%s)", (backend) => {
  let city: CityServerHarness;
  let proxy: FaultProxy;
  let h: OfficeHarness;
  const at = (ms: number) => {
    h.clock.set(ms);
    city.nowMs = ms;
  };
  const cityRow = async (day: string) => ((await city.dashboard(day, day)).bookings as { officeId: string }[]).find((b) => b.officeId === 'kel-oebobo');
  const sync = () => h.callAsync('sync.pushNow', {});

  beforeAll(async () => {
    city = await CityServerHarness.start(backend, KUPANG('07:40'));
    proxy = await new FaultProxy(city.url).start();
    await city.createOffice('kel-oebobo', 'Kelurahan Oebobo');
    h = new OfficeHarness(config, KUPANG('07:40'));
    await h.callAsync('sync.enrol', { serverUrl: proxy.url, code: await city.enrolmentCode('kel-oebobo') });
    // The first cycle pushes the office's standards, so residents can book it.
    expect((await h.callAsync('sync.pushNow', {})).ok).toBe(true);
  }, 30_000);
  afterAll(async () => {
    h?.close();
    await proxy?.close();
    await city?.close();
  });

  it("sends today's figures with the cycle, and not again while they stay the same", async () => {
    const res = await fetch(`${city.url}/api/public/v1/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ officeId: 'kel-oebobo', serviceCode: 'KTP', day: MONDAY, slot: '08:30' }),
    });
    expect(res.status).toBe(200);
    at(KUPANG('07:50'));
    expect((await sync()).ok).toBe(true);
    expect(await cityRow(MONDAY)).toMatchObject({ bookings: 1, checkIns: 0, bookedShare: null, notCheckedIn: 1, missed: 0, receivedAt: KUPANG('07:50') });
    at(KUPANG('08:01'));
    await h.callAsync('tickets.issue', { serviceCode: 'KTP' }, KIOSK);
    expect((await sync()).ok).toBe(true);
    expect(await cityRow(MONDAY)).toMatchObject({ bookedShare: 0, notCheckedIn: 1, receivedAt: KUPANG('08:01') });

    // Unchanged facts are not sent: a value the city holds stays as it is through the next cycle.
    await city.db.query('UPDATE booking_day_figures SET not_checked_in = 7');
    at(KUPANG('08:02'));
    expect((await sync()).ok).toBe(true);
    expect(await cityRow(MONDAY)).toMatchObject({ notCheckedIn: 7 });
  });

  it("keeps a day checked in offline unsent, and sends it at the first cycle that gets through, the next day", async () => {
    const [booking] = await city.db.query<{ code: string }>("SELECT code FROM bookings WHERE office_id = 'kel-oebobo'");
    const signed = ((await (await fetch(`${city.url}/api/public/v1/bookings/${booking!.code}`)).json()) as { signed: string }).signed;

    proxy.offline = true;
    at(KUPANG('08:05'));
    expect(await h.callAsync('booking.checkIn', { code: signed }, KIOSK)).toMatchObject({ label: 'A-002' });
    expect((await sync()).error?.code).toBe('network');
    expect(await cityRow(MONDAY)).toMatchObject({ checkIns: 0, notCheckedIn: 7 });

    proxy.offline = false;
    at(KUPANG('07:45', 31));
    expect((await sync()).ok).toBe(true);
    await city.signIn(); // the administrator's session of yesterday has expired
    const [stored] = await city.db.query<{ checked_in_at: Date; ticket_outcome: string }>('SELECT checked_in_at, ticket_outcome FROM bookings WHERE code = $1', [booking!.code]);
    expect({ at: stored?.checked_in_at.getTime(), outcome: stored?.ticket_outcome }).toEqual({ at: KUPANG('08:05'), outcome: 'waiting' });
    expect(await cityRow(MONDAY)).toEqual({
      officeId: 'kel-oebobo',
      officeName: 'Kelurahan Oebobo',
      bookings: 1,
      checkIns: 1,
      bookedShare: 0.5,
      bookedWaitMinutes: null,
      walkInWaitMinutes: null,
      bookedNoShows: 0,
      notCheckedIn: 0,
      missed: 0,
      receivedAt: KUPANG('07:45', 31),
    });
  });

  it('stops reading a day once it is over by more than a day and the city holds its facts', async () => {
    const sent = () => JSON.parse(h.store.meta.get('booking.facts_sent') ?? '{}') as { days: Record<string, { settled: boolean }> };
    expect(sent().days[MONDAY]).toMatchObject({ settled: false });
    at(Date.UTC(2026, 11, 2, 0, 0));
    expect((await sync()).ok).toBe(true);
    expect(sent().days[MONDAY]).toMatchObject({ settled: true });
    expect(sent().days['2026-12-01']).toMatchObject({ settled: false });
  });
});
