import { createPublicKey, generateKeyPairSync, randomUUID, verify } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSignedBooking } from '../../../src/shared/booking/bookingCode';
import { BOOKING_SYNC_PATHS } from '../../../src/shared/booking/bookingSync';
import { enrolResponse, PROTOCOL_VERSION } from '../../../src/shared/sync/protocol';
import { freshToken } from '../../../src/main/sync/kioskToken';
import { hashToken } from '../../../src/main/auth/tokens';
import { BACKENDS, CityServerHarness, type TestKiosk } from '../server/cityServerHarness';
import { bookableOffice, oeboboConfig, putStandards, standardsOf } from './bookingFixtures';

// Monday 30 November 2026, 11:00 in Kupang (03:00 UTC).
const MONDAY_11 = Date.UTC(2026, 10, 30, 3, 0, 0);

async function api(city: CityServerHarness, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${city.url}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, json: (await res.json()) as any };
}

const bookSlot = (city: CityServerHarness, serviceCode: string, day: string, slot: string, headers?: Record<string, string>) =>
  api(city, 'POST', '/api/public/v1/bookings', { officeId: 'kel-oebobo', serviceCode, day, slot }, headers);

describe.each(BACKENDS)('booking on the city server (%s)', (backend) => {
  let city: CityServerHarness;
  let kiosk: TestKiosk;

  beforeAll(async () => {
    city = await CityServerHarness.start(backend, MONDAY_11);
    kiosk = await bookableOffice(city);
  }, 30_000);
  afterAll(() => city?.close());

  it('offers the slots of the opening hours from now on, with the seats the counters, service time and booking share give', async () => {
    const { status, json } = await api(city, 'GET', '/api/public/v1/booking/offices/kel-oebobo/services/KTP/days');
    expect(status).toBe(200);
    expect(json.days).toHaveLength(14);
    const [today, tuesday] = json.days;
    expect(today.day).toBe('2026-11-30');
    // 11:00 has started: 11:30 is the first slot left, then the afternoon.
    expect(today.slots.map((s: any) => s.time)).toEqual(['11:30', '13:00', '13:30', '14:00', '14:30']);
    expect(today.slots.every((s: any) => s.capacity === 3 && s.free === 3)).toBe(true);
    expect(tuesday.slots).toHaveLength(12);
    // Saturday and Sunday closed, and so is Christmas.
    expect(json.days.find((d: any) => d.day === '2026-12-05').slots).toEqual([]);
    expect(json.days.find((d: any) => d.day === '2026-12-13')).toEqual({ day: '2026-12-13', slots: [], free: 0 });
  });

  it('books a seat with a short code and a signed claim the enrolled kiosk can check with the key it got at enrolment', async () => {
    const { status, json } = await bookSlot(city, 'KTP', '2026-12-01', '08:30');
    expect(status).toBe(200);
    expect(json.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    const parsed = parseSignedBooking(json.signed);
    expect(parsed?.claim).toEqual({ officeId: 'kel-oebobo', serviceCode: 'KTP', day: '2026-12-01', slot: '08:30', code: json.code });
    // Check-in window: 30 minutes before to 15 minutes after 08:30 Kupang time.
    expect(json.checkIn).toEqual({ opensAt: Date.UTC(2026, 11, 1, 0, 0), closesAt: Date.UTC(2026, 11, 1, 0, 45) });

    const pulled = await fetch(`${city.url}${BOOKING_SYNC_PATHS.bookings}?day=2026-12-01`, { headers: { authorization: `Bearer ${kiosk.token}` } });
    const day = (await pulled.json()) as any;
    const key = createPublicKey({ key: Buffer.from(day.bookingKey, 'base64'), format: 'der', type: 'spki' });
    expect(verify(null, Buffer.from(parsed!.message), key, Buffer.from(parsed!.signature, 'base64url'))).toBe(true);
    expect(day.bookings).toEqual([{ code: json.code, serviceCode: 'KTP', slot: '08:30', bookedAt: MONDAY_11, cancelledAt: null }]);

    const days = await api(city, 'GET', '/api/public/v1/booking/offices/kel-oebobo/services/KTP/days');
    expect(days.json.days[1].slots.find((s: any) => s.time === '08:30').free).toBe(2);
  });

  it('gives the booking key at enrolment, the same the day pull gives', async () => {
    const code = await city.enrolmentCode('kel-oebobo');
    const { publicKey } = generateKeyPairSync('ed25519');
    const enrolled = await city.post('/api/sync/v1/enrol', {
      protocol: PROTOCOL_VERSION,
      code,
      replicaId: randomUUID(),
      requestId: randomUUID(),
      tokenHash: hashToken(freshToken()),
      publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
      label: 'kios kedua',
    });
    const pulled = await fetch(`${city.url}${BOOKING_SYNC_PATHS.bookings}?day=2026-12-01`, { headers: { authorization: `Bearer ${kiosk.token}` } });
    expect(enrolResponse.parse(enrolled.json).bookingKey).toBe(((await pulled.json()) as any).bookingKey);
  });

  it('refuses a fourth booking of a three-seat slot, then takes one again after a cancellation by code', async () => {
    const made = [];
    for (let i = 0; i < 3; i++) made.push(await bookSlot(city, 'KTP', '2026-12-02', '09:00', { 'x-forwarded-for': `198.51.100.${i}` }));
    expect(made.map((r) => r.status)).toEqual([200, 200, 200]);
    const fourth = await bookSlot(city, 'KTP', '2026-12-02', '09:00');
    expect([fourth.status, fourth.json.error.code]).toEqual([409, 'slot_full']);

    const cancelled = await api(city, 'POST', `/api/public/v1/bookings/${made[0]!.json.code}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.json.cancelledAt).toBe(MONDAY_11);
    const again = await api(city, 'POST', `/api/public/v1/bookings/${made[0]!.json.code}/cancel`);
    expect([again.status, again.json.error.code]).toEqual([409, 'already_cancelled']);
    expect((await bookSlot(city, 'KTP', '2026-12-02', '09:00')).status).toBe(200);

    const pulled = await fetch(`${city.url}${BOOKING_SYNC_PATHS.bookings}?day=2026-12-02`, { headers: { authorization: `Bearer ${kiosk.token}` } });
    const day = (await pulled.json()) as any;
    expect(day.bookings.filter((b: any) => b.cancelledAt === MONDAY_11).map((b: any) => b.code)).toEqual([made[0]!.json.code]);
  });

  it('refuses what is not a bookable slot: a started one, a closed day, beyond the days ahead, off the grid, a service without booking share', async () => {
    const refusals = await Promise.all([
      bookSlot(city, 'KTP', '2026-11-30', '10:30'),
      bookSlot(city, 'KTP', '2026-12-25', '09:00'),
      bookSlot(city, 'KTP', '2026-12-14', '09:00'),
      bookSlot(city, 'KTP', '2026-12-01', '08:15'),
      bookSlot(city, 'KTP', '2026-12-01', '12:00'),
    ]);
    expect(refusals.map((r) => [r.status, r.json.error.code])).toEqual(Array(5).fill([409, 'slot_unavailable']));
    const kk = await bookSlot(city, 'KK', '2026-12-01', '09:00');
    expect([kk.status, kk.json.error.code]).toEqual([409, 'not_bookable']);
    const unknown = await api(city, 'POST', '/api/public/v1/bookings', { officeId: 'kel-lain', serviceCode: 'KTP', day: '2026-12-01', slot: '09:00' });
    expect([unknown.status, unknown.json.error.code]).toEqual([404, 'not_found']);
  });

  it('stores no address, name, NIK or phone: a booking row holds only the slot, the code, a keyed hash of its source and its check-in at the office', async () => {
    await bookSlot(city, 'AKTA', '2026-12-03', '10:00', { 'x-forwarded-for': '203.0.113.99' });
    const columns = await city.db.query<{ column_name: string }>("SELECT column_name FROM information_schema.columns WHERE table_name = 'bookings' ORDER BY ordinal_position");
    expect(columns.map((c) => c.column_name)).toEqual(['code', 'office_id', 'service_code', 'day', 'slot', 'window_ends_at', 'source_hash', 'created_at', 'cancelled_at', 'checked_in_at', 'checked_in_replica', 'ticket_outcome']);
    const rows = await city.db.query<{ source_hash: string }>('SELECT source_hash FROM bookings');
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.source_hash) && !r.source_hash.includes('203.0.113'))).toBe(true);
  });

  it('refuses a standards document with counters serving a service it does not list, and malformed ones with named fields', async () => {
    const doc = standardsOf(oeboboConfig());
    const bad = await putStandards(city, kiosk, { ...doc, counters: [{ services: ['PASPOR'] }] });
    expect([bad.status, bad.json.error.code]).toEqual([400, 'bad_request']);
    const malformed = await putStandards(city, kiosk, { ...doc, booking: { ...doc.booking, slotMinutes: 5 } });
    expect(malformed.status).toBe(400);
    expect(malformed.json.error.problems.join(' ')).toContain('booking.slotMinutes');
    const ok = await putStandards(city, kiosk, doc);
    expect(ok.json).toEqual({ ok: true, bookable: ['KTP', 'AKTA'] });
  });
});
