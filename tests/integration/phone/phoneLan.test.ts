import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Caller } from '../../../src/main/auth/caller';
import { startOffice, type RunningOffice } from '../../../src/main/office';
import { PHONE_GUESS_LIMIT } from '../../../src/main/phone/phoneCodeGuards';
import { createNetnsPeer, netnsUnavailableReason, type NetnsPeer } from '../../helpers/netnsPeer';
import { tableFingerprint } from '../../helpers/tableFingerprint';
import { makeTempDir } from '../../helpers/tempDir';
import { testConfigInput } from '../../helpers/testConfig';

/**
 * The phone page over the LAN, from another host: a network namespace (tests/helpers/netnsPeer.ts) stands
 * in for a visitor's phone on the office Wi-Fi. It opens the office by its public address, a name only
 * lan.publicUrl makes the office answer to.
 */
const unavailable = netnsUnavailableReason();
const PUBLIC_NAME = 'loket-kantor.test';
const SUPERVISOR: Caller = { role: 'supervisor', via: 'test' };

interface HttpAnswer {
  status: number;
  body: string;
}
interface SseAnswer {
  status: number | null;
  received: { event: string; data: any }[];
}

let office: RunningOffice;
let dir: ReturnType<typeof makeTempDir>;
let peer: NetnsPeer;
let port = 0;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const p = (server.address() as AddressInfo).port;
  await new Promise((r) => server.close(r));
  return p;
}

/** What the peer's phone sends: the public address in the URL's place (its Host), the office's LAN address to connect to. */
function fromPhone(path: string, options: { method?: string; body?: unknown; host?: string } = {}): Promise<HttpAnswer> {
  return peer.run<HttpAnswer>('http', {
    url: `http://${peer.hostAddress}:${port}${path}`,
    method: options.method ?? 'POST',
    headers: { 'content-type': 'application/json', host: options.host ?? `${PUBLIC_NAME}:${port}`, origin: `http://${options.host ?? `${PUBLIC_NAME}:${port}`}` },
    body: options.body === undefined ? '' : JSON.stringify(options.body),
  });
}

const phoneApi = (method: string, input: unknown, host?: string) =>
  fromPhone(`/api/v1/${method}`, { body: input, ...(host ? { host } : {}) }).then((a) => ({ status: a.status, json: JSON.parse(a.body) }));

const staff = <T>(method: string, input: unknown): T => {
  const out = office.dispatcher.dispatch(method, input, SUPERVISOR);
  if (out instanceof Promise || !out.ok) throw new Error(`${method} failed: ${JSON.stringify(out)}`);
  return out.result as T;
};

