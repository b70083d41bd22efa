import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BookingFactsRequest } from '../../../src/shared/booking/bookingFacts';
import { BOOKING_SYNC_PATHS } from '../../../src/shared/booking/bookingSync';
import type { TestKiosk } from '../server/cityServerHarness';
import { BACKENDS, CityServerHarness } from '../server/cityServerHarness';
import { bookableOffice, oeboboConfig } from './bookingFixtures';

/**
 * The city's side of an office's booking facts (POST /api/sync/v1/booking-facts): one day's check-ins,
 * marked on the city's bookings, and its booked-versus-walk-in figures, shown per office on the city
 * dashboard. Monday 30 November 2026 in Kupang (UTC+8).
 */
const KUPANG = (hhmm: string) => Date.UTC(2026, 10, 30, Number(hhmm.slice(0, 2)) - 8, Number(hhmm.slice(3)));
const TODAY = '2026-11-30';

describe.each(BACKENDS)('booking facts from an office at the city (%s)', (backend) => {
  let city: CityServerHarness;
  let oebobo: TestKiosk;
  let residents = 0;
  const codes: Record<string, string> = {};

  async function book(key: string, officeId: string, serviceCode: string, slot: string): Promise<void> {
    const res = await fetch(`${city.url}/api/public/v1/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${++residents}` },
      body: JSON.stringify({ officeId, serviceCode, day: TODAY, slot }),
    });
    const json = (await res.json()) as { code: string };
    expect(res.status, JSON.stringify(json)).toBe(200);
    codes[key] = json.code;
  }

  const facts = (over: Partial<BookingFactsRequest> = {}): BookingFactsRequest => ({
    officeId: 'kel-oebobo',
    day: TODAY,
    booked: { tickets: 2, called: 1, waitMeanMinutes: 12.5, noShows: 0 },
    walkIn: { tickets: 6, called: 4, waitMeanMinutes: 20, noShows: 1 },
    notCheckedIn: 1,
    missed: 0,
    checkIns: [
      { code: codes.ktp!, serviceCode: 'KTP', slot: '08:30', checkedInAt: KUPANG('08:05'), outcome: 'done' },
      { code: codes.akta!, serviceCode: 'AKTA', slot: '08:30', checkedInAt: KUPANG('08:10'), outcome: 'waiting' },
      { code: codes.elsewhere!, serviceCode: 'AKTA', slot: '08:30', checkedInAt: KUPANG('08:12'), outcome: 'waiting' },
    ],
    ...over,
  });
  const push = (body: unknown, kiosk = oebobo) => city.post(BOOKING_SYNC_PATHS.facts, body, kiosk.token);
  const stored = async () => ({
    bookings: await city.db.query('SELECT code, checked_in_at, checked_in_replica, ticket_outcome FROM bookings ORDER BY code'),
    figures: await city.db.query('SELECT * FROM booking_day_figures ORDER BY replica_id, day'),
  });
  const dashboardRow = async (officeId: string) => ((await city.dashboard(TODAY, TODAY)).bookings as { officeId: string }[]).find((b) => b.officeId === officeId);

  beforeAll(async () => {
    city = await CityServerHarness.start(backend, KUPANG('07:40'));
    oebobo = await bookableOffice(city);
    await bookableOffice(city, oeboboConfig({ office: { ...oeboboConfig().office, id: 'kel-lain', name: 'Kelurahan Lain' } }));
    await book('ktp', 'kel-oebobo', 'KTP', '08:30');
    await book('akta', 'kel-oebobo', 'AKTA', '08:30');
    await book('later', 'kel-oebobo', 'KTP', '09:00');
    await book('elsewhere', 'kel-lain', 'AKTA', '08:30');
  }, 30_000);
  afterAll(() => city?.close());

  it('shows the offices side by side with no figures before any office sent them', async () => {
    expect(await dashboardRow('kel-oebobo')).toEqual({
      officeId: 'kel-oebobo',
      officeName: 'Kelurahan Oebobo',
      bookings: 3,
      checkIns: 0,
      bookedShare: null,
      bookedWaitMinutes: null,
      walkInWaitMinutes: null,
      bookedNoShows: null,
      notCheckedIn: null,
      missed: null,
      receivedAt: null,
    });
  });

  it("stores the day's figures and marks its own bookings checked in; another office's code is left out and named", async () => {
    city.nowMs = KUPANG('08:20');
    const r = await push(facts());
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    expect(r.json).toEqual({ ok: true, officeId: 'kel-oebobo', day: TODAY, checkIns: 2, ignored: [codes.elsewhere] });
    const [ktp] = await city.db.query<{ checked_in_at: Date; ticket_outcome: string; checked_in_replica: string }>(
      'SELECT checked_in_at, ticket_outcome, checked_in_replica FROM bookings WHERE code = $1',
      [codes.ktp],
    );
    expect({ ...ktp, checked_in_at: ktp?.checked_in_at.getTime() }).toEqual({ checked_in_at: KUPANG('08:05'), ticket_outcome: 'done', checked_in_replica: oebobo.replicaId });
    const [elsewhere] = await city.db.query('SELECT checked_in_at, checked_in_replica FROM bookings WHERE code = $1', [codes.elsewhere]);
    expect(elsewhere).toEqual({ checked_in_at: null, checked_in_replica: null });

    expect(await dashboardRow('kel-oebobo')).toEqual({
      officeId: 'kel-oebobo',
      officeName: 'Kelurahan Oebobo',
      bookings: 3,
      checkIns: 2,
      bookedShare: 0.25,
      bookedWaitMinutes: 12.5,
      walkInWaitMinutes: 20,
      bookedNoShows: 0,
      notCheckedIn: 1,
      missed: 0,
      receivedAt: KUPANG('08:20'),
    });
    expect(await dashboardRow('kel-lain')).toMatchObject({ bookings: 1, checkIns: 0, receivedAt: null });
  });

  it('changes nothing when the same day is pushed again, not even when it was received', async () => {
    const before = await stored();
    city.nowMs = KUPANG('08:40');
    const r = await push(facts());
    expect(r.json).toEqual({ ok: true, officeId: 'kel-oebobo', day: TODAY, checkIns: 2, ignored: [codes.elsewhere] });
    expect(await stored()).toEqual(before);
  });

  it('refuses a malformed day naming the field, and stores nothing of it', async () => {
    const before = await stored();
    const badCode = facts();
    badCode.checkIns[1]!.code = 'bukan-kode';
    const cases: [unknown, string][] = [
      [badCode, 'checkIns[1].code: must be a booking code of 8 characters'],
      [{ ...facts(), walkIn: { tickets: 6, called: 7, waitMeanMinutes: 20, noShows: 1 } }, 'walkIn.called: called must not exceed tickets'],
      [{ ...facts(), day: '2026-02-30' }, 'day: must be a date YYYY-MM-DD'],
      [{ ...facts(), booked: { tickets: 2, called: 1, noShows: 0 } }, 'booked.waitMeanMinutes'],
      [{ ...facts(), extra: 1 }, 'extra'],
      ['[', 'could not be read'],
    ];
    for (const [body, names] of cases) {
      const r = await push(body);
      expect(r.status, JSON.stringify(r.json)).toBe(400);
      expect(r.json.error.code).toBe('bad_request');
      expect(r.json.error.message).toContain(names);
    }
    expect(await stored()).toEqual(before);
  });

  it("refuses a day sent for another office, and a call without a kiosk token, storing nothing", async () => {
    const before = await stored();
    const other = await push(facts({ officeId: 'kel-lain', checkIns: [{ code: codes.elsewhere!, serviceCode: 'AKTA', slot: '08:30', checkedInAt: KUPANG('08:12'), outcome: 'done' }] }));
    expect(other.status).toBe(409);
    expect(other.json.error).toMatchObject({ code: 'wrong_office', message: 'This kiosk is enrolled for office kel-oebobo, not kel-lain; nothing was stored.' });
    const anonymous = await city.post(BOOKING_SYNC_PATHS.facts, facts());
    expect(anonymous.status).toBe(401);
    expect(await stored()).toEqual(before);
  });

  it('takes back a check-in the office no longer holds (its ticket was voided), and sums two kiosks of an office', async () => {
    city.nowMs = KUPANG('09:00');
    const r = await push(facts({ checkIns: facts().checkIns.slice(0, 1) }));
    expect(r.json).toMatchObject({ checkIns: 1, ignored: [] });
    const [akta] = await city.db.query('SELECT checked_in_at, ticket_outcome FROM bookings WHERE code = $1', [codes.akta]);
    expect(akta).toEqual({ checked_in_at: null, ticket_outcome: null });

    const second = await city.enrol('kel-oebobo');
    const r2 = await push(
      facts({
        booked: { tickets: 1, called: 1, waitMeanMinutes: 2.5, noShows: 1 },
        walkIn: { tickets: 1, called: 0, waitMeanMinutes: null, noShows: 0 },
        notCheckedIn: 0,
        checkIns: [{ code: codes.later!, serviceCode: 'KTP', slot: '09:00', checkedInAt: KUPANG('08:50'), outcome: 'no_show' }],
      }),
      second,
    );
    expect(r2.json).toMatchObject({ checkIns: 1, ignored: [] });
    // (12.5 × 1 + 2.5 × 1) / 2 booked; 3 of 10 tickets booked.
    expect(await dashboardRow('kel-oebobo')).toMatchObject({ bookings: 3, checkIns: 2, bookedShare: 0.3, bookedWaitMinutes: 7.5, walkInWaitMinutes: 20, bookedNoShows: 1, notCheckedIn: 1 });
    const page = await city.admin(`/admin/dashboard?from=${TODAY}&to=${TODAY}`);
    const row = /<tr data-booking-office="kel-oebobo">[\s\S]*?<\/tr>/.exec(page.text)?.[0] ?? '';
    expect(row.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()).toBe('Kelurahan Oebobo 3 2 30,0 % 7,5 mnt 20,0 mnt 1 1 data baru saja');
    city.nowMs = KUPANG('09:25');
    expect((await city.admin(`/admin/dashboard?from=${TODAY}&to=${TODAY}`)).text).toContain('data 25 menit lalu');
  });
});
