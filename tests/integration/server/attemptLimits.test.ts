import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshToken } from '../../../src/main/sync/kioskToken';
import { hashToken } from '../../../src/main/auth/tokens';
import { ENROLMENT_LIMIT, reserveAttempt, SIGN_IN_LIMIT } from '../../../src/server/auth/attemptLimiter';
import { sha256 } from '../../../src/server/auth/secrets';
import type { CityServer } from '../../../src/server/cityServer';
import { PROTOCOL_VERSION, SYNC_PATHS } from '../../../src/shared/sync/protocol';
import { ADMIN_PASSWORD, BACKENDS, CityServerHarness } from './cityServerHarness';
import { secondConnection, startInstance } from './instances';

const publicKey = generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
const WRONG_CODE = 'AAAA-BBBB-CCCC';

/**
 * As the load balancer forwards it: the client's own X-Forwarded-For entry (anything it likes, here a
 * different one each time) and then the address the balancer saw.
 */
const forwardedFor = (address: string, i: number) => ({ 'x-forwarded-for': `10.${i % 250}.0.1, ${address}` });

function signIn(server: CityServer, address: string, password: string, i = 0): Promise<Response> {
  return fetch(`${server.url}/admin/signin`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...forwardedFor(address, i) },
    body: new URLSearchParams({ username: 'admin', password }),
    redirect: 'manual',
  });
}

/** An enrolment request with `code`; the same body may be sent again (a retry). */
function enrolBody(code: string) {
  return { protocol: PROTOCOL_VERSION, code, replicaId: randomUUID(), requestId: randomUUID(), tokenHash: hashToken(freshToken()), publicKey, label: 'kios' };
}

