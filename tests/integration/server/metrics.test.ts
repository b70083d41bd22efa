import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CityServer } from '../../../src/server/cityServer';
import { SYNC_PATHS } from '../../../src/shared/sync/protocol';
import { BACKENDS, CityServerHarness, holdConnection } from './cityServerHarness';
import { metricValue, startInstance } from './instances';

const TOKEN = 'metrics-token-for-the-tests-0123456789';
const D = '2026-11-30';
const row = (metric: string, value: number, date = D) => ({ date, metric, value });

async function scrape(url: string): Promise<string> {
  const res = await fetch(`${url}/metrics`);
  expect(res.status).toBe(200);
  return res.text();
}

describe('who may read /metrics', () => {
  let city: CityServerHarness;
  let withToken: CityServer;
  let withoutToken: CityServer;

  beforeAll(async () => {
    city = await CityServerHarness.start('pglite');
    withToken = await startInstance(city.db, { metricsToken: TOKEN });
    withoutToken = await startInstance(city.db);
  }, 30_000);
  afterAll(async () => {
    await withToken.close();
    await withoutToken.close();
    await city.close();
  });

  const get = (server: CityServer, remoteAddress: string, headers: Record<string, string> = {}) =>
    server.app.inject({ method: 'GET', url: '/metrics', remoteAddress, headers });

  it('answers a caller on this machine, in Prometheus text format', async () => {
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) {
      const res = await get(withoutToken, address);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
      expect(res.body).toContain('# TYPE loket_sync_pushes_total counter');
      expect(res.body).toContain('process_cpu_user_seconds_total');
    }
  });

  it('is a plain 404 for any other caller without the token, and for a local proxy forwarding one', async () => {
    const unknownRoute = await withoutToken.app.inject({ method: 'GET', url: '/no-such-page', remoteAddress: '203.0.113.9' });
    for (const res of [
      await get(withoutToken, '203.0.113.9'),
      await get(withoutToken, '203.0.113.9', { authorization: `Bearer ${TOKEN}` }),
      await get(withToken, '203.0.113.9'),
      await get(withToken, '203.0.113.9', { authorization: `Bearer ${TOKEN}x` }),
      await get(withToken, '203.0.113.9', { authorization: TOKEN }),
      await get(withToken, '10.0.0.8', { authorization: `Bearer ${TOKEN.slice(0, -1)}` }),
      await get(withoutToken, '127.0.0.1', { 'x-forwarded-for': '203.0.113.9' }),
      await get(withoutToken, '127.0.0.1', { forwarded: 'for=203.0.113.9' }),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('loket_');
      expect(JSON.parse(res.body).error).toBe(JSON.parse(unknownRoute.body).error);
    }
  });

  it('answers any caller that sends LOKET_METRICS_TOKEN', async () => {
    const res = await get(withToken, '203.0.113.9', { authorization: `Bearer ${TOKEN}` });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('loket_db_pool_connections');
  });
});

