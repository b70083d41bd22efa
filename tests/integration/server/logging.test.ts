import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CityServer } from '../../../src/server/cityServer';
import type { LogLevel } from '../../../src/server/observability/logger';
import { PROTOCOL_VERSION, SYNC_PATHS } from '../../../src/shared/sync/protocol';
import { ADMIN_PASSWORD, CityServerHarness, type TestKiosk } from './cityServerHarness';
import { startInstance } from './instances';

interface Line {
  level: string;
  time: string;
  msg: string;
  method?: string;
  route?: string | null;
  status?: number;
  durationMs?: number;
  kioskId?: string;
}

/** A server on the harness's database whose log lines are kept in `lines`. */
async function loggingInstance(city: CityServerHarness, level: LogLevel): Promise<{ server: CityServer; lines: string[] }> {
  const lines: string[] = [];
  const server = await startInstance(city.db, { logger: { level, stream: { write: (line) => void lines.push(line) } } });
  return { server, lines };
}

const parsed = (lines: string[]): Line[] => lines.map((l) => JSON.parse(l) as Line);

describe('the JSON log lines of the city server', () => {
  let city: CityServerHarness;
  let kiosk: TestKiosk;
  let info: Awaited<ReturnType<typeof loggingInstance>>;
  let code: string;

  beforeAll(async () => {
    city = await CityServerHarness.start('pglite');
    await city.createOffice('dukcapil', 'Dinas Dukcapil Kota Kupang');
    kiosk = await city.enrol('dukcapil');
    code = await city.enrolmentCode('dukcapil');
    info = await loggingInstance(city, 'info');
    const { url } = info.server;
    const json = { 'content-type': 'application/json' };
    await fetch(`${url}${SYNC_PATHS.push}`, {
      method: 'POST',
      headers: { ...json, authorization: `Bearer ${kiosk.token}` },
      body: JSON.stringify({ protocol: PROTOCOL_VERSION, replicaId: kiosk.replicaId, through: 1, sentAt: city.nowMs, rows: [{ date: '2026-11-30', metric: 'wait.count.KTP', value: 2 }] }),
    });
    await fetch(`${url}/admin/signin`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: 'loket_admin=stolen-cookie-value', authorization: 'Bearer not-a-kiosk-token-at-all' },
      body: new URLSearchParams({ username: 'admin', password: `${ADMIN_PASSWORD} typo` }),
      redirect: 'manual',
    });
    // A malformed enrolment (no key) carrying a real code: refused before any attempt is spent.
    await fetch(`${url}${SYNC_PATHS.enrol}`, { method: 'POST', headers: json, body: JSON.stringify({ protocol: PROTOCOL_VERSION, code }) });
    await fetch(`${url}/healthz`);
    await fetch(`${url}/readyz`);
    await fetch(`${url}/api/public/v1/ikm?from=2026-11-01&to=2026-11-30`);
    await info.server.close();
  }, 30_000);
  afterAll(() => city.close());

  it('are one JSON object per line, with a level word and an ISO time', () => {
    expect(info.lines.length).toBeGreaterThan(0);
    for (const line of info.lines) {
      expect(line.endsWith('\n')).toBe(true);
      expect(line.trimEnd()).not.toContain('\n');
      const l = JSON.parse(line) as Line;
      expect(['info', 'warn', 'error']).toContain(l.level);
      expect(new Date(l.time).toISOString()).toBe(l.time);
    }
  });

  it('hold one line per request with method, route, status and duration, and the kiosk on sync routes', () => {
    const requests = parsed(info.lines).filter((l) => l.msg === 'request');
    const push = requests.filter((l) => l.route === SYNC_PATHS.push);
    expect(push).toEqual([expect.objectContaining({ level: 'info', method: 'POST', status: 200, kioskId: kiosk.kioskId, durationMs: expect.any(Number) })]);
    expect(requests.filter((l) => l.route === '/admin/signin')).toEqual([expect.objectContaining({ method: 'POST', status: 401 })]);
    expect(requests.filter((l) => l.route === SYNC_PATHS.enrol)).toEqual([expect.objectContaining({ status: 400 })]);
    expect(requests.filter((l) => l.route === '/api/public/v1/ikm')).toEqual([expect.objectContaining({ method: 'GET', status: 200 })]);
    // Probes stay below info, so a balancer polling every second does not fill the log.
    expect(requests.filter((l) => l.route === '/healthz' || l.route === '/readyz')).toEqual([]);
  });

  it('never hold a token, a cookie, a password or an enrolment code', () => {
    const all = info.lines.join('');
    for (const secret of [kiosk.token, 'stolen-cookie-value', 'not-a-kiosk-token-at-all', ADMIN_PASSWORD, code, code.replace(/-/g, '')]) {
      expect(all).not.toContain(secret);
    }
  });

  it('show the probes at debug', async () => {
    const debug = await loggingInstance(city, 'debug');
    await fetch(`${debug.server.url}/healthz`);
    await fetch(`${debug.server.url}/readyz`);
    await debug.server.close();
    const probes = parsed(debug.lines).filter((l) => l.msg === 'request');
    expect(probes.map((l) => [l.level, l.route, l.status])).toEqual([
      ['debug', '/healthz', 200],
      ['debug', '/readyz', 200],
    ]);
  });
});