async function enrol(server: CityServer, address: string, body: object, i = 0): Promise<{ status: number; code: string | undefined }> {
  const res = await fetch(`${server.url}${SYNC_PATHS.enrol}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...forwardedFor(address, i) },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { error?: { code: string } };
  return { status: res.status, code: json.error?.code };
}

const count = (statuses: number[], status: number) => statuses.filter((s) => s === status).length;

describe.each(BACKENDS)('attempt limits shared by two server instances on one %s database', (backend) => {
  let city: CityServerHarness;
  let second: Awaited<ReturnType<typeof secondConnection>>;
  let a: CityServer;
  let b: CityServer;
  let nowMs = Date.UTC(2026, 10, 30, 3, 0, 0);

  beforeAll(async () => {
    city = await CityServerHarness.start(backend);
    await city.createOffice('kel-oebobo', 'Kelurahan Oebobo');
    second = await secondConnection(backend, city.db);
    // Two instances behind one balancer: each believes only the address the balancer saw.
    a = await startInstance(city.db, { now: () => nowMs, trustedProxies: 1 });
    b = await startInstance(second.db, { now: () => nowMs, trustedProxies: 1 });
  }, 30_000);
  afterAll(async () => {
    await a.close();
    await b.close();
    await second.close();
    await city.close();
  });

  it('checks exactly 5 of 50 simultaneous wrong passwords from one address, whatever it writes into X-Forwarded-For', async () => {
    const address = '203.0.113.7';
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => signIn(i % 2 ? a : b, address, 'wrong password!', i)));
    const statuses = answers.map((r) => r.status);
    expect([count(statuses, 401), count(statuses, 429)]).toEqual([SIGN_IN_LIMIT.maxAttempts, 50 - SIGN_IN_LIMIT.maxAttempts]);
    for (const r of answers.filter((x) => x.status === 429)) expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);

    // Locked for the right password too, on either instance; another address is not.
    expect((await signIn(a, address, ADMIN_PASSWORD)).status).toBe(429);
    expect((await signIn(b, address, ADMIN_PASSWORD)).status).toBe(429);
    expect((await signIn(b, '203.0.113.8', ADMIN_PASSWORD)).status).toBe(303);

    nowMs += SIGN_IN_LIMIT.windowMs;
    expect((await signIn(a, address, ADMIN_PASSWORD)).status).toBe(303);
  }, 30_000);

  it('forgets the wrong passwords of an address once it signs in correctly', async () => {
    const address = '203.0.113.20';
    for (let i = 0; i < SIGN_IN_LIMIT.maxAttempts - 1; i++) expect((await signIn(i % 2 ? a : b, address, 'wrong password!')).status).toBe(401);
    expect((await signIn(a, address, ADMIN_PASSWORD)).status).toBe(303);
    const again = [];
    for (let i = 0; i < SIGN_IN_LIMIT.maxAttempts; i++) again.push((await signIn(i % 2 ? a : b, address, 'wrong password!')).status);
    expect(again).toEqual(Array(SIGN_IN_LIMIT.maxAttempts).fill(401));
    expect((await signIn(b, address, 'wrong password!')).status).toBe(429);
  }, 30_000);

  it('checks exactly 10 of 30 simultaneous wrong enrolment codes from one address; then even a valid code waits for the window', async () => {
    const address = '198.51.100.7';
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => enrol(i % 2 ? a : b, address, enrolBody(WRONG_CODE), i)));
    expect(answers.filter((r) => r.status === 403 && r.code === 'enrolment_code_invalid')).toHaveLength(ENROLMENT_LIMIT.maxAttempts);
    expect(answers.filter((r) => r.status === 429 && r.code === 'rate_limited')).toHaveLength(30 - ENROLMENT_LIMIT.maxAttempts);

    const valid = enrolBody(await city.enrolmentCode('kel-oebobo'));
    expect((await enrol(a, address, valid)).status).toBe(429);
    nowMs += ENROLMENT_LIMIT.windowMs;
    expect((await enrol(b, address, valid)).status).toBe(200);
  }, 30_000);

  it('gives a successful enrolment its try back without forgiving the wrong codes before it (a retried enrolment always succeeds)', async () => {
    const address = '198.51.100.20';
    for (let i = 0; i < ENROLMENT_LIMIT.maxAttempts - 1; i++) expect((await enrol(i % 2 ? a : b, address, enrolBody(WRONG_CODE))).status).toBe(403);
    const valid = enrolBody(await city.enrolmentCode('kel-oebobo'));
    expect((await enrol(a, address, valid)).status).toBe(200);
    expect((await enrol(b, address, valid)).status).toBe(200);
    expect((await enrol(a, address, enrolBody(WRONG_CODE))).status).toBe(403);
    expect((await enrol(b, address, enrolBody(WRONG_CODE))).status).toBe(429);
  }, 30_000);

  it('counts an IPv4 client once, however the listener spells its address', async () => {
    const t0 = Date.UTC(2027, 0, 1, 3, 0, 0);
    await reserveAttempt(city.db, SIGN_IN_LIMIT, '192.0.2.60', t0);
    const [row] = await city.db.query<{ attempts: number }>('SELECT attempts FROM attempt_limits WHERE key = $1', [sha256('192.0.2.60')]);
    await reserveAttempt(city.db, SIGN_IN_LIMIT, '::ffff:192.0.2.60', t0);
    const [after] = await city.db.query<{ attempts: number }>('SELECT attempts FROM attempt_limits WHERE key = $1', [sha256('192.0.2.60')]);
    expect([row?.attempts, after?.attempts]).toEqual([1, 2]);
  });

  it('keeps no client address and prunes the windows that ended', async () => {
    const rowsFor = async (addresses: string[]) =>
      (await city.db.query<{ n: number }>('SELECT COUNT(*)::int4 AS n FROM attempt_limits WHERE key = ANY($1)', [addresses.map((x) => sha256(x))]))[0]?.n;
    const t0 = Date.UTC(2027, 0, 10, 3, 0, 0);
    await reserveAttempt(city.db, ENROLMENT_LIMIT, '192.0.2.50', t0);
    await reserveAttempt(city.db, SIGN_IN_LIMIT, '192.0.2.51', t0 + 60_000);
    expect(await rowsFor(['192.0.2.50', '192.0.2.51'])).toBe(2);
    expect(JSON.stringify(await city.db.query('SELECT * FROM attempt_limits'))).not.toMatch(/192\.0\.2\.|203\.0\.113\.|198\.51\.100\./);

    // The next new window after 15 minutes sweeps the first one away; the second is still running.
    await reserveAttempt(city.db, ENROLMENT_LIMIT, '192.0.2.52', t0 + ENROLMENT_LIMIT.windowMs + 1);
    expect(await rowsFor(['192.0.2.50'])).toBe(0);
    expect(await rowsFor(['192.0.2.51', '192.0.2.52'])).toBe(2);
  });
});
