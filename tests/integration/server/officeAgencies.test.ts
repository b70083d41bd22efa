import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../../src/main/auth/caller';
import { BOOKING_SYNC_PATHS } from '../../../src/shared/booking/bookingSync';
import { parseOfficeConfig } from '../../../src/shared/config/officeConfig';
import { bookingStandardsRepo } from '../../../src/server/store/bookingStandardsRepo';
import { OfficeHarness } from '../../helpers/officeHarness';
import { mppConfig } from './agencyFixtures';
import { BACKENDS, CityServerHarness } from './cityServerHarness';

/**
 * A Mal Pelayanan Publik's own sync tells the city its agencies: the standards document goes with every
 * enrolled office's sync (bookings or not), and the city's dashboard then shows each agency's tickets. A
 * city that refuses the document (an older one, which does not know agencies) gets it again the next day,
 * so upgrading the city after the office still ends with the agencies at the city.
 * Monday 30 November 2026 in Kupang (UTC+8).
 */
const KUPANG = (hhmm: string, day = 30) => Date.UTC(2026, 10, day, Number(hhmm.slice(0, 2)) - 8, Number(hhmm.slice(3)));
const KIOSK: Caller = { role: 'kiosk', via: 'test' };

const config = (() => {
  const parsed = parseOfficeConfig({ ...mppConfig(), services: mppConfig().services.map((s) => ({ ...s, bookingShare: 0 })) });
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.config;
})();

/**
 * Forwards everything to the city; while `old` is set, the standards document arrives with a field the
 * city does not know, so the real city refuses it as an older city refuses `agencies`.
 */
class OldCityGate {
  old = false;
  url = '';
  private server: Server | null = null;

  constructor(private readonly cityUrl: string) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        let body: string | undefined = chunks.length ? Buffer.concat(chunks).toString('utf8') : undefined;
        if (this.old && req.url === BOOKING_SYNC_PATHS.standards && body) body = JSON.stringify({ ...JSON.parse(body), notKnownHere: true });
        const headers = Object.fromEntries(Object.entries(req.headers).filter(([k, v]) => typeof v === 'string' && !['host', 'content-length', 'connection'].includes(k))) as Record<string, string>;
        fetch(`${this.cityUrl}${req.url}`, { method: req.method, headers, body })
          .then(async (answer) => {
            // Every header, the city's clock among them (the office dates its rows by it).
            const out = [...answer.headers].filter(([k]) => !['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(k));
            res.writeHead(answer.status, Object.fromEntries(out));
            res.end(Buffer.from(await answer.arrayBuffer()));
          })
          .catch(() => res.writeHead(502).end());
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

describe.each(BACKENDS)("a Mal Pelayanan Publik's agencies reaching the city with its sync (%s)", (backend) => {
  let city: CityServerHarness;
  let gate: OldCityGate;
  let h: OfficeHarness;
  const at = (ms: number) => {
    h.clock.set(ms);
    city.nowMs = ms;
  };
  const stored = () => bookingStandardsRepo.get(city.db, 'mpp-kupang');
  const agenciesAtCity = async (day: string) => ((await city.dashboard(day, day)).offices as any[]).find((o) => o.officeId === 'mpp-kupang')?.agencies;

  beforeAll(async () => {
    city = await CityServerHarness.start(backend, KUPANG('08:50'));
    gate = await new OldCityGate(city.url).start();
    await city.createOffice('mpp-kupang', 'MPP Kota Kupang');
    h = new OfficeHarness(config, KUPANG('08:50'));
    await h.callAsync('sync.enrol', { serverUrl: gate.url, code: await city.enrolmentCode('mpp-kupang') });
  }, 30_000);
  afterAll(async () => {
    h?.close();
    await gate?.close();
    await city?.close();
  });

  it('is refused by an older city and stays refused that day, with the counters still synced', async () => {
    gate.old = true;
    at(KUPANG('09:00'));
    for (const service of ['KTP', 'KTP', 'KK', 'PKB']) await h.callAsync('tickets.issue', { serviceCode: service }, KIOSK);
    const r = await h.callAsync('sync.pushNow', {});
    expect(r.ok).toBe(true);
    expect(await stored()).toBeUndefined();
    expect(await agenciesAtCity('2026-11-30')).toBeUndefined();
    expect(((await city.dashboard('2026-11-30', '2026-11-30')).offices as any[]).find((o) => o.officeId === 'mpp-kupang').issued).toBe(4);

    // The city is upgraded; the same day the office does not try the refused document again.
    gate.old = false;
    at(KUPANG('10:00'));
    expect((await h.callAsync('sync.pushNow', {})).ok).toBe(true);
    expect(await stored()).toBeUndefined();
  });

  it('sends it again the next day, and the city shows each agency (no bookings needed)', async () => {
    at(KUPANG('08:10', 31));
    await h.callAsync('tickets.issue', { serviceCode: 'PKB' }, KIOSK);
    expect((await h.callAsync('sync.pushNow', {})).ok).toBe(true);
    const doc = (await stored())?.document as any;
    expect(doc.agencies.map((a: { id: string }) => a.id)).toEqual(['DUKCAPIL', 'SAMSAT']);
    expect(doc.services.map((s: { code: string; agency: string }) => `${s.code}:${s.agency}`)).toEqual(['KTP:DUKCAPIL', 'KK:DUKCAPIL', 'PKB:SAMSAT']);
    expect(doc.services.every((s: { bookingShare: number }) => s.bookingShare === 0)).toBe(true);
    // The administrator's session of yesterday has run out.
    await city.signIn();
    const monday = await agenciesAtCity('2026-11-30');
    expect(monday.map((a: any) => [a.agency.id, a.issued])).toEqual([
      ['DUKCAPIL', 3],
      ['SAMSAT', 1],
    ]);
    expect((await agenciesAtCity('2026-12-01')).map((a: any) => a.issued)).toEqual([0, 1]);
  });
});
