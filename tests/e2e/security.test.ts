import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONNECTION_LIMITS } from '../../src/main/lan/connectionLimits';
import { createNetnsPeer, netnsUnavailableReason, type NetnsPeer } from '../helpers/netnsPeer';
import { ServedOffice } from '../helpers/servedOffice';
import { tableFingerprint } from '../helpers/tableFingerprint';
import { testConfigInput } from '../helpers/testConfig';

/**
 * The office server as a stranger on the office LAN meets it: the office listens on every address, and
 * every attack comes from another host (a network namespace made by the test, with its own address).
 * After each refused call, no table has changed.
 */
const unavailable = netnsUnavailableReason();
if (unavailable) console.warn(`[security suite] skipped: ${unavailable}`);

interface HttpAnswer {
  status: number;
  body: string;
}
interface WsAnswer {
  opened: boolean;
  status: number | null;
  closeCode: number | null;
  received: string[];
}

const SUPERVISOR_PIN = '482915';
const CLERK_PIN = '604172';

let office: ServedOffice;
let peer: NetnsPeer;
let port = 0;
let supervisorToken = '';
let supervisorId = 0;
let clerkId = 0;
let loopback = '';
/** The office as the peer reaches it: its LAN address. */
let lan = '';

async function local(method: string, body: unknown, token?: string): Promise<HttpAnswer> {
  const res = await fetch(`${loopback}/api/v1/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.text() };
}

function fromPeer(method: string, body: unknown, headers: Record<string, string> = {}): Promise<HttpAnswer> {
  return peer.run<HttpAnswer>('http', {
    url: `${lan}/api/v1/${method}`,
    headers: { 'content-type': 'application/json', host: `${peer.hostAddress}:${port}`, ...headers },
    body: JSON.stringify(body),
  });
}

function code(answer: HttpAnswer): string {
  return (JSON.parse(answer.body) as { error?: { code: string } }).error?.code ?? 'ok';
}

/** The office database seen from outside, read-only, through the shared fingerprint. */
function fingerprint(): ReturnType<typeof tableFingerprint> {
  const db = new Database(join(office.dataDir, 'loket.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return tableFingerprint(db);
  } finally {
    db.close();
  }
}

async function unchangedBy<T>(attack: () => Promise<T>): Promise<T> {
  const before = fingerprint();
  const result = await attack();
  expect(fingerprint()).toEqual(before);
  return result;
}

describe.skipIf(unavailable !== null)(`the office server, attacked from another host on the LAN${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  beforeAll(async () => {
    peer = await createNetnsPeer();
    office = new ServedOffice(testConfigInput());
    await office.start({ LOKET_HOST: '0.0.0.0' });
    port = Number(new URL(office.url).port);
    loopback = `http://127.0.0.1:${port}`;
    lan = `http://${peer.hostAddress}:${port}`;
    const setup = await local('auth.setup', { setupCode: office.setupCode(), name: 'Kepala Kantor', pin: SUPERVISOR_PIN });
    expect(setup.status).toBe(200);
    supervisorToken = (JSON.parse(setup.body) as { result: { token: string } }).result.token;
    const clerk = await local('staff.create', { name: 'Maria', role: 'counter', pin: CLERK_PIN }, supervisorToken);
    clerkId = (JSON.parse(clerk.body) as { result: { id: number } }).result.id;
    const status = JSON.parse((await local('auth.status', {})).body) as { result: { supervisors: { id: number }[] } };
    supervisorId = status.result.supervisors[0]?.id ?? 0;
  });

  afterAll(async () => {
    peer?.close();
    await office?.remove();
  });

  it('reaches the office from a non-loopback address, which counts as no kiosk', async () => {
    const status = await fromPeer('auth.status', {});
    expect(status.status).toBe(200);
    const issue = await unchangedBy(() => fromPeer('tickets.issue', { serviceCode: 'KTP' }));
    expect(issue.status).toBe(401);
  });

  it('refuses a foreign Host on pages, API calls and the event stream (DNS rebinding), changing nothing', async () => {
    const page = await peer.run<HttpAnswer>('http', { url: `${lan}/kiosk`, method: 'GET', headers: { host: `evil.example:${port}` } });
    expect(page.status).toBe(403);
    const issue = await unchangedBy(() => fromPeer('tickets.issue', { serviceCode: 'KTP' }, { host: `evil.example:${port}` }));
    expect(issue.status).toBe(403);
    const signIn = await unchangedBy(() =>
      fromPeer('auth.signIn', { staffId: supervisorId, counter: null, pin: SUPERVISOR_PIN }, { host: `evil.example:${port}` }),
    );
    expect(signIn.status).toBe(403);
    const stream = await peer.run<WsAnswer>('ws', { url: `ws://${peer.hostAddress}:${port}/api/v1/events`, headers: { host: `evil.example:${port}` }, waitMs: 1500 });
    expect(stream.opened).toBe(false);
    expect(stream.status).toBe(403);
  });

  it("refuses a foreign Origin even with the supervisor's own credential, on HTTP and on the event stream", async () => {
    const withOrigin = await unchangedBy(() =>
      fromPeer('staff.create', { name: 'Penyusup', role: 'supervisor', pin: '730514' }, {
        authorization: `Bearer ${supervisorToken}`,
        origin: 'http://evil.example',
      }),
    );
    expect(withOrigin.status).toBe(403);
    const crossSite = await unchangedBy(() =>
      fromPeer('staff.create', { name: 'Penyusup', role: 'supervisor', pin: '730514' }, {
        authorization: `Bearer ${supervisorToken}`,
        'sec-fetch-site': 'cross-site',
      }),
    );
    expect(crossSite.status).toBe(403);
    const stream = await peer.run<WsAnswer>('ws', {
      url: `ws://${peer.hostAddress}:${port}/api/v1/events`,
      headers: { host: `${peer.hostAddress}:${port}` },
      origin: 'http://evil.example',
      send: [JSON.stringify({ type: 'auth', token: supervisorToken })],
      waitMs: 1500,
    });
    expect(stream.opened).toBe(false);
    expect(stream.status).toBe(403);
  });

  it('accepts only JSON for calls that change something (no form or text/plain request from another page)', async () => {
    const answer = await unchangedBy(() =>
      peer.run<HttpAnswer>('http', {
        url: `${lan}/api/v1/staff.create`,
        headers: { 'content-type': 'text/plain', host: `${peer.hostAddress}:${port}`, authorization: `Bearer ${supervisorToken}` },
        body: JSON.stringify({ name: 'Penyusup', role: 'supervisor', pin: '730514' }),
      }),
    );
    expect(answer.status).toBe(415);
  });

  it('closes an event stream that sends an oversized message or never authenticates, and does not grow in memory', async () => {
    const rss = (): number => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${office.pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    const oversized = (): Promise<WsAnswer> =>
      peer.run<WsAnswer>('ws', {
        url: `ws://${peer.hostAddress}:${port}/api/v1/events`,
        headers: { host: `${peer.hostAddress}:${port}` },
        send: [{ bytes: 100 * 1024 * 1024 }],
        // A ceiling, not a wait: the answer comes with the close. Six peers writing 100 MB each on a busy
        // 2-core machine can take longer than the office's own 5 s auth time to see it.
        waitMs: 30_000,
      });
    // The first oversized message raises the office's memory once (on Node 24 about 70 MB here, while a small
    // message costs nothing: its buffers and heap grow on the first burst of incoming data). What must hold
    // is that more attacks, six at once, add nothing to that: measured after one.
    await oversized();
    const before = rss();
    const attempts = await Promise.all(Array.from({ length: 6 }, oversized));
    for (const attempt of attempts) {
      expect(attempt.received).toEqual([]);
      // 1009: too big, judged from the frame header; 4408: the message was still being prepared when the 5 s auth time ran out
      expect([1009, 4408]).toContain(attempt.closeCode);
    }
    expect(rss() - before).toBeLessThan(64 * 1024 * 1024);

    const silent = await peer.run<WsAnswer>('ws', {
      url: `ws://${peer.hostAddress}:${port}/api/v1/events`,
      headers: { host: `${peer.hostAddress}:${port}` },
      waitMs: 15_000,
    });
    expect(silent.opened).toBe(true);
    expect(silent.received).toEqual([]);
    expect(silent.closeCode).not.toBeNull();

    const badToken = await peer.run<WsAnswer>('ws', {
      url: `ws://${peer.hostAddress}:${port}/api/v1/events`,
      headers: { host: `${peer.hostAddress}:${port}` },
      send: [JSON.stringify({ type: 'auth', token: 'x'.repeat(43) })],
      waitMs: 5_000,
    });
    expect(badToken.received).toEqual([]);
    expect(badToken.closeCode).toBe(4401);
  }, 120_000);

  it('decides a burst of simultaneous sign-ins one at a time: the right PIN inside the burst opens nothing once the limit is reached', async () => {
    const wrong = (i: number): string => String(300000 + i * 13);
    const requests = Array.from({ length: 300 }, (_, i) => ({
      url: `${lan}/api/v1/auth.signIn`,
      headers: { 'content-type': 'application/json', host: `${peer.hostAddress}:${port}` },
      body: JSON.stringify({ staffId: clerkId, counter: 1, pin: i === 10 ? CLERK_PIN : wrong(i) }),
    }));
    const sessionsBefore = fingerprint().sessions;
    expect(sessionsBefore).toBeDefined();
    const { results } = await peer.run<{ results: HttpAnswer[] }>('burst', { requests });
    const codes = results.map(code);
    expect(codes.filter((c) => c === 'ok')).toEqual([]);
    // the source is stopped after a few wrong PINs, before the account's five
    expect(codes.filter((c) => c === 'wrong_pin').length).toBeLessThanOrEqual(4);
    expect(codes.filter((c) => c === 'locked').length).toBeGreaterThanOrEqual(296);
    expect(fingerprint().sessions).toEqual(sessionsBefore);

    // the clerk, at the counter PC, is not locked out by the stranger
    const clerk = await local('auth.signIn', { staffId: clerkId, counter: 1, pin: CLERK_PIN });
    expect(clerk.status).toBe(200);
    const locked = JSON.parse(results.find((r) => code(r) === 'locked')?.body ?? '{}') as { error: { message: string; params?: { retryAfterSeconds?: number } } };
    expect(locked.error.params?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("never opens a counter with the supervisor's PIN, and never tells whose PIN a wrong one was", async () => {
    const atCounter = await local('auth.signIn', { staffId: supervisorId, counter: 2, pin: SUPERVISOR_PIN });
    expect(atCounter.status).not.toBe(200);
    const clerkAsSupervisor = await local('auth.signIn', { staffId: clerkId, counter: null, pin: CLERK_PIN });
    expect(clerkAsSupervisor.status).not.toBe(200);
    const othersPin = await local('auth.signIn', { staffId: clerkId, counter: 2, pin: SUPERVISOR_PIN });
    expect(code(othersPin)).toBe('wrong_pin');
    expect(othersPin.body).not.toMatch(/Kepala|supervisor/i);
  });

  it('lets a flood of pairing requests from one host block only that host', async () => {
    const flood = await peer.run<{ results: HttpAnswer[] }>('burst', {
      requests: Array.from({ length: 30 }, (_, i) => ({
        url: `${lan}/api/v1/devices.pairRequest`,
        headers: { 'content-type': 'application/json', host: `${peer.hostAddress}:${port}` },
        body: JSON.stringify({ role: 'display', label: `TV palsu ${i}` }),
      })),
    });
    expect(flood.results.filter((r) => r.status === 429).length).toBeGreaterThan(0);
    const real = await local('devices.pairRequest', { role: 'display', label: 'TV ruang tunggu' });
    expect(real.status).toBe(200);
  });

  it('accepts only a printer for the printer and only an export folder for the export, even from the supervisor', async () => {
    const victim = join(office.dir.path, 'profile');
    writeFileSync(victim, 'echo hello\n');
    const current = JSON.parse((await local('settings.get', {}, supervisorToken)).body) as { result: { config: Record<string, unknown> } };
    const withPrinter = (transport: Record<string, unknown>) => ({
      config: { ...current.result.config, printer: { ...(current.result.config.printer as object), transport } },
      confirm: true,
    });
    const asSupervisor = { authorization: `Bearer ${supervisorToken}` };
    for (const transport of [
      { type: 'device', path: victim },
      { type: 'device', path: '/etc/profile' },
      { type: 'device', path: '/dev/usb/../../tmp/x' },
      { type: 'tcp', host: '8.8.8.8', port: 9100 },
      { type: 'tcp', host: '203.0.113.7', port: 22 },
    ]) {
      const answer = await unchangedBy(() => fromPeer('settings.update', withPrinter(transport), asSupervisor));
      expect(answer.status, JSON.stringify(transport)).toBe(400);
      expect(answer.body).toMatch(/printer\.transport\.(path|host|port)/);
    }
    expect(readFileSync(victim, 'utf8')).toBe('echo hello\n');

    const exported = await unchangedBy(() => fromPeer('sync.exportFile', { directory: office.dir.path }, asSupervisor));
    expect(exported.status).toBe(400);
    expect(exported.body).toMatch(/neither on removable media nor in a configured export folder/);
  });

  it('caps the connections one host may hold open', async () => {
    // One address may hold 32 connections: the other 168 are closed by the office as they arrive.
    const cap = DEFAULT_CONNECTION_LIMITS.lan.sockets;
    const { closedByServer } = await peer.run<{ closedByServer: number }>('connections', { host: peer.hostAddress, port, count: 200, untilClosed: 200 - cap, holdMs: 15_000 });
    expect(closedByServer).toBeGreaterThan(0);
    expect(closedByServer).toBe(200 - cap);
    // the office still serves everyone else
    expect((await local('auth.status', {})).status).toBe(200);
  });

  it('lists the refusals for the supervisor, with the stranger’s address', async () => {
    const recent = JSON.parse((await local('security.recent', {}, supervisorToken)).body) as {
      result: { events: { kind: string; source: string }[] };
    };
    const fromStranger = recent.result.events.filter((e) => e.source.endsWith(peer.peerAddress));
    expect(new Set(fromStranger.map((e) => e.kind))).toEqual(
      new Set(['origin_refused', 'signin_refused', 'pairing_refused', 'connection_refused']),
    );
  });
});
