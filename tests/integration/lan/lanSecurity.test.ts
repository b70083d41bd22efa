import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import type { LanTuning } from '../../../src/main/lan/lanServer';
import { mintToken } from '../../../src/main/auth/tokens';
import { startOffice, type RunningOffice } from '../../../src/main/office';
import { eventsUrl, openEventStream } from '../../helpers/eventStreamClient';
import { tableFingerprint } from '../../helpers/tableFingerprint';
import { makeTempDir } from '../../helpers/tempDir';
import { testConfigInput } from '../../helpers/testConfig';

/** The first-run setup code the office announced (printer slip and log on a real office). */
let setupCode = '';
let office: RunningOffice | null = null;
let dir: ReturnType<typeof makeTempDir> | null = null;

async function start(options: { config?: Record<string, unknown>; lan?: LanTuning; loopbackIsKiosk?: boolean } = {}): Promise<RunningOffice> {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  dir = makeTempDir();
  const configPath = join(dir.path, 'office.json');
  writeFileSync(configPath, JSON.stringify(options.config ?? testConfigInput()));
  const rendererDir = join(dir.path, 'renderer');
  const voiceDir = join(dir.path, 'voice');
  mkdirSync(join(voiceDir, 'id'), { recursive: true });
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Loket</title>');
  writeFileSync(join(voiceDir, 'id', 'manifest.json'), '{}');
  office = await startOffice({
    configPath,
    dataDir: join(dir.path, 'data'),
    host: '127.0.0.1',
    port: 0,
    loopbackIsKiosk: options.loopbackIsKiosk ?? true,
    rendererDir,
    voiceDir,
    ...(options.lan ? { lan: options.lan } : {}),
    shell: {
      announceSetupCode: (code) => {
        setupCode = code;
        return Promise.resolve({ printed: true, detail: 'captured by the test' });
      },
    },
  });
  return office;
}

afterEach(async () => {
  await office?.close();
  office = null;
  dir?.remove();
  dir = null;
  vi.restoreAllMocks();
});

const port = (): number => Number(new URL(office!.lan.url).port);
const own = (): string => `127.0.0.1:${port()}`;

interface Answer {
  status: number;
  json: any;
}