describe.skipIf(unavailable !== null)(`the phone page from another host on the office Wi-Fi${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  beforeAll(async () => {
    peer = await createNetnsPeer();
    port = await freePort();
    dir = makeTempDir();
    const configPath = join(dir.path, 'office.json');
    writeFileSync(configPath, JSON.stringify(testConfigInput({ lan: { publicUrl: `http://${PUBLIC_NAME}:${port}` } })));
    const rendererDir = join(dir.path, 'renderer');
    mkdirSync(join(rendererDir, 'phone'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Loket</title>');
    writeFileSync(join(rendererDir, 'phone', 'phone.js'), '/* the phone bundle */');
    office = await startOffice({
      configPath,
      dataDir: join(dir.path, 'data'),
      host: '0.0.0.0',
      port,
      loopbackIsKiosk: true,
      rendererDir,
      shell: { announceSetupCode: () => Promise.resolve({ printed: true, detail: 'captured by the test' }) },
    });
  });
  afterAll(async () => {
    await office?.close();
    peer?.close();
    dir?.remove();
  });
  afterEach(() => vi.restoreAllMocks());

  it('serves the page and its script to the public address, and the ticket it names', async () => {
    const t = office.core.issue({ serviceCode: 'KTP' });
    const code = office.core.phoneCodeOf(t.id) as string;
    const page = await fromPhone(`/t/${code}`, { method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<html lang="id">');
    // Its own strict policy: no inline script, nothing from elsewhere.
    const csp = await new Promise<string>((resolve, reject) => {
      const req = request(`http://127.0.0.1:${port}/t/${code}`, { headers: { host: `${PUBLIC_NAME}:${port}` } }, (res) => {
        res.resume();
        resolve(String(res.headers['content-security-policy']));
      });
      req.on('error', reject);
      req.end();
    });
    expect(csp).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; media-src 'self' data: blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(page.body).toContain('<script src="/phone/phone.js"></script>');
    expect(page.body).toContain('"phone.called.go":"Silakan ke {counter}"');
    expect((await fromPhone('/phone/phone.js', { method: 'GET' })).status).toBe(200);
    const answer = await phoneApi('phone.ticket', { code });
    expect(answer.status).toBe(200);
    expect(answer.json.result).toMatchObject({ label: t.label, state: 'waiting', aheadCount: 0 });
  });

  it('streams the ticket live: its view at once, then the call', async () => {
    staff('counters.open', { counter: 1 });
    const ahead = office.core.issue({ serviceCode: 'KTP' });
    const mine = office.core.issue({ serviceCode: 'KTP' });
    const code = office.core.phoneCodeOf(mine.id) as string;
    const before = office.phoneLive.open;
    // The view now, then one refresh after the whole run of calls below (they share one tick): two events.
    const stream = peer.run<SseAnswer>('sse', { url: `http://${peer.hostAddress}:${port}/t/${code}/events`, headers: { host: `${PUBLIC_NAME}:${port}` }, events: 2, waitMs: 10_000 });
    await vi.waitFor(() => expect(office.phoneLive.open).toBe(before + 1));
    const firstAhead = (await phoneApi('phone.ticket', { code })).json.result.aheadCount as number;
    // Serve everyone before this ticket, then call it.
    for (const t of office.core.snapshot().services.find((s) => s.code === 'KTP')!.waiting) {
      if (t.id === mine.id) break;
      staff('counters.callTicket', { counter: 1, ticketId: t.id, reason: 'test' });
      staff('tickets.start', { counter: 1, ticketId: t.id });
      staff('tickets.finish', { counter: 1, ticketId: t.id });
    }
    staff('counters.callNext', { counter: 1 });
    const answer = await stream;
    expect(answer.status).toBe(200);
    expect(answer.received[0]).toMatchObject({ event: 'ticket', data: { label: mine.label, state: 'waiting', aheadCount: firstAhead } });
    expect(answer.received.at(-1)).toMatchObject({ event: 'ticket', data: { state: 'called', counterName: 'Loket 1' } });
    expect(answer.received).toHaveLength(2);
    expect(ahead.id).not.toBe(mine.id);
  }, 15_000);

  it('refuses a foreign Host on the page, the API and the stream, and says so on the security log', async () => {
    const t = office.core.issue({ serviceCode: 'KTP' });
    const code = office.core.phoneCodeOf(t.id) as string;
    const foreign = `evil.example:${port}`;
    expect((await fromPhone(`/t/${code}`, { method: 'GET', host: foreign })).status).toBe(403);
    expect((await phoneApi('phone.ticket', { code }, foreign)).status).toBe(403);
    const stream = await peer.run<SseAnswer>('sse', { url: `http://${peer.hostAddress}:${port}/t/${code}/events`, headers: { host: foreign }, waitMs: 3000 });
    expect(stream.status).toBe(403);
    expect(office.security.recent().events.find((e) => e.kind === 'origin_refused')).toMatchObject({ source: peer.peerAddress });
  });

  it('stops a guesser after a few unknown codes, reports its address, and changes nothing', async () => {
    const before = tableFingerprint(office.store.db);
    const answers: number[] = [];
    for (let i = 0; i < PHONE_GUESS_LIMIT.misses + 2; i++) {
      answers.push((await phoneApi('phone.ticket', { code: `${String(i).padStart(2, '0')}ZZZZZZZZZZZ` })).status);
    }
    expect(answers.slice(0, PHONE_GUESS_LIMIT.misses)).toEqual(new Array(PHONE_GUESS_LIMIT.misses).fill(404));
    expect(answers.slice(PHONE_GUESS_LIMIT.misses)).toEqual([429, 429]);
    const stream = await peer.run<SseAnswer>('sse', { url: `http://${peer.hostAddress}:${port}/t/0123456789ABC/events`, headers: { host: `${PUBLIC_NAME}:${port}` }, waitMs: 3000 });
    expect(stream.status).toBe(429);
    const entry = office.security.recent().events.find((e) => e.kind === 'phone_code_refused');
    expect(entry).toMatchObject({ source: peer.peerAddress });
    expect(entry?.count).toBeGreaterThanOrEqual(PHONE_GUESS_LIMIT.misses);
    expect(tableFingerprint(office.store.db)).toEqual(before);
  });

  it('lets a phone do nothing but read its ticket and give its rating', async () => {
    const before = tableFingerprint(office.store.db);
    for (const [method, input] of [
      ['tickets.issue', { serviceCode: 'KTP' }],
      ['counters.callNext', { counter: 1 }],
      ['queue.snapshot', {}],
      ['ratings.quick', { face: 'happy', serviceCode: 'KTP' }],
      ['ratings.report', { period: { kind: 'month', date: '2026-11-30' } }],
    ] as const) {
      expect((await phoneApi(method, input)).status, method).toBe(401);
    }
    expect(tableFingerprint(office.store.db)).toEqual(before);
  });
});

describe('checking the public address', () => {
  let local: RunningOffice;
  let localDir: ReturnType<typeof makeTempDir>;
  let stranger: Server;
  afterEach(async () => {
    await local?.close();
    localDir?.remove();
    await new Promise((r) => (stranger ? stranger.close(r) : r(null)));
  });

  it('tells this office from another server and from nothing at all', async () => {
    localDir = makeTempDir();
    const configPath = join(localDir.path, 'office.json');
    writeFileSync(configPath, JSON.stringify(testConfigInput()));
    local = await startOffice({ configPath, dataDir: join(localDir.path, 'data'), host: '127.0.0.1', port: 0, loopbackIsKiosk: true, shell: { announceSetupCode: () => Promise.resolve({ printed: true, detail: 'test' }) } });
    const check = async (url?: string) => {
      const out = await local.dispatcher.dispatch('phone.checkPublicUrl', url === undefined ? {} : { url }, SUPERVISOR);
      if (!out.ok) throw new Error(JSON.stringify(out));
      return out.result;
    };
    expect(await check()).toEqual({ url: null, reachable: false, problem: 'not_set', detail: null });
    expect(await check(local.lan.url)).toEqual({ url: local.lan.url, reachable: true, problem: null, detail: null });
    expect(await check('http://8.8.8.8:5170')).toMatchObject({ reachable: false, problem: 'invalid' });
    stranger = createServer((_req, res) => res.end(JSON.stringify({ loket: 'another office' })));
    await new Promise<void>((r) => stranger.listen(0, '127.0.0.1', r));
    const strangerUrl = `http://127.0.0.1:${(stranger.address() as AddressInfo).port}`;
    expect(await check(strangerUrl)).toMatchObject({ reachable: false, problem: 'other_server' });
    const closed = await freePort();
    expect(await check(`http://127.0.0.1:${closed}`)).toMatchObject({ reachable: false, problem: 'unreachable', detail: 'ECONNREFUSED' });
    // Only a supervisor may make the office PC knock on an address.
    const kiosk = await local.dispatcher.dispatch('phone.checkPublicUrl', { url: strangerUrl }, { role: 'kiosk', via: 'test' });
    expect(kiosk.ok).toBe(false);
  });
});
