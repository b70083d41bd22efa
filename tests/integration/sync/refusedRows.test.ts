import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { OfficeHarness } from '../../helpers/officeHarness';
import type { SyncClient } from '../../../src/main/sync/syncClient';
import { PROTOCOL_VERSION, SERVER_TIME_HEADER, SYNC_PATHS, type PushRequest, type RefusedRow } from '../../../src/shared/sync/protocol';
import { BACKENDS, CityServerHarness } from '../server/cityServerHarness';
import { FAST, kioskCounters, syncClientFor } from './kioskSync';

type Row = { date: string; metric: string; value: number };

const CITY_NOW = Date.UTC(2026, 10, 30, 3, 0, 0);

/** One change of rows on `date`, one per service S<first>…S<first+count-1>. */
function change(h: OfficeHarness, date: string, first: number, count: number): void {
  const deltas = Array.from({ length: count }, (_, i) => ({ serviceDate: date, metric: `tickets.issued.S${first + i}.regular`, delta: 1 + i }));
  h.store.transaction(() => h.store.daily.add(deltas));
}

const byKey = (rows: Row[]) => [...rows].sort((a, b) => (a.date + a.metric).localeCompare(b.date + b.metric));

describe.each(BACKENDS)('rows the city refuses, on %s', (backend) => {
  let city: CityServerHarness | undefined;
  let h: OfficeHarness | undefined;
  let sync: SyncClient | undefined;
  afterEach(async () => {
    await sync?.close();
    await city?.close();
    h?.close();
  });

  it('a day after the city\'s today waits on the kiosk while the rows behind it arrive, and goes once the supervisor confirms its date', async () => {
    city = await CityServerHarness.start(backend);
    await city.createOffice('dukcapil', 'Dinas Dukcapil');
    h = new OfficeHarness();
    sync = syncClientFor(h, { ...FAST, rowsPerBatch: 50 });
    await sync.enrol({ serverUrl: city.url, code: await city.enrolmentCode('dukcapil') });
    change(h, '2026-11-30', 0, 10);
    // Dated after the city's today (2026-11-30, learnt from its answers): a clock that once jumped ahead.
    change(h, '2026-12-05', 100, 3);
    change(h, '2026-11-30', 200, 60);

    const pushed = await sync.pushNow();
    expect(pushed).toMatchObject({ ok: true, rowsPending: 0, rowsSetAside: 3, error: null });
    const status = sync.status();
    expect(status.lastError).toBeNull();
    expect(status.setAside.count).toBe(0);
    expect(status.held).toEqual({
      rows: 3,
      dates: [{ date: '2026-12-05', code: 'date_unconfirmed', rows: 3, reason: expect.stringMatching(/after the city's today \(2026-11-30\)/), beforeEnrolment: false }],
    });
    const aside = (r: Row) => r.date === '2026-12-05';
    expect(byKey(await city.counters(status.replicaId))).toEqual(kioskCounters(h).filter((r) => !aside(r)));

    // Nothing new is sent again and again: a later push only carries new rows.
    h.openCounters(1);
    h.issue('KTP');
    expect(await sync.pushNow()).toMatchObject({ ok: true, pushedRows: 1, rowsSetAside: 3 });

    // Before the date, "send" is refused: the city would refuse the rows.
    await expect(h.callAsync('sync.confirmDates', { dates: ['2026-12-05'], action: 'send' })).rejects.toThrow(/after the city's today/);
    // The date arrives: the supervisor confirms it, and the rows go.
    city.nowMs += 6 * 24 * 3600_000;
    h.clock.advance(6 * 24 * 60);
    expect(await h.callAsync('sync.confirmDates', { dates: ['2026-12-05'], action: 'send' })).toEqual({ rows: 3 });
    expect(h.store.audit.recent(1)[0]).toMatchObject({ action: 'sync.dates_confirmed', detail: { dates: ['2026-12-05'], rows: 3 } });
    expect(sync.status()).toMatchObject({ rowsPending: 3, held: { rows: 0 } });
    expect(await sync.pushNow()).toMatchObject({ ok: true, pushedRows: 3, rowsPending: 0, rowsSetAside: 0 });
    expect(byKey(await city.counters(status.replicaId))).toEqual(kioskCounters(h));
  }, 30_000);
});

/** A city server that names each refused row (error.refused), applying nothing of a push it refuses. */
class NamingCity {
  private server: Server | null = null;
  readonly stored: Row[] = [];
  requests = 0;
  url = '';

  constructor(private readonly refuse: (r: Row) => string | null) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString() || '{}');
        // The city's clock, as the harness city keeps it: the kiosk takes its dates from it.
        const reply = (status: number, json: unknown) =>
          res.writeHead(status, { 'content-type': 'application/json', [SERVER_TIME_HEADER]: String(CITY_NOW) }).end(JSON.stringify(json));
        if (req.url === SYNC_PATHS.enrol) {
          // Echoes the request id and also names a token, so kiosks of either enrolment protocol take it.
          return reply(200, { ok: true, requestId: body.requestId, token: 't'.repeat(40), kioskId: 'k-1', office: { id: 'dukcapil', name: 'Dinas Dukcapil' } });
        }
        const push = body as PushRequest;
        this.requests++;
        const refused: RefusedRow[] = push.rows.flatMap((r) => {
          const reason = this.refuse(r);
          return reason ? [{ ...r, reason }] : [];
        });
        if (refused.length > 0) {
          return reply(422, { ok: false, error: { code: 'invalid_rows', message: `${refused.length} row(s) refused; nothing was stored.`, pesan: 'Sebagian baris ditolak.', refused } });
        }
        this.stored.push(...push.rows);
        return reply(200, { ok: true, protocol: PROTOCOL_VERSION, acknowledgedThrough: push.through, applied: push.rows.length, unchanged: 0, older: [], olderCount: 0, rotateToken: false });
      });
    });
    await new Promise<void>((r) => this.server?.listen(0, '127.0.0.1', r));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    return this;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((r) => this.server?.close(r));
  }
}

describe('a city that names the rows it refuses', () => {
  let city: NamingCity | undefined;
  let h: OfficeHarness | undefined;
  let sync: SyncClient | undefined;
  afterEach(async () => {
    await sync?.close();
    await city?.close();
    h?.close();
  });

  it('sets exactly those rows aside, with the reason for each, and sends the rest of the batch again at once', async () => {
    city = await new NamingCity((r) => (r.metric === 'tickets.issued.S3.regular' || r.metric === 'tickets.issued.S77.regular' ? `value ${r.value} above the bound` : null)).start();
    h = new OfficeHarness();
    sync = syncClientFor(h, { ...FAST, rowsPerBatch: 50 });
    await sync.enrol({ serverUrl: city.url, code: 'ABCD-EFGH-JKLM' });
    change(h, '2026-11-30', 0, 40);
    change(h, '2026-11-30', 40, 40);
    change(h, '2026-11-30', 80, 40);

    expect(await sync.pushNow()).toMatchObject({ ok: true, pushedRows: 118, rowsPending: 0, rowsSetAside: 2, error: null });
    // Three batches, two refused once each: no row was asked about twice.
    expect(city.requests).toBe(5);
    expect(city.stored).toHaveLength(118);
    expect(sync.status().setAside.rows).toMatchObject([
      { metric: 'tickets.issued.S3.regular', value: 4, code: 'invalid_rows', reason: 'value 4 above the bound', action: 'ask_city_admin' },
      { metric: 'tickets.issued.S77.regular', value: 38, code: 'invalid_rows', reason: 'value 38 above the bound', action: 'ask_city_admin' },
    ]);
  });
});