/** A request with any Host, Origin or body a browser could be tricked into sending (node:http lets us set Host). */
function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  const body = options.body ?? (options.method === 'GET' ? '' : '{}');
  return new Promise((resolve, reject) => {
    const req = request(
      `${office!.lan.url}${path}`,
      {
        method: options.method ?? 'POST',
        headers: { host: own(), 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown = null;
          try {
            json = JSON.parse(text);
          } catch {
            // static files are not JSON
          }
          resolve({ status: res.statusCode ?? 0, json });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const api = (method: string, input: unknown, headers: Record<string, string> = {}) => send(`/api/v1/${method}`, { body: JSON.stringify(input), headers });

/** What an upgrade attempt got: the HTTP status of a refusal, or the close code of an opened socket. */
function upgrade(options: WebSocket.ClientOptions): Promise<{ status: number | null; opened: boolean }> {
  return new Promise((resolve) => {
    const socket = new WebSocket(eventsUrl(office!.lan.url), options);
    socket.on('unexpected-response', (_req, res) => {
      res.resume();
      resolve({ status: res.statusCode ?? null, opened: false });
      socket.terminate();
    });
    socket.on('open', () => {
      resolve({ status: null, opened: true });
      socket.close();
    });
    socket.on('error', () => resolve({ status: null, opened: false }));
  });
}

function refusalsOf(kind: string) {
  return office!.security.recent().events.filter((e) => e.kind === kind);
}

/** Runs a request that must be refused and checks that no table changed. */
async function refusedWithoutChange(call: () => Promise<Answer>): Promise<Answer> {
  const before = tableFingerprint(office!.store.db);
  const answer = await call();
  expect(tableFingerprint(office!.store.db)).toEqual(before);
  return answer;
}

describe('only the office’s own pages talk to the office server', () => {
  it('refuses a foreign Host on a screen, a voice clip, the API and the event stream', async () => {
    await start();
    expect((await send('/kiosk', { method: 'GET' })).status).toBe(200);
    const page = await send('/kiosk', { method: 'GET', headers: { host: `evil.example:${port()}` } });
    expect(page.status).toBe(403);
    expect(page.json.error.code).toBe('forbidden');
    expect(page.json.error.message).toContain(`open Loket at http://127.0.0.1:${port()}`);
    expect((await send('/voice/id/manifest.json', { method: 'GET', headers: { host: `evil.example:${port()}` } })).status).toBe(403);

    const ticket = await refusedWithoutChange(() => api('tickets.issue', { serviceCode: 'KTP' }, { host: `evil.example:${port()}` }));
    expect(ticket.status).toBe(403);
    expect(await upgrade({ headers: { host: `evil.example:${port()}` } })).toEqual({ status: 403, opened: false });

    const [entry] = refusalsOf('origin_refused');
    expect(entry).toMatchObject({ source: '127.0.0.1' });
    expect(entry?.detail).toContain('foreign Host "evil.example:');
  });

  it('refuses the Host of the right name on the wrong port', async () => {
    await start();
    expect((await refusedWithoutChange(() => api('tickets.issue', { serviceCode: 'KTP' }, { host: '127.0.0.1:80' }))).status).toBe(403);
    expect((await refusedWithoutChange(() => api('tickets.issue', { serviceCode: 'KTP' }, { host: '127.0.0.1' }))).status).toBe(403);
  });

  it('DNS rebinding to 127.0.0.1 neither issues a ticket nor creates the first supervisor on a fresh install', async () => {
    const o = await start();
    const rebound = { host: `evil.example:${port()}`, origin: `http://evil.example:${port()}` };
    expect((await refusedWithoutChange(() => api('tickets.issue', { serviceCode: 'KTP' }, rebound))).status).toBe(403);
    const setup = await refusedWithoutChange(() => api('auth.setup', { setupCode, name: 'Penyerang', pin: '482915' }, rebound));
    expect(setup.status).toBe(403);
    expect(o.core.overview().services[0]?.issuedToday).toBe(0);
    expect((await api('auth.status', {})).json.result.needsSetup).toBe(true);
    // The same call from the office's own page does create the first supervisor.
    expect((await api('auth.setup', { setupCode, name: 'Kepala Dinas', pin: '482915' }, { origin: `http://${own()}` })).status).toBe(200);
  });

  it('refuses a foreign Origin on the API and the event stream; the own origin is served', async () => {
    await start();
    for (const origin of ['http://evil.example', 'null', `http://localhost:${port()}`]) {
      const answer = await refusedWithoutChange(() => api('tickets.issue', { serviceCode: 'KTP' }, { origin }));
      expect(answer.status, origin).toBe(403);
      expect(answer.json.error.message).toMatch(/another web page/);
    }
    expect(await upgrade({ origin: 'http://evil.example' })).toEqual({ status: 403, opened: false });
    expect(await upgrade({ origin: `http://${own()}` })).toEqual({ status: null, opened: true });
    expect((await api('tickets.issue', { serviceCode: 'KTP' }, { origin: `http://${own()}`, 'sec-fetch-site': 'same-origin' })).status).toBe(200);
  });

  it('refuses what another site made a browser send, but lets a link open a screen', async () => {
    await start();
    const crossSite = { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'empty' };
    expect((await refusedWithoutChange(() => api('tickets.issue', { serviceCode: 'KTP' }, crossSite))).status).toBe(403);
    expect((await send('/kiosk', { method: 'GET', headers: { 'sec-fetch-site': 'same-site', 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'script' } })).status).toBe(403);
    const link = { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' };
    expect((await send('/kiosk', { method: 'GET', headers: link })).status).toBe(200);
  });

  it('takes only JSON bodies (415), so a cross-site form or simple fetch cannot change anything', async () => {
    await start();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const answer = await refusedWithoutChange(() => api('tickets.issue', { serviceCode: 'KTP' }, { 'content-type': type }));
      expect(answer.status, type).toBe(415);
      expect(answer.json.error.code).toBe('unsupported_media_type');
    }
    const setup = await refusedWithoutChange(() => api('auth.setup', { setupCode, name: 'Kepala Dinas', pin: '482915' }, { 'content-type': 'text/plain' }));
    expect(setup.status).toBe(415);
    expect(refusalsOf('origin_refused')[0]?.detail).toMatch(/Content-Type/);
  });

  it('accepts the names set in the configuration, also right after a supervisor adds one', async () => {
    const o = await start({ config: testConfigInput({ lan: { hostNames: ['loket.kantor.test'] } }) });
    const named = { host: `loket.kantor.test:${port()}`, origin: `http://loket.kantor.test:${port()}` };
    expect((await api('tickets.issue', { serviceCode: 'KTP' }, named)).status).toBe(200);
    expect(await upgrade({ headers: { host: named.host }, origin: named.origin })).toEqual({ status: null, opened: true });

    const other = { host: `antrian.kantor.test:${port()}` };
    expect((await api('office.overview', {}, other)).status).toBe(403);
    const auth = { authorization: `Bearer ${mintToken(o.store, 'supervisor', null, 'test')}` };
    const { config } = (await api('settings.get', {}, auth)).json.result;
    const saved = await api('settings.update', { config: { ...config, lan: { hostNames: ['loket.kantor.test', 'antrian.kantor.test'] } } }, auth);
    expect(saved.status).toBe(200);
    expect((await api('office.overview', {}, other)).status).toBe(200);
  });

  it('records a flood of refusals from one address as one entry per period', async () => {
    await start();
    for (let i = 0; i < 20; i++) await api('office.overview', {}, { host: `evil${i}.example:${port()}` });
    expect(refusalsOf('origin_refused')).toHaveLength(1);
  });
});

describe('bounded bodies', () => {
  const padded = (input: Record<string, unknown>, bytes: number) => JSON.stringify({ ...input, pad: 'x'.repeat(bytes) });

  it('gives methods without a credential 4 KiB, signed-in methods 64 KiB (413, nothing changed)', async () => {
    await start();
    const setup = await refusedWithoutChange(() => send('/api/v1/auth.setup', { body: padded({ setupCode, name: 'Kepala Dinas', pin: '482915' }, 5 * 1024) }));
    expect(setup.status).toBe(413);
    expect(setup.json.error).toMatchObject({ code: 'payload_too_large', message: 'The request body is larger than the 4 KiB this method accepts.' });
    // Under the limit the body is read and judged by the schema instead.
    expect((await send('/api/v1/auth.setup', { body: padded({ setupCode, name: 'Kepala Dinas', pin: '482915' }, 3 * 1024) })).status).toBe(400);

    expect((await refusedWithoutChange(() => send('/api/v1/tickets.issue', { body: padded({ serviceCode: 'KTP' }, 65 * 1024) }))).status).toBe(413);
    expect((await send('/api/v1/tickets.issue', { body: padded({ serviceCode: 'KTP' }, 5 * 1024) })).status).toBe(400);
    expect(refusalsOf('limit_reached')[0]?.detail).toMatch(/body over/);
  });

  it('lets settings.update carry the largest configuration a real office needs', async () => {
    const o = await start();
    const auth = { authorization: `Bearer ${mintToken(o.store, 'supervisor', null, 'test')}` };
    const text = (s: string) => ({ id: `${s} `.repeat(40).slice(0, 200), en: `${s} `.repeat(40).slice(0, 200) });
    const hours = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, ['00:00-03:00', '04:00-07:00', '08:00-11:00', '12:00-15:00', '16:00-19:00', '20:00-23:00']]));
    const services = Array.from({ length: 40 }, (_, i) => ({
      code: `LAYANAN_${String(i).padStart(2, '0')}`,
      name: text(`Layanan ${i}`),
      hint: text(`Syarat ${i}`),
      prefix: String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26)),
      dailyQuota: 500,
      openingHours: hours,
    }));
    const counters = Array.from({ length: 99 }, (_, i) => ({ number: i + 1, name: `Loket ${i + 1}`, services: services.map((s) => s.code) }));
    const config = testConfigInput({ services, counters, office: { ...(testConfigInput().office as object), openingHours: hours } });
    const body = JSON.stringify({ config, confirm: true });
    expect(body.length).toBeGreaterThan(64 * 1024);
    const saved = await send('/api/v1/settings.update', { body, headers: auth });
    expect(saved.status, JSON.stringify(saved.json?.error)).toBe(200);
  });
});

