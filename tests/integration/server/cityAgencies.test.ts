import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accumulateSurveys, computeIkm, UNSUR_CODES, type Score, type SurveyAnswers } from '../../../src/shared/skm';
import { ratingMetric } from '../../../src/shared/sync/metricName';
import { bookingStandardsRepo } from '../../../src/server/store/bookingStandardsRepo';
import type { CounterValue } from '../../../src/server/store/countersRepo';
import { oeboboConfig, putStandards, standardsOf } from '../booking/bookingFixtures';
import { mppConfig } from './agencyFixtures';
import { BACKENDS, CityServerHarness, type TestKiosk } from './cityServerHarness';

/**
 * Agencies inside an office at the city (docs/agencies.md, "Agencies at the city"): a Mal Pelayanan
 * Publik pushes its per-service counters and a standards document naming its agencies; the dashboard,
 * its export and the public IKM show each agency's figures, which the test works out by hand from what
 * it pushed (the IKM from the surveys themselves, over each agency's own respondents). An office without
 * agencies shows as before, and a document whose agencies do not hold together is refused.
 * Monday 30 November 2026, 11:00 in Kupang (UTC+8).
 */
const NOW = Date.UTC(2026, 10, 30, 3, 0);
const DAY = '2026-11-27';
const RANGE = 'from=2026-11-01&to=2026-11-30&target=15';

/** Surveys as the office would hold them (deterministic). */
function surveys(seed: number, n: number): SurveyAnswers[] {
  let s = seed;
  const next = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: n }, () => Object.fromEntries(UNSUR_CODES.map((c) => [c, (1 + Math.floor(next() * 4)) as Score])) as SurveyAnswers);
}

interface ServiceDay {
  issued: number;
  served: number;
  noShow: number;
  /** Seconds each call waited. */
  waits: number[];
  surveys: SurveyAnswers[];
}

/** A day of one service as the kiosk pushes it: tickets, waits with their histogram, SKM answer counts. */
function serviceRows(service: string, f: ServiceDay): CounterValue[] {
  const bucket = (s: number) => (s <= 300 ? 'le5' : s <= 600 ? 'le10' : s <= 900 ? 'le15' : s <= 1800 ? 'le30' : 'le60');
  const hist = new Map<string, number>();
  for (const w of f.waits) hist.set(bucket(w), (hist.get(bucket(w)) ?? 0) + 1);
  const answers = new Map<string, number>();
  for (const a of f.surveys) for (const u of UNSUR_CODES) answers.set(ratingMetric.skmAnswer(service, u, a[u]!), (answers.get(ratingMetric.skmAnswer(service, u, a[u]!)) ?? 0) + 1);
  return [
    { date: DAY, metric: `tickets.issued.${service}.regular`, value: f.issued },
    { date: DAY, metric: `tickets.served.${service}.regular`, value: f.served },
    { date: DAY, metric: `tickets.no_show.${service}.regular`, value: f.noShow },
    { date: DAY, metric: `wait.sum_s.${service}`, value: f.waits.reduce((s, w) => s + w, 0) },
    { date: DAY, metric: `wait.count.${service}`, value: f.waits.length },
    ...[...hist].map(([b, value]) => ({ date: DAY, metric: `wait.hist.${service}.${b}`, value })),
    ...[...answers].map(([metric, value]) => ({ date: DAY, metric, value })),
    { date: DAY, metric: ratingMetric.skmRespondents(service), value: f.surveys.length },
  ];
}

const day: Record<'KTP' | 'KK' | 'PKB', ServiceDay> = {
  KTP: { issued: 12, served: 10, noShow: 1, waits: [120, 240, 480, 600, 700, 800, 1000, 1200, 1500, 2000, 2400], surveys: surveys(11, 31) },
  KK: { issued: 5, served: 4, noShow: 0, waits: [60, 200, 900, 1700], surveys: surveys(12, 4) },
  PKB: { issued: 9, served: 8, noShow: 1, waits: [300, 300, 300, 400, 500, 500, 900, 1000, 3000], surveys: surveys(13, 17) },
};

/** What the test expects of a group of services, worked out from what it pushed. */
function expected(services: (keyof typeof day)[]) {
  const parts = services.map((s) => day[s]);
  const waits = parts.flatMap((p) => p.waits);
  return {
    issued: parts.reduce((s, p) => s + p.issued, 0),
    served: parts.reduce((s, p) => s + p.served, 0),
    noShow: parts.reduce((s, p) => s + p.noShow, 0),
    meanWaitMinutes: waits.reduce((s, w) => s + w, 0) / waits.length / 60,
    serviceLevel: waits.filter((w) => w <= 900).length / waits.length,
    ikm: computeIkm(accumulateSurveys(parts.flatMap((p) => p.surveys))),
  };
}

const id2 = (v: number) => new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(v);

