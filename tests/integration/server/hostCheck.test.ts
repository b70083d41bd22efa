import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CityServer } from '../../../src/server/cityServer';
import { readServerConfig } from '../../../src/server/config';
import { CityServerHarness } from './cityServerHarness';
import { startInstance } from './instances';

/**
 * DNS rebinding against the city server: a page on evil.example whose name resolves to the server sends
 * "Host: evil.example". Every surface (booking site, public IKM, sync API, admin) refuses it before any
 * route runs, and nothing is booked; the server's listed names, its addresses and localhost are served.
 */
let city: CityServerHarness;
let server: CityServer;

beforeAll(async () => {
  city = await CityServerHarness.start('pglite');
  server = await startInstance(city.db, { hostNames: ['loket.kupangkota.go.id'] });
}, 30_000);

afterAll(async () => {
  await server?.close();
  await city?.close();
});

/** A request with the Host header a browser would send after resolving `host` to this server. */
function send(path: string, host: string, method = 'GET', body?: string): Promise<{ status: number; body: string }> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path, method, headers: { host, ...(body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {}) } },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('the city server and the Host header', () => {
  it.each(['/booking', '/ikm', '/api/public/v1/booking/offices', '/admin', '/api/sync/v1/bookings?day=2026-12-03'])('refuses %s under a foreign name, saying which setting admits a name', async (path) => {
    const res = await send(path, 'evil.example');
    expect(res.status).toBe(421);
    expect(JSON.parse(res.body).error.message).toContain('LOKET_SERVER_HOSTS');
  });

  it('books nothing for a POST under a foreign name', async () => {
    const res = await send('/api/public/v1/bookings', 'evil.example:5180', 'POST', JSON.stringify({ officeId: 'x', serviceCode: 'KTP', day: '2026-12-03', slot: '10:00' }));
    expect(res.status).toBe(421);
    const [row] = await city.db.query<{ n: number }>('SELECT count(*)::int AS n FROM bookings');
    expect(row?.n).toBe(0);
  });

  it('serves its listed name (any case, with a port or a trailing dot), its addresses and localhost', async () => {
    for (const host of ['loket.kupangkota.go.id', 'LOKET.Kupangkota.go.id.:443', '127.0.0.1:5180', '[::1]:5180', '10.20.0.5', 'localhost:5180']) {
      expect((await send('/booking', host)).status, host).toBe(200);
    }
    expect((await send('/healthz', 'evil.kupangkota.go.id')).status).toBe(421);
  });

  it('takes its names from LOKET_SERVER_HOSTS and names a bad one', () => {
    expect(readServerConfig({ LOKET_SERVER_HOSTS: ' Loket.KupangKota.go.id, booking.kupangkota.go.id ' }).hostNames).toEqual(['loket.kupangkota.go.id', 'booking.kupangkota.go.id']);
    expect(readServerConfig({}).hostNames).toEqual([]);
    expect(() => readServerConfig({ LOKET_SERVER_HOSTS: 'loket.kupangkota.go.id, http://x/' })).toThrow('LOKET_SERVER_HOSTS must list host names separated by commas (e.g. loket.kupangkota.go.id), not "http://x/"');
  });
});