describe('bounded event streams', () => {
  async function rawSocket(): Promise<{ ws: WebSocket; closed: Promise<number>; received: string[] }> {
    const ws = new WebSocket(eventsUrl(office!.lan.url));
    const received: string[] = [];
    ws.on('message', (data) => received.push(String(data)));
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    ws.on('error', () => undefined);
    await new Promise((resolve) => ws.once('open', resolve));
    return { ws, closed, received };
  }

  it('closes a socket that sends a message over 64 KiB with 1009', async () => {
    await start();
    const { ws, closed } = await rawSocket();
    ws.send('x'.repeat(65 * 1024));
    expect(await closed).toBe(1009);
  });

  it('decides from the frame header alone: a socket announcing 100 MiB is closed before sending any of it', async () => {
    await start();
    const { ws, closed } = await rawSocket();
    // FIN + text frame, masked, 64-bit length 100 MiB, mask key; and no payload at all.
    const header = Buffer.alloc(14);
    header[0] = 0x81;
    header[1] = 0x80 | 127;
    header.writeBigUInt64BE(BigInt(100 * 1024 * 1024), 2);
    (ws as unknown as { _socket: Socket })._socket.write(header);
    expect(await closed).toBe(1009);
  });

  it('sends nothing before the auth message and closes a socket without one (4408)', async () => {
    await start({ lan: { eventStreamAuthTimeoutMs: 200 } });
    const { closed, received } = await rawSocket();
    expect((await api('tickets.issue', { serviceCode: 'KTP' })).status).toBe(200);
    expect(await closed).toBe(4408);
    expect(received).toEqual([]);
    expect(refusalsOf('connection_refused')[0]?.detail).toMatch(/no auth message/);
  });

  it('closes on a first message that is not an auth message (4400) and on a bad credential (4401)', async () => {
    await start({ loopbackIsKiosk: false });
    for (const first of ['hello', '{"type":"subscribe"}', '{"type":"auth","token":42}']) {
      const { ws, closed } = await rawSocket();
      ws.send(first);
      expect(await closed, first).toBe(4400);
    }
    const binary = await rawSocket();
    binary.ws.send(Buffer.from('{"type":"auth"}'));
    expect(await binary.closed).toBe(4400);
    await expect(openEventStream(office!.lan.url, 'not-a-real-token')).rejects.toThrow(/closed with 4401/);
    await expect(openEventStream(office!.lan.url)).rejects.toThrow(/closed with 4401/);
  });

  it('caps event streams per address: the excess is closed at once and logged once', async () => {
    await start({ lan: { connectionLimits: { lan: { sockets: 4, eventStreams: 1 }, loopback: { sockets: 64, eventStreams: 2 } } } });
    const streams = [await openEventStream(office!.lan.url), await openEventStream(office!.lan.url)];
    for (let i = 0; i < 5; i++) expect(await upgrade({})).toEqual({ status: null, opened: false });
    expect(refusalsOf('connection_refused')).toHaveLength(1);
    expect(refusalsOf('connection_refused')[0]?.detail).toBe('more than 2 open event streams from one address');
    // The two admitted streams still work.
    await api('tickets.issue', { serviceCode: 'KTP' });
    for (const stream of streams) expect(await stream.waitFor('queue.changed')).toMatchObject({ type: 'queue.changed' });
  });

  it('caps open connections per address: the excess is closed at once', async () => {
    await start({ lan: { connectionLimits: { lan: { sockets: 4, eventStreams: 1 }, loopback: { sockets: 3, eventStreams: 2 } } } });
    const open: Socket[] = [];
    const connectOne = async (): Promise<{ socket: Socket; closed: Promise<void> }> => {
      const socket = connect(port(), '127.0.0.1');
      const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
      socket.on('error', () => undefined);
      await new Promise((resolve) => socket.once('connect', resolve));
      return { socket, closed };
    };
    for (let i = 0; i < 3; i++) open.push((await connectOne()).socket);
    const excess = await connectOne();
    await excess.closed;
    expect(refusalsOf('connection_refused')[0]?.detail).toBe('more than 3 open connections from one address');
    // An admitted connection still gets its answer.
    const answer = await new Promise<string>((resolve) => {
      open[0]!.once('data', (data) => resolve(String(data)));
      open[0]!.write(`GET /kiosk HTTP/1.1\r\nHost: ${own()}\r\nConnection: close\r\n\r\n`);
    });
    expect(answer).toMatch(/^HTTP\/1.1 200/);
    for (const socket of open) socket.destroy();
  });
});
