import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../../src/server/auth/secrets';
import type { CityServer } from '../../../src/server/cityServer';
import { BOOKING_LIMITS } from '../../../src/server/services/booking';
import { BACKENDS, CityServerHarness } from '../server/cityServerHarness';
import { startInstance } from '../server/instances';
import { bookableOffice, oeboboConfig } from './bookingFixtures';

// Monday 30 November 2026, 11:00 in Kupang.
const MONDAY_11 = Date.UTC(2026, 10, 30, 3, 0, 0);

describe.each(BACKENDS)('booking abuse limits, shared through the %s database', (backend) => {
  let city: CityServerHarness;
  let server: CityServer;
  let nowMs = MONDAY_11;

  async function call(method: string, path: string, source: string, body?: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { 'x-forwarded-for': source, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json = (await res.json()) as any;
    return { status: res.status, code: json.error?.code as string | undefined, json, retryAfter: res.headers.get('retry-after') };
  }
  const book = (source: string, serviceCode: string, day: string, slot: string, headers?: Record<string, string>) =>
    call('POST', '/api/public/v1/bookings', source, { officeId: 'kel-oebobo', serviceCode, day, slot }, headers);

  beforeAll(async () => {
    city = await CityServerHarness.start(backend, MONDAY_11);
    await bookableOffice(city, oeboboConfig());
    // Behind one reverse proxy: the source is the address it saw.
    server = await startInstance(city.db, { now: () => nowMs, trustedProxies: 1 });
  }, 30_000);
  afterAll(async () => {
    await server?.close();
    await city?.close();
  });

  it(`answers at most ${BOOKING_LIMITS.rate.maxAttempts} requests a minute per source, then 429 with Retry-After; another source is not held up`, async () => {
    const answers = [];
    for (let i = 0; i <= BOOKING_LIMITS.rate.maxAttempts; i++) answers.push(await call('POST', '/api/public/v1/bookings', '192.0.2.10', { officeId: 'kel-oebobo' }));
    expect(answers.slice(0, -1).every((a) => a.status === 400)).toBe(true);
    const last = answers.at(-1)!;
    expect([last.status, last.code]).toEqual([429, 'rate_limited']);
    expect(Number(last.retryAfter)).toBeGreaterThan(0);
    expect((await call('POST', '/api/public/v1/bookings', '192.0.2.11', { officeId: 'kel-oebobo' })).status).toBe(400);
  });

  it(`lets a source hold ${BOOKING_LIMITS.heldPerSource} bookings; the hold ends when the check-in window does`, async () => {
    const source = '192.0.2.20';
    const held = [];
    for (const slot of ['08:00', '08:00', '08:00', '08:30', '08:30', '08:30']) held.push(await book(source, 'KTP', '2026-12-01', slot));
    expect(held.map((h) => h.status)).toEqual(Array(6).fill(200));
    const seventh = await book(source, 'AKTA', '2026-12-01', '10:00');
    expect([seventh.status, seventh.code]).toEqual([429, 'held_limit']);
    // Tuesday 08:50: the 08:00 windows closed at 08:15, the 08:30 ones at 08:45.
    nowMs = Date.UTC(2026, 11, 1, 0, 50);
    expect((await book(source, 'AKTA', '2026-12-01', '10:00')).status).toBe(200);
    nowMs = MONDAY_11;
  });

  it(`counts ${BOOKING_LIMITS.sourceDay.maxAttempts} bookings a day per source, cancelled ones too; refusals do not count`, async () => {
    const source = '192.0.2.30';
    for (let i = 0; i < 10; i++) expect((await book(`192.0.2.${31 + (i % 2)}`, 'AKTA', '2026-12-10', '09:00')).status).toBe(200);
    const full = await book(source, 'AKTA', '2026-12-10', '09:00');
    expect([full.status, full.code]).toEqual([409, 'slot_full']);
    for (let i = 0; i < BOOKING_LIMITS.sourceDay.maxAttempts; i++) {
      const b = await book(source, 'AKTA', '2026-12-07', '09:00');
      expect(b.status).toBe(200);
      expect((await call('POST', `/api/public/v1/bookings/${b.json.code}/cancel`, source)).status).toBe(200);
    }
    const over = await book(source, 'AKTA', '2026-12-07', '09:00');
    expect([over.status, over.code]).toEqual([429, 'source_daily_cap']);
    nowMs = MONDAY_11 + 24 * 3600_000 + 1000;
    expect((await book(source, 'AKTA', '2026-12-07', '09:00')).status).toBe(200);
    nowMs = MONDAY_11;
  });

  it(`stops an office at ${BOOKING_LIMITS.officeDay.maxAttempts} bookings a day from all sources together`, async () => {
    // As if 5,000 bookings had been made in the last hour (by many sources: the count is the office's).
    await city.db.query('UPDATE attempt_limits SET window_start = $3, attempts = $4 WHERE scope = $1 AND key = $2', [
      BOOKING_LIMITS.officeDay.scope,
      sha256('office:kel-oebobo'),
      new Date(MONDAY_11 - 3600_000),
      BOOKING_LIMITS.officeDay.maxAttempts,
    ]);
    const over = await book('192.0.2.40', 'AKTA', '2026-12-08', '09:00');
    expect([over.status, over.code]).toEqual([429, 'office_daily_cap']);
    await city.db.query('DELETE FROM attempt_limits WHERE scope = $1', [BOOKING_LIMITS.officeDay.scope]);
  });

  it('counts unknown codes looked up or cancelled as guesses: a source is stopped after a few', async () => {
    const source = '192.0.2.50';
    const tries = [];
    for (let i = 0; i <= BOOKING_LIMITS.lookup.maxAttempts; i++) tries.push(await call('GET', `/api/public/v1/bookings/AAAA${String(2222 + i).slice(-4).replace(/[01]/g, '2')}`, source));
    expect(tries.slice(0, -1).every((t) => t.code === 'not_found')).toBe(true);
    expect([tries.at(-1)!.status, tries.at(-1)!.code]).toEqual([429, 'rate_limited']);
  });

  it('refuses a booking posted from another site (Origin or Sec-Fetch-Site), not one from the booking page itself', async () => {
    const evil = await book('192.0.2.60', 'AKTA', '2026-12-09', '09:00', { origin: 'https://jahat.example' });
    expect([evil.status, evil.code]).toEqual([403, 'cross_site']);
    const fetched = await book('192.0.2.60', 'AKTA', '2026-12-09', '09:00', { 'sec-fetch-site': 'cross-site' });
    expect([fetched.status, fetched.code]).toEqual([403, 'cross_site']);
    const own = await book('192.0.2.60', 'AKTA', '2026-12-09', '09:00', { origin: server.url, 'sec-fetch-site': 'same-origin' });
    expect(own.status).toBe(200);
  });
});
