import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CityServer } from '../../../src/server/cityServer';
import { LIVE_SNAPSHOT_PATH, type LiveSnapshotRequest } from '../../../src/shared/sync/liveSnapshot';
import { BACKENDS, CityServerHarness, type TestKiosk } from './cityServerHarness';
import { secondConnection, startInstance } from './instances';

/**
 * "Seberapa ramai sekarang?" at the city: an office's live snapshot (POST /api/sync/v1/live-snapshot),
 * the busy-now figures with their age on the home page, and a ticket's phone page at the city by its
 * code, with guessing limited per source. Monday 30 November 2026 in Kupang (UTC+8).
 */
const KUPANG = (hhmm: string, day = 30) => Date.UTC(2026, 10, day, Number(hhmm.slice(0, 2)) - 8, Number(hhmm.slice(3)));
const CODE = '7K3MQ9XA2BWRT';
const OTHER_CODE = 'Z9Y8X7W6V5T4S';
const hash = (code: string) => createHash('sha256').update(code).digest('hex');

const snapshot = (over: Partial<LiveSnapshotRequest> = {}): LiveSnapshotRequest => ({
  officeId: 'kel-oebobo',
  serviceDay: '2026-11-30',
  takenAt: KUPANG('09:00'),
  expiresAt: KUPANG('00:00', 31),
  services: [
    { code: 'KTP', name: { id: 'KTP-el', en: 'Electronic ID card' }, open: true, waiting: 7, estimatedWaitMinutes: 24.4 },
    { code: 'KK', name: { id: 'Kartu Keluarga', en: 'Family card' }, open: false, waiting: 0, estimatedWaitMinutes: null },
  ],
  tickets: [
    { codeHash: hash(CODE), label: 'A-012', serviceCode: 'KTP', state: 'waiting', aheadCount: 3, estimatedWaitMinutes: 11, counterNumber: null, counterName: null },
    { codeHash: hash(OTHER_CODE), label: 'A-009', serviceCode: 'KTP', state: 'called', aheadCount: null, estimatedWaitMinutes: null, counterNumber: 2, counterName: 'Loket 2' },
  ],
  ...over,
});

