import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CityServer } from '../../../src/server/cityServer';
import { BACKENDS, CityServerHarness } from '../server/cityServerHarness';
import { startInstance } from '../server/instances';
import { bookableOffice, oeboboConfig } from './bookingFixtures';

const MONDAY_11 = Date.UTC(2026, 10, 30, 3, 0, 0);
// AKTA at 1 minute a visitor: 30 seats a slot.
const config = oeboboConfig();
config.services = config.services.map((s) => (s.code === 'AKTA' ? { ...s, defaultServiceMinutes: 1 } : s));

describe.each(BACKENDS)('the last seats of a slot under a rush (%s)', (backend) => {
  let city: CityServerHarness;
  let server: CityServer;

  beforeAll(async () => {
    // Enough connections and queue that no request is shed: every one of them reaches the slot's row.
    city = await CityServerHarness.start(backend, MONDAY_11, { maxConnections: 20, maxWaiting: 5_000 });
    await bookableOffice(city, config);
    server = await startInstance(city.db, { now: () => MONDAY_11, trustedProxies: 1 });
  }, 30_000);
  afterAll(async () => {
    await server?.close();
    await city?.close();
  });

  // All 1,000 are sent at once; 400 sockets stay under the listener's backlog (511), the rest wait their turn in the client.
  const agent = new Agent({ keepAlive: true, maxSockets: 400 });
  afterAll(() => agent.destroy());
  const book = (i: number) =>
    new Promise<{ status: number; code: string | undefined }>((resolve, reject) => {
      const body = JSON.stringify({ officeId: 'kel-oebobo', serviceCode: 'AKTA', day: '2026-12-01', slot: '10:00' });
      const req = request(
        `${server.url}/api/public/v1/bookings`,
        { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-forwarded-for': `10.${(i >> 8) & 255}.${i & 255}.1` } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, code: (JSON.parse(Buffer.concat(chunks).toString('utf8')) as any).error?.code }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });

  it('1,000 simultaneous requests for the last 10 of 30 seats end with exactly 10 more bookings', async () => {
    for (let i = 0; i < 20; i++) expect((await book(5000 + i)).status).toBe(200);
    const answers = await Promise.all(Array.from({ length: 1000 }, (_, i) => book(i)));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(10);
    expect(answers.filter((a) => a.status === 409 && a.code === 'slot_full')).toHaveLength(990);
    const [row] = await city.db.query<{ n: number; booked: number }>(
      "SELECT (SELECT count(*)::int FROM bookings WHERE service_code = 'AKTA' AND day = '2026-12-01' AND slot = '10:00') AS n, (SELECT booked FROM booking_slots WHERE service_code = 'AKTA' AND day = '2026-12-01' AND slot = '10:00') AS booked",
    );
    expect(row).toEqual({ n: 30, booked: 30 });
  }, 120_000);
});
