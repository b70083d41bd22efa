import { createPrivateKey, sign } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countersRepo, type CounterValue } from '../../../src/server/store/countersRepo';
import { BACKENDS, CityServerHarness, type TestKiosk } from './cityServerHarness';

/**
 * Issue #13, point 1: one office's impossible figures. A protocol-valid row with a huge value used to be
 * stored, and from then on `/`, `/api/public/v1/ikm` and the dashboard answered 500 for every office.
 */
const HUGE = 3_000_000_000_000_000;
const UNSUR = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'];
const row = (metric: string, value: number, date = '2026-11-04'): CounterValue => ({ date, metric, value });
/** n surveys scoring 4 on every unsur: konversi 100,00, mutu A. */
const surveys = (n: number, date = '2026-11-04') => [...UNSUR.map((u) => row(`skm.answers.KTP.${u}.4`, n, date)), row('skm.respondents.KTP', n, date)];

function usbFile(kiosk: TestKiosk, rows: CounterValue[]): string {
  const bytes = Buffer.from(JSON.stringify({ replicaId: kiosk.replicaId, kioskId: kiosk.kioskId, createdAt: Date.UTC(2026, 10, 30), through: 1, rows }), 'utf8');
  const signature = sign(null, bytes, createPrivateKey(kiosk.privateKeyPem));
  return JSON.stringify({ format: 'loket-counts', version: 1, payload: bytes.toString('base64'), signature: signature.toString('base64') });
}

const officeIn = (body: { offices: { officeId: string }[] }, id: string): any => body.offices.find((o) => o.officeId === id);