describe.each(BACKENDS)('the counters of /metrics on %s', (backend) => {
  let city: CityServerHarness;

  beforeAll(async () => {
    city = await CityServerHarness.start(backend);
    await city.createOffice('dukcapil', 'Dinas Dukcapil Kota Kupang');
  }, 30_000);
  afterAll(() => city.close());

  it('move with real enrolments and pushes: outcomes, rows by result, refusals by code and latency', async () => {
    const before = await scrape(city.url);
    expect(metricValue(before, 'loket_sync_pushes_total{outcome="ok"}')).toBe(0);
    expect(metricValue(before, 'loket_sync_push_rows_total{result="applied"}')).toBe(0);

    const kiosk = await city.enrol('dukcapil');
    expect((await city.push(kiosk, [row('tickets.issued.KTP.regular', 5), row('wait.count.KTP', 3)], 1)).status).toBe(200);
    expect((await city.push(kiosk, [row('tickets.issued.KTP.regular', 5), row('wait.count.KTP', 4)], 2)).status).toBe(200);
    expect((await city.push(kiosk, [row('tickets.issued.KTP.regular', 4)], 1)).json.olderCount).toBe(1);
    const future = await city.push(kiosk, [row('wait.count.KTP', 9, '2027-03-01'), row('wait.count.KK', 1)], 3);
    expect(future.json.error.code).toBe('date_in_future');
    expect((await city.push({ ...kiosk, token: 'x'.repeat(43) }, [row('wait.count.KTP', 9)], 3)).status).toBe(401);

    const after = await scrape(city.url);
    expect(metricValue(after, 'loket_sync_enrolments_total{outcome="ok"}')).toBe(1);
    expect(metricValue(after, 'loket_sync_pushes_total{outcome="ok"}')).toBe(3);
    expect(metricValue(after, 'loket_sync_pushes_total{outcome="date_in_future"}')).toBe(1);
    expect(metricValue(after, 'loket_sync_pushes_total{outcome="reenrol_required"}')).toBe(1);
    expect(metricValue(after, 'loket_sync_push_rows_total{result="applied"}')).toBe(3);
    expect(metricValue(after, 'loket_sync_push_rows_total{result="unchanged"}')).toBe(1);
    expect(metricValue(after, 'loket_sync_push_rows_total{result="older"}')).toBe(1);
    expect(metricValue(after, 'loket_sync_push_rows_total{result="refused"}')).toBe(3);
    expect(metricValue(after, `loket_refusals_total{route="${SYNC_PATHS.push}",code="date_in_future"}`)).toBe(1);
    expect(metricValue(after, 'loket_sync_push_duration_seconds_count')).toBe(5);
    expect(metricValue(after, 'loket_sync_push_duration_seconds_sum')).toBeGreaterThan(0);
    expect(metricValue(after, 'loket_db_pool_wait_seconds_count')).toBeGreaterThan(0);
    expect(metricValue(after, 'loket_db_pool_connections{state="total"}')).toBeGreaterThanOrEqual(1);
    expect(metricValue(after, 'loket_db_pool_waiting_requests')).toBe(0);
  }, 30_000);

  it('count wrong passwords and the tries the attempt limit refused', async () => {
    const tryPassword = () =>
      fetch(`${city.url}/admin/signin`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ username: 'admin', password: 'not the password' }),
        redirect: 'manual',
      });
    const statuses = [];
    for (let i = 0; i < 7; i++) statuses.push((await tryPassword()).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    const text = await scrape(city.url);
    expect(metricValue(text, 'loket_admin_signin_failures_total')).toBe(5);
    expect(metricValue(text, 'loket_attempt_limit_refusals_total{scope="admin_signin"}')).toBe(2);
  }, 30_000);

  it('are per server instance: another instance on the same database starts from zero', async () => {
    const other = await startInstance(city.db);
    try {
      const text = await scrape(other.url);
      expect(metricValue(text, 'loket_sync_pushes_total{outcome="ok"}')).toBe(0);
      expect(metricValue(text, 'loket_admin_signin_failures_total')).toBe(0);
      expect(metricValue(await scrape(city.url), 'loket_sync_pushes_total{outcome="ok"}')).toBeGreaterThan(0);
    } finally {
      await other.close();
    }
  });
});

describe('the overload counter of /metrics on PostgreSQL', () => {
  let city: CityServerHarness | undefined;
  afterEach(async () => {
    await city?.close();
    city = undefined;
  });

  it('counts a 503 answered because no database connection was free in time', async () => {
    city = await CityServerHarness.start('postgres', undefined, { maxConnections: 1, maxWaiting: 10, connectTimeoutMs: 300 });
    await city.createOffice('kel-oebobo', 'Kelurahan Oebobo');
    const kiosk = await city.enrol('kel-oebobo');
    const busy = holdConnection(city.db, 1200);
    await busy.held;
    expect((await city.push(kiosk, [row('wait.count.KTP', 1)], 1)).status).toBe(503);
    await busy.released;
    const text = await scrape(city.url);
    expect(metricValue(text, `loket_overload_responses_total{route="${SYNC_PATHS.push}"}`)).toBe(1);
    expect(metricValue(text, 'loket_sync_pushes_total{outcome="unavailable"}')).toBe(1);
    expect(metricValue(text, 'loket_db_pool_connections{state="total"}')).toBe(1);
  }, 20_000);
});
