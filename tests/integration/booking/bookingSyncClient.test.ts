import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncStore } from '../../../src/main/sync/syncStore';
import { OfficeHarness } from '../../helpers/officeHarness';
import { pullDayBookings, pushStandards, type CityCall } from '../../../src/main/booking/bookingSyncClient';
import { bookingVerifier } from '../../../src/main/booking/verifyBooking';
import { BACKENDS, CityServerHarness } from '../server/cityServerHarness';
import { oeboboConfig, standardsOf } from './bookingFixtures';

const MONDAY_11 = Date.UTC(2026, 10, 30, 3, 0, 0);

describe.each(BACKENDS)("the office's booking calls to a real city server (%s)", (backend) => {
  let city: CityServerHarness;
  let call: CityCall;

  beforeAll(async () => {
    city = await CityServerHarness.start(backend, MONDAY_11);
    await city.createOffice('kel-oebobo', 'Kelurahan Oebobo');
    const kiosk = await city.enrol('kel-oebobo');
    call = { serverUrl: city.url, token: kiosk.token, timeoutMs: 5_000, now: () => MONDAY_11 };
  }, 30_000);
  afterAll(() => city?.close());

  it('pushes the standards from the configuration, then pulls the day with a booking it can check in offline', async () => {
    const pushed = await pushStandards(call, standardsOf(oeboboConfig()));
    expect(pushed.ok && pushed.body).toEqual({ ok: true, bookable: ['KTP', 'AKTA'] });

    const res = await fetch(`${city.url}/api/public/v1/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ officeId: 'kel-oebobo', serviceCode: 'AKTA', day: '2026-11-30', slot: '13:00' }),
    });
    const booking = (await res.json()) as { code: string; signed: string };

    const day = await pullDayBookings(call, '2026-11-30');
    if (!day.ok) throw new Error(JSON.stringify(day));
    expect(day.body.bookings).toEqual([{ code: booking.code, serviceCode: 'AKTA', slot: '13:00', bookedAt: MONDAY_11, cancelledAt: null }]);
    const check = bookingVerifier(day.body.bookingKey);
    const rules = { officeId: 'kel-oebobo', timeZone: 'Asia/Makassar', checkInBeforeMinutes: 30, checkInAfterMinutes: 15 };
    expect(check(booking.signed, rules, Date.UTC(2026, 10, 30, 4, 50))).toMatchObject({ ok: true, claim: { code: booking.code, slot: '13:00' } });
  });

  it("keeps the city's booking key from the enrolment in the office's sync store", async () => {
    await city.createOffice('test-office', 'Dinas Dukcapil');
    const h = new OfficeHarness();
    try {
      await h.callAsync('sync.enrol', { serverUrl: city.url, code: await city.enrolmentCode('test-office'), label: 'Kios lobi' });
      const day = await pullDayBookings(call, '2026-11-30');
      if (!day.ok) throw new Error(JSON.stringify(day));
      expect(day.body.bookingKey).toMatch(/^MCowBQYDK2VwAyEA[A-Za-z0-9+/]{43}=$/);
      expect(new SyncStore(h.store).enrolment()?.bookingKey).toBe(day.body.bookingKey);
    } finally {
      h.close();
    }
  });

  it('is refused a day that is not a date, with the city reason', async () => {
    const day = await pullDayBookings(call, 'kemarin');
    expect(day).toMatchObject({ ok: false, kind: 'http', status: 400, code: 'bad_request' });
  });
});