describe.each(BACKENDS)('agencies inside an office at the city (%s)', (backend) => {
  let city: CityServerHarness;
  let mpp: TestKiosk;

  const api = async () => (await city.dashboard('2026-11-01', '2026-11-30')).offices as any[];

  beforeAll(async () => {
    city = await CityServerHarness.start(backend, NOW);
    await city.createOffice('mpp-kupang', 'MPP Kota Kupang');
    await city.createOffice('kel-oebobo', 'Kelurahan Oebobo');
    mpp = await city.enrol('mpp-kupang');
    const kel = await city.enrol('kel-oebobo');
    const std = await putStandards(city, mpp, standardsOf(mppConfig()));
    expect(std.status, JSON.stringify(std.json)).toBe(200);
    expect((await putStandards(city, kel, standardsOf(oeboboConfig()))).status).toBe(200);
    const pushed = await city.push(mpp, [...serviceRows('KTP', day.KTP), ...serviceRows('KK', day.KK), ...serviceRows('PKB', day.PKB)], 1);
    expect(pushed.status, JSON.stringify(pushed.json)).toBe(200);
    expect((await city.push(kel, serviceRows('KTP', day.KTP), 1)).status).toBe(200);
  }, 30_000);

  afterAll(async () => {
    await city?.close();
  });

  it('computes each agency from its own services, its IKM over its own respondents, and the office over all', async () => {
    const office = (await api()).find((o) => o.officeId === 'mpp-kupang');
    const all = expected(['KTP', 'KK', 'PKB']);
    expect(office).toMatchObject({ issued: all.issued, served: all.served, ikm: { konversi: all.ikm.konversi, respondents: 52 } });
    expect(office.agencies.map((a: any) => a.agency.id)).toEqual(['DUKCAPIL', 'SAMSAT']);
    for (const [agency, services] of [
      ['DUKCAPIL', ['KTP', 'KK']],
      ['SAMSAT', ['PKB']],
    ] as const) {
      const want = expected([...services]);
      const got = office.agencies.find((a: any) => a.agency.id === agency);
      expect(got.agency.shortName).toBe(agency === 'DUKCAPIL' ? 'Dukcapil' : 'Samsat');
      expect([got.issued, got.served, got.noShow]).toEqual([want.issued, want.served, want.noShow]);
      expect(got.meanWaitMinutes).toBeCloseTo(want.meanWaitMinutes, 10);
      expect(got.serviceLevel).toBeCloseTo(want.serviceLevel, 10);
      expect(got.ikm).toEqual({ konversi: want.ikm.konversi, mutu: want.ikm.category.mutu, respondents: want.ikm.respondents });
    }
    // Dukcapil's IKM is over its 35 respondents, not the mean of KTP's and KK's.
    const dukcapil = office.agencies.find((a: any) => a.agency.id === 'DUKCAPIL');
    const meanOfServices = (computeIkm(accumulateSurveys(day.KTP.surveys)).konversi + computeIkm(accumulateSurveys(day.KK.surveys)).konversi) / 2;
    expect(dukcapil.ikm.respondents).toBe(35);
    expect(Math.abs(dukcapil.ikm.konversi - meanOfServices)).toBeGreaterThan(0.01);
  });

  it('shows the agency rows under the office on the dashboard, and none for an office without agencies', async () => {
    const page = (await city.admin(`/admin/dashboard?${RANGE}`)).text;
    const dukcapil = expected(['KTP', 'KK']);
    const row = /<tr class="agency" data-office="mpp-kupang" data-agency="DUKCAPIL">(.*?)<\/tr>/s.exec(page)?.[1] ?? '';
    expect(row).toContain('Dukcapil');
    expect(row).toContain('Dinas Kependudukan dan Pencatatan Sipil');
    expect(row).toContain(`<td class="num">${dukcapil.issued}</td>`);
    expect(row).toContain(`${id2(dukcapil.ikm.konversi)} <span class="mutu">(${dukcapil.ikm.category.mutu})</span>`);
    // The agency rows follow their office's row, in the document's order.
    const order = [...page.matchAll(/<tr[^>]* data-office="([\w-]+)"(?: data-agency="(\w+)")?/g)].map((m) => (m[2] ? `${m[1]}/${m[2]}` : m[1]));
    expect(order.slice(order.indexOf('mpp-kupang'), order.indexOf('mpp-kupang') + 3)).toEqual(['mpp-kupang', 'mpp-kupang/DUKCAPIL', 'mpp-kupang/SAMSAT']);
    expect(page).not.toContain('data-office="kel-oebobo" data-agency');
    expect((await api()).find((o) => o.officeId === 'kel-oebobo')).not.toHaveProperty('agencies');
  });

  it('exports a row per agency after its office, with the agency columns last', async () => {
    const csv = await city.admin(`/admin/dashboard/export.csv?${RANGE}&table=kantor`);
    expect(csv.status).toBe(200);
    const [header, ...rows] = Papa.parse<string[]>(csv.text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(header!.slice(-2)).toEqual(['Id instansi', 'Instansi']);
    const col = (name: string) => header!.indexOf(name);
    expect(rows.map((r) => `${r[col('Id kantor')]}/${r[col('Id instansi')]}`)).toEqual(['kel-oebobo/', 'mpp-kupang/', 'mpp-kupang/DUKCAPIL', 'mpp-kupang/SAMSAT']);
    const samsat = rows.find((r) => r[col('Id instansi')] === 'SAMSAT')!;
    const want = expected(['PKB']);
    expect(samsat[col('Instansi')]).toBe('Samsat Kota Kupang');
    expect(Number(samsat[col('Tiket')])).toBe(want.issued);
    expect(Number(samsat[col('Rata-rata tunggu (menit)')])).toBe(Number(want.meanWaitMinutes.toFixed(1)));
    expect(Number(samsat[col('Tingkat layanan (%)')])).toBe(Number((want.serviceLevel * 100).toFixed(1)));
    expect(Number(samsat[col('IKM (konversi)')])).toBe(Number(want.ikm.konversi.toFixed(2)));
    expect(Number(samsat[col('Responden SKM')])).toBe(17);
    // Bookings are the office's: an agency row leaves them empty.
    expect(samsat[col('Booking')]).toBe('');
  });

  it("shows each agency's IKM under its office on the public page and in the public API", async () => {
    const body: any = await (await fetch(`${city.url}/api/public/v1/ikm?from=2026-11-01&to=2026-11-30`)).json();
    const office = body.offices.find((o: any) => o.officeId === 'mpp-kupang');
    const samsat = expected(['PKB']).ikm;
    expect(office.agencies.map((a: any) => [a.agencyId, a.shortName, a.ikm.konversi, a.ikm.respondents])).toEqual([
      ['DUKCAPIL', 'Dukcapil', expected(['KTP', 'KK']).ikm.konversi, 35],
      ['SAMSAT', 'Samsat', samsat.konversi, 17],
    ]);
    expect(office.agencies[1].ikm.unsur.map((u: any) => u.konversi)).toEqual(samsat.unsur.map((u) => u.konversi));
    expect(body.offices.find((o: any) => o.officeId === 'kel-oebobo')).not.toHaveProperty('agencies');

    for (const lang of ['id', 'en'] as const) {
      const page = await (await fetch(`${city.url}/?from=2026-11-01&to=2026-11-30&lang=${lang}`)).text();
      const cardOf = (officeId: string) => {
        const start = page.indexOf(`<li class="card" data-office="${officeId}">`);
        const end = page.indexOf('<li class="card"', start + 1);
        return page.slice(start, end < 0 ? undefined : end);
      };
      const card = cardOf('mpp-kupang');
      expect(card).toContain(lang === 'id' ? 'IKM per instansi' : 'IKM per agency');
      const item = /<li data-agency="SAMSAT">(.*?)<\/li>/s.exec(card)?.[1] ?? '';
      // The page writes numbers the Indonesian way in both languages, as the office's own score.
      expect(item).toContain(`data-konversi>${id2(samsat.konversi)}`);
      expect(item).toContain(`(${samsat.category.mutu})`);
      expect(item).toContain(lang === 'id' ? 'Samsat Kota Kupang' : 'Vehicle Tax Office');
      expect(cardOf('kel-oebobo')).not.toContain('data-agency');
    }
  });

  it("groups by the office's latest document: a service moved to another agency counts there", async () => {
    expect((await putStandards(city, mpp, standardsOf(mppConfig('SAMSAT')))).status).toBe(200);
    try {
      const office = (await api()).find((o) => o.officeId === 'mpp-kupang');
      const [dukcapil, samsat] = office.agencies;
      expect([dukcapil.issued, dukcapil.ikm.respondents]).toEqual([day.KTP.issued, 31]);
      expect([samsat.issued, samsat.ikm.konversi]).toEqual([day.KK.issued + day.PKB.issued, expected(['KK', 'PKB']).ikm.konversi]);
    } finally {
      expect((await putStandards(city, mpp, standardsOf(mppConfig()))).status).toBe(200);
    }
  });

  it('refuses a document whose agencies do not hold together, and stores nothing of it', async () => {
    const before = await bookingStandardsRepo.get(city.db, 'mpp-kupang');
    const good = standardsOf(mppConfig());
    const unlisted = { ...good, services: good.services.map((s) => (s.code === 'PKB' ? { ...s, agency: 'IMIGRASI' } : s)) };
    const someWithout = { ...good, services: good.services.map((s) => (s.code === 'KK' ? { ...s, agency: undefined } : s)) };
    const withoutList = { ...good, agencies: undefined };
    for (const [doc, path] of [
      [unlisted, 'services[2].agency'],
      [someWithout, 'services[1].agency'],
      [withoutList, 'services[0].agency'],
    ] as const) {
      const r = await putStandards(city, mpp, doc);
      expect(r.status).toBe(400);
      expect(r.json.error.code).toBe('bad_request');
      expect(JSON.stringify(r.json)).toContain(path);
    }
    expect(await bookingStandardsRepo.get(city.db, 'mpp-kupang')).toEqual(before);
    expect((await api()).find((o) => o.officeId === 'mpp-kupang').agencies).toHaveLength(2);
  });
});

