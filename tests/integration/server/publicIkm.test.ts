import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accumulateSurveys, computeIkm, UNSUR_CODES, type Score, type SurveyAnswers } from '../../../src/shared/skm';
import { ratingMetric } from '../../../src/shared/sync/metricName';
import { BACKENDS, CityServerHarness } from './cityServerHarness';

/** Surveys as the office would hold them; the kiosk pushes their per-unsur-per-score counts. */
function surveys(seed: number, n: number): SurveyAnswers[] {
  let s = seed;
  const next = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: n }, () => Object.fromEntries(UNSUR_CODES.map((c) => [c, (1 + Math.floor(next() * 4)) as Score])) as SurveyAnswers);
}

function rowsOf(list: SurveyAnswers[], service: string, date: string) {
  const counts = new Map<string, number>();
  for (const a of list) for (const code of UNSUR_CODES) {
    const score = a[code];
    if (score === undefined) continue;
    const m = ratingMetric.skmAnswer(service, code, score);
    counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  return [...[...counts].map(([metric, value]) => ({ date, metric, value })), { date, metric: ratingMetric.skmRespondents(service), value: list.length }];
}

describe.each(BACKENDS)('the public page on %s', (backend) => {
  let city: CityServerHarness;
  beforeAll(async () => {
    city = await CityServerHarness.start(backend);
  }, 30_000);
  afterAll(() => city.close());

  it('shows the IKM the office computes from the same surveys, with mutu, kinerja and respondents', async () => {
    await city.createOffice('perizinan', 'DPMPTSP Kota Kupang');
    await city.createOffice('kosong', 'Kantor Tanpa Survei');
    const kioskA = await city.enrol('perizinan');
    const kioskB = await city.enrol('perizinan');
    const ktpDay1 = surveys(1, 37);
    const kkDay2 = surveys(2, 23);
    const otherKiosk = surveys(3, 41);
    expect((await city.push(kioskA, [...rowsOf(ktpDay1, 'KTP', '2026-11-02'), ...rowsOf(kkDay2, 'KK', '2026-11-03')], 1)).status).toBe(200);
    expect((await city.push(kioskB, rowsOf(otherKiosk, 'IZIN_USAHA', '2026-11-04'), 1)).status).toBe(200);

    const expected = computeIkm(accumulateSurveys([...ktpDay1, ...kkDay2, ...otherKiosk]));
    const res = await fetch(`${city.url}/api/public/v1/ikm?from=2026-11-01&to=2026-11-30`);
    const body: any = await res.json();
    const office = body.offices.find((o: { officeId: string }) => o.officeId === 'perizinan');
    expect(office.ikm).toMatchObject({ konversi: expected.konversi, mutu: expected.category.mutu, kinerja: expected.category.kinerja, respondents: 101 });
    expect(office.ikm.unsur.map((u: { konversi: number }) => u.konversi)).toEqual(expected.unsur.map((u) => u.konversi));
    expect(body.offices.find((o: { officeId: string }) => o.officeId === 'kosong').ikm).toBeNull();

    const page = await (await fetch(`${city.url}/?from=2026-11-01&to=2026-11-30`)).text();
    const shown = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(expected.konversi);
    expect(page).toContain(`data-konversi>${shown}</span>`);
    expect(page).toContain(expected.category.kinerja);
    expect(page).toContain('Belum ada survei');

    // Outside the period nothing counts.
    const december: any = await (await fetch(`${city.url}/api/public/v1/ikm?from=2026-12-01&to=2026-12-31`)).json();
    expect(december.offices.find((o: { officeId: string }) => o.officeId === 'perizinan').ikm).toBeNull();
  });
});