describe.each(BACKENDS)('bounded, isolated city figures on %s', (backend) => {
  let city: CityServerHarness;

  beforeAll(async () => {
    city = await CityServerHarness.start(backend);
    // A healthy office that must keep showing whatever another office sends.
    await city.createOffice('perizinan', 'DPMPTSP Kota Kupang');
    const good = await city.enrol('perizinan');
    expect((await city.push(good, [row('tickets.issued.KTP.regular', 12), ...surveys(10)], 1)).status).toBe(200);
  }, 30_000);
  afterAll(() => city.close());

  /** An office whose kiosk holds one impossible stored value (as a server before the bounds accepted it) besides valid ones. */
  async function officeWithStoredHugeValue(id: string, date = '2026-11-03'): Promise<TestKiosk> {
    await city.createOffice(id, `Kantor ${id}`);
    const kiosk = await city.enrol(id);
    expect((await city.push(kiosk, [row('tickets.issued.KTP.regular', 40), ...surveys(20)], 1)).status).toBe(200);
    await countersRepo.raise(city.db, kiosk.replicaId, [row('skm.answers.KTP.U1.4', HUGE, date)]);
    return kiosk;
  }

  async function publicViews(query = '') {
    const page = await fetch(`${city.url}/${query}`);
    const api = await fetch(`${city.url}/api/public/v1/ikm${query}`);
    return { pageStatus: page.status, page: await page.text(), apiStatus: api.status, api: (await api.json()) as any };
  }

  it('refuses a protocol-valid push with a huge value, naming the row, and stores nothing of it', async () => {
    await city.createOffice('kios-baru', 'Kantor Kios Baru');
    const kiosk = await city.enrol('kios-baru');
    const r = await city.push(kiosk, [row('tickets.issued.KTP.regular', 5), row('skm.answers.KTP.U1.4', HUGE)], 1);
    expect([r.status, r.json.error.code]).toEqual([422, 'invalid_rows']);
    expect(r.json.error.refused).toEqual([
      { date: '2026-11-04', metric: 'skm.answers.KTP.U1.4', value: HUGE, reason: expect.stringMatching(/^3000000000000000 exceeds 43200, the most a day can hold for SKM answers/) },
    ]);
    expect(r.json.error.message).toContain('skm.answers.KTP.U1.4');
    expect(await city.counters(kiosk.replicaId)).toEqual([]);

    // The most a day can hold is still accepted.
    const busiest = [row('tickets.issued.KTP.regular', 43_200), row('wait.count.KTP', 43_200), row('wait.sum_s.KTP', 43_200 * 86_400)];
    expect((await city.push(kiosk, busiest, 2)).status).toBe(200);
    const views = await publicViews();
    expect([views.pageStatus, views.apiStatus]).toEqual([200, 200]);
  });

  it('refuses the same value in a USB file, naming the row, and stores nothing of it', async () => {
    await city.createOffice('mobil-keliling', 'Mobil Pelayanan Keliling');
    const kiosk = await city.enrol('mobil-keliling');
    const r = await city.importFile(usbFile(kiosk, [row('tickets.issued.KTP.regular', 5), row('quick.KTP.happy', HUGE)]));
    expect([r.status, r.json.error.code]).toEqual([422, 'invalid_rows']);
    expect(r.json.error.refused).toEqual([{ date: '2026-11-04', metric: 'quick.KTP.happy', value: HUGE, reason: expect.stringMatching(/exceeds 43200/) }]);
    expect(await city.counters(kiosk.replicaId)).toEqual([]);
    expect((await city.admin('/admin/import')).text).toContain('quick.KTP.happy');
  });

  it('lists each refused row with its reason for a date in the future or before Loket existed', async () => {
    await city.createOffice('jam-salah', 'Kantor Jam Salah');
    const kiosk = await city.enrol('jam-salah');
    const future = await city.push(kiosk, [row('tickets.issued.KTP.regular', 1), row('wait.count.KTP', 1, '2027-03-01')], 1);
    expect([future.status, future.json.error.code]).toEqual([422, 'date_in_future']);
    expect(future.json.error.refused).toEqual([{ date: '2027-03-01', metric: 'wait.count.KTP', value: 1, reason: expect.stringMatching(/after 2026-12-01/) }]);
    const old = await city.push(kiosk, [row('tickets.issued.KTP.regular', 1), row('wait.count.KTP', 2, '2023-05-01')], 1);
    expect([old.status, old.json.error.code]).toEqual([422, 'invalid_rows']);
    expect(old.json.error.refused).toEqual([{ date: '2023-05-01', metric: 'wait.count.KTP', value: 2, reason: expect.stringMatching(/2024-01-01/) }]);
    expect(await city.counters(kiosk.replicaId)).toEqual([]);
  });

  it('keeps every other office on / and the IKM API when one office holds an impossible stored value', async () => {
    await officeWithStoredHugeValue('dukcapil-lama');
    const views = await publicViews();
    expect([views.pageStatus, views.apiStatus]).toEqual([200, 200]);
    expect(views.page).toMatch(/data-office="perizinan"><div class="head"><h3 class="name">DPMPTSP Kota Kupang<\/h3><\/div>.*?data-konversi>100,00</s);
    expect(views.page).toMatch(/data-office="dukcapil-lama" data-status="under_review">.*Data sedang ditinjau/s);
    expect(officeIn(views.api, 'perizinan')).toMatchObject({ status: 'ok', ikm: { konversi: 100, mutu: 'A', respondents: 10 } });
    expect(officeIn(views.api, 'dukcapil-lama')).toMatchObject({ status: 'under_review', ikm: null });

    const dashboard = await city.admin('/admin/dashboard?from=2026-11-01&to=2026-11-30');
    expect(dashboard.status).toBe(200);
    expect(dashboard.text).toContain('skm.answers.KTP.U1.4 on one day: 3000000000000000 exceeds 43200');
    const json = await city.dashboard('2026-11-01', '2026-11-30');
    expect(officeIn(json, 'perizinan')).toMatchObject({ status: 'ok', issued: 12 });
    expect(officeIn(json, 'dukcapil-lama')).toMatchObject({ status: 'under_review', reason: expect.stringContaining('skm.answers.KTP.U1.4') });
  });

  it('answers 200 even when the stored values of one office would overflow a 64-bit sum', async () => {
    await city.createOffice('luber', 'Kantor Luber');
    const kiosk = await city.enrol('luber');
    // 1,030 days at the largest value an old server accepted: their sum is beyond PostgreSQL's bigint.
    const start = Date.UTC(2024, 0, 1);
    const days = Array.from({ length: 1030 }, (_, i) => row('wait.sum_s.KTP', Number.MAX_SAFE_INTEGER, new Date(start + i * 86_400_000).toISOString().slice(0, 10)));
    await countersRepo.raise(city.db, kiosk.replicaId, days);
    const views = await publicViews('?from=2024-01-01&to=2026-11-30');
    expect([views.pageStatus, views.apiStatus]).toEqual([200, 200]);
    expect(officeIn(views.api, 'luber').status).toBe('under_review');
    expect(officeIn(views.api, 'perizinan').ikm.konversi).toBe(100);
    expect((await city.admin('/admin/dashboard?from=2024-01-01&to=2026-11-30')).status).toBe(200);
  });

  it("lets the administrator quarantine an office's days with a reason, see why, and lift it", async () => {
    const kiosk = await officeWithStoredHugeValue('karantina');
    const officePage = await city.admin('/admin/offices/karantina');
    expect(officePage.text).toMatch(/data-over-bound><td>2026-11-03<\/td><td><code>skm\.answers\.KTP\.U1\.4<\/code><\/td><td class="num">3000000000000000<\/td>/);

    // Only a signed-in administrator, and only a sensible range with a reason.
    const anonymous = await fetch(`${city.url}/admin/offices/karantina/quarantines`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ from: '2026-11-03', to: '2026-11-03', reason: 'tanpa sesi' }),
      redirect: 'manual',
    });
    expect(anonymous.status).toBe(303);
    const backwards = await city.admin('/admin/offices/karantina/quarantines', { from: '2026-11-04', to: '2026-11-03', reason: 'Nilai mustahil' });
    expect(backwards.status).toBe(400);
    expect(backwards.text).toContain('Tanggal akhir tidak boleh sebelum tanggal awal.');
    const noReason = await city.admin('/admin/offices/karantina/quarantines', { from: '2026-11-03', to: '2026-11-03', reason: ' ' });
    expect(noReason.status).toBe(400);
    expect((await city.db.query('SELECT id FROM quarantines')).length).toBe(0);

    const placed = await city.admin('/admin/offices/karantina/quarantines', { from: '2026-11-03', to: '2026-11-03', reason: 'Nilai mustahil dari server lama' });
    expect(placed.status).toBe(200);
    const id = /data-quarantine="(\d+)"/.exec(placed.text)?.[1];
    expect(id).toBeDefined();
    expect(placed.text).toMatch(/Nilai mustahil dari server lama<\/td><td class="num">1<\/td>/);
    expect(placed.text).toContain('dikarantina (#');

    // The office shows again from its other days; the held rows stay stored.
    let views = await publicViews('?from=2026-11-01&to=2026-11-30');
    expect(officeIn(views.api, 'karantina')).toMatchObject({ status: 'ok', quarantined: true, ikm: { konversi: 100, respondents: 20 } });
    expect(views.page).toContain('sebagian hari sedang ditinjau');
    expect(officeIn(await city.dashboard('2026-11-01', '2026-11-30'), 'karantina')).toMatchObject({ status: 'ok', issued: 40, quarantined: true });
    expect(await city.counters(kiosk.replicaId)).toContainEqual(row('skm.answers.KTP.U1.4', HUGE, '2026-11-03'));

    const lifted = await city.admin(`/admin/quarantines/${id}/lift`, {});
    expect(lifted.status).toBe(200);
    expect(lifted.text).toContain('dicabut');
    views = await publicViews('?from=2026-11-01&to=2026-11-30');
    expect(officeIn(views.api, 'karantina')).toMatchObject({ status: 'under_review', quarantined: false });
    expect((await city.admin(`/admin/quarantines/${id}/lift`, {})).status).toBe(404);
  });
});