describe.each(BACKENDS)('live snapshots at the city (%s)', (backend) => {
  let city: CityServerHarness;
  let oebobo: TestKiosk;
  let lain: TestKiosk;
  const push = (body: unknown, kiosk = oebobo) => city.post(LIVE_SNAPSHOT_PATH, body, kiosk.token);
  const busy = async () => ((await (await fetch(`${city.url}/api/public/v1/busy`)).json()) as { offices: any[] }).offices;
  const phone = async (code: string, base = city.url, headers: Record<string, string> = {}) => {
    const res = await fetch(`${base}/t/${code}`, { headers });
    return { status: res.status, text: await res.text(), retryAfter: res.headers.get('retry-after') };
  };

  beforeAll(async () => {
    city = await CityServerHarness.start(backend, KUPANG('09:00'));
    await city.createOffice('kel-oebobo', 'Kelurahan Oebobo');
    await city.createOffice('kel-lain', 'Kelurahan Lain');
    oebobo = await city.enrol('kel-oebobo');
    lain = await city.enrol('kel-lain');
  }, 30_000);
  afterAll(() => city?.close());

  it('refuses a push without a token, a malformed one naming the field, and one for another office, storing nothing', async () => {
    const res = await fetch(`${city.url}${LIVE_SNAPSHOT_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(snapshot()) });
    expect(res.status).toBe(401);
    const bad = await push({ ...snapshot(), tickets: [{ ...snapshot().tickets[0], codeHash: CODE }] });
    expect(bad.status).toBe(400);
    expect(bad.json.error.problems).toEqual(['tickets[0].codeHash: must be the hex SHA-256 of a phone code']);
    const named = await push({ ...snapshot(), tickets: [{ ...snapshot().tickets[0], name: 'Budi' }] });
    expect(named.status).toBe(400);
    const wrong = await push(snapshot(), lain);
    expect(wrong.status).toBe(409);
    expect(wrong.json.error.code).toBe('wrong_office');
    expect(await city.db.query('SELECT * FROM live_snapshots')).toEqual([]);
    expect(await city.db.query('SELECT * FROM live_tickets')).toEqual([]);
  });

  it('stores a snapshot once: the same one again or an older one changes nothing', async () => {
    expect(await push(snapshot())).toMatchObject({ status: 200, json: { ok: true, officeId: 'kel-oebobo', stored: true } });
    expect(await push(snapshot())).toMatchObject({ status: 200, json: { ok: true, stored: false } });
    expect(await push(snapshot({ takenAt: KUPANG('08:59'), services: [] }))).toMatchObject({ status: 200, json: { stored: false } });
    const rows = await city.db.query<{ code_hash: string }>('SELECT code_hash FROM live_tickets ORDER BY code_hash');
    expect(rows.map((r) => r.code_hash).sort()).toEqual([hash(CODE), hash(OTHER_CODE)].sort());
    // The city holds hashes only: no phone code is stored anywhere.
    expect(JSON.stringify(await city.db.query('SELECT * FROM live_tickets'))).not.toContain(CODE);
  });

  it('shows each office\'s people waiting and estimated wait with the age of the data, and an old snapshot as old without figures', async () => {
    city.nowMs = KUPANG('09:02');
    expect(await busy()).toEqual([
      { officeId: 'kel-oebobo', officeName: 'Kelurahan Oebobo', receivedAt: KUPANG('09:00'), ageSeconds: 120, fresh: true, services: snapshot().services },
    ]);
    let page = await (await fetch(`${city.url}/`)).text();
    expect(page).toContain('data 2 menit lalu');
    expect(page).toMatch(/data-service="KTP"><span class="sname">KTP-el<\/span>\s*<span class="count" data-waiting="7">7/);
    expect(page).toContain('± 24 menit');
    expect((await (await fetch(`${city.url}/?lang=en`)).text())).toContain('data 2 min ago');

    city.nowMs = KUPANG('09:12');
    expect(await busy()).toMatchObject([{ officeId: 'kel-oebobo', ageSeconds: 720, fresh: false, services: [] }]);
    page = await (await fetch(`${city.url}/`)).text();
    expect(page).toContain('data 12 menit lalu');
    expect(page).toContain('Tidak ada data terkini');
    expect(page).not.toContain('data-waiting="7"');
  });

  it("opens a pushed ticket's phone page at the city by its code, with the data's age; one left the queue says so", async () => {
    city.nowMs = KUPANG('09:01');
    const open = await phone(CODE);
    expect(open.status).toBe(200);
    expect(open.text).toContain('A-012');
    expect(open.text).toContain('3 orang di depan Anda');
    expect(open.text).toContain('Perkiraan menunggu ± 11 menit');
    expect(open.text).toContain('data 1 menit lalu');
    expect(open.text).toContain('<script src="/city/phone-refresh.js" defer></script>');
    const script = await fetch(`${city.url}/city/phone-refresh.js`);
    expect([script.status, script.headers.get('content-type')]).toEqual([200, 'text/javascript; charset=utf-8']);
    expect(await script.text()).toContain('location.reload()');
    // The home page's code box leads to the ticket's own address.
    const typed = await fetch(`${city.url}/t?kode=7k3m-q9xa-2bwrt&lang=en`, { redirect: 'manual' });
    expect([typed.status, typed.headers.get('location')]).toEqual([303, `/t/${CODE}?lang=en`]);
    // Typed as printed, in lower case, with dashes and the usual misreadings, it is the same code.
    expect((await phone('7k3m-q9xa-2bwrt')).text).toContain('A-012');
    expect((await phone(OTHER_CODE)).text).toContain('Silakan ke Loket 2 sekarang');

    // The next snapshot no longer holds A-009: served.
    expect((await push(snapshot({ takenAt: KUPANG('09:01'), tickets: snapshot().tickets.slice(0, 1) }))).json.stored).toBe(true);
    const left = await phone(OTHER_CODE);
    expect(left.status).toBe(200);
    expect(left.text).toContain('tidak lagi dalam antrean');

    // Late in the day the data is old: shown as old, never as the current queue.
    city.nowMs = KUPANG('10:30');
    const old = await phone(CODE);
    expect(old.text).toContain('Data lama');
    expect(old.text).toContain('data 1 jam lalu');
  });

  it('opens nothing after the service day, and forgets the tickets with the next day\'s snapshot', async () => {
    city.nowMs = KUPANG('00:05', 31);
    expect((await phone(CODE)).status).toBe(404);
    expect(await push(snapshot({ serviceDay: '2026-12-01', takenAt: KUPANG('07:30', 31), expiresAt: KUPANG('00:00', 32), tickets: [] }))).toMatchObject({ json: { stored: true } });
    expect(await city.db.query('SELECT * FROM live_tickets')).toEqual([]);
  });

  it('an office never overwrites the ticket of another office', async () => {
    city.nowMs = KUPANG('08:00', 31);
    expect((await push(snapshot({ serviceDay: '2026-12-01', takenAt: KUPANG('08:00', 31), expiresAt: KUPANG('00:00', 32) }))).json.stored).toBe(true);
    const theirs = snapshot({ officeId: 'kel-lain', serviceDay: '2026-12-01', takenAt: KUPANG('08:00', 31), expiresAt: KUPANG('00:00', 32) });
    theirs.tickets = [{ ...theirs.tickets[0]!, label: 'Z-999' }];
    expect((await push(theirs, lain)).status).toBe(200);
    expect((await phone(CODE)).text).toContain('A-012');
  });

  describe('guessing codes from one address behind the proxy', () => {
    let second: Awaited<ReturnType<typeof secondConnection>>;
    let proxied: CityServer;
    beforeAll(async () => {
      second = await secondConnection(backend, city.db);
      proxied = await startInstance(second.db, { now: () => city.nowMs, trustedProxies: 1 });
    });
    afterAll(async () => {
      await proxied?.close();
      await second?.close();
    });

    it('refuses wrong codes, and after 20 of them refuses every code from that address, even in a burst', async () => {
      city.nowMs = KUPANG('09:00', 31);
      const from = (address: string) => ({ 'x-forwarded-for': address });
      const guesses = await Promise.all(Array.from({ length: 26 }, (_, i) => phone(`ABCDEFGHJK${String(100 + i)}`, proxied.url, from('203.0.113.77'))));
      const statuses = guesses.map((g) => g.status).sort();
      expect(statuses.filter((s) => s === 404)).toHaveLength(20);
      expect(statuses.filter((s) => s === 429)).toHaveLength(6);
      expect(guesses.find((g) => g.status === 404)?.text).toContain('Tidak ada tiket dengan kode ini');
      const limited = await phone(CODE, proxied.url, from('203.0.113.77'));
      expect(limited.status).toBe(429);
      expect(Number(limited.retryAfter)).toBeGreaterThan(0);
      expect(limited.text).toContain('Terlalu banyak kode salah');
      // Another address is not held back by the guesser.
      expect((await phone(CODE, proxied.url, from('198.51.100.4'))).status).toBe(200);
    });
  });
});
