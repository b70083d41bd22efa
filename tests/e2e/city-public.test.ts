import { createHash } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accumulateSurveys, computeIkm, UNSUR_CODES, type Score, type SurveyAnswers } from '../../src/shared/skm';
import { ratingMetric } from '../../src/shared/sync/metricName';
import { LIVE_SNAPSHOT_PATH, type LiveSnapshotRequest } from '../../src/shared/sync/liveSnapshot';
import { expectAccessible } from '../helpers/accessibility';
import { launchChromium } from '../helpers/browser';
import { SHOTS } from '../helpers/screenshots';
import { bookableOffice, oeboboConfig, putStandards, standardsOf } from '../integration/booking/bookingFixtures';
import { mppConfig } from '../integration/server/agencyFixtures';
import { CityServerHarness, type TestKiosk } from '../integration/server/cityServerHarness';

/**
 * A resident on a phone (360×800) opens the city's home page: sees how busy each office is now with the
 * age of the data, the van's stops, each office's IKM with its unsur and trend, the service standards;
 * then opens a ticket's page at the city by its code. Monday 30 November 2026, 11:00 in Kupang.
 */
const KUPANG = (hhmm: string, day = 30) => Date.UTC(2026, 10, day, Number(hhmm.slice(0, 2)) - 8, Number(hhmm.slice(3)));
const CODE = '7K3MQ9XA2BWRT';

/** Surveys whose scores lean to `bias` (1..4), deterministic. */
function surveys(seed: number, n: number, bias: number): SurveyAnswers[] {
  let s = seed;
  const next = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: n }, () => Object.fromEntries(UNSUR_CODES.map((c) => [c, Math.min(4, Math.max(1, Math.round(bias + next() * 1.4 - 0.5))) as Score])) as SurveyAnswers);
}

function rowsOf(list: SurveyAnswers[], service: string, date: string) {
  const counts = new Map<string, number>();
  for (const a of list) for (const code of UNSUR_CODES) {
    const m = ratingMetric.skmAnswer(service, code, a[code] as Score);
    counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  return [...[...counts].map(([metric, value]) => ({ date, metric, value })), { date, metric: ratingMetric.skmRespondents(service), value: list.length }];
}

const snapshot = (officeId: string, takenAt: number, waiting: number): LiveSnapshotRequest => ({
  officeId,
  serviceDay: '2026-11-30',
  takenAt,
  expiresAt: KUPANG('00:00', 31),
  services: [
    { code: 'KTP', name: { id: 'KTP-el', en: 'Electronic ID card' }, open: true, waiting, estimatedWaitMinutes: waiting * 4.2 },
    { code: 'KK', name: { id: 'Kartu Keluarga', en: 'Family card' }, open: true, waiting: 2, estimatedWaitMinutes: null },
    { code: 'AKTA', name: { id: 'Akta Kelahiran', en: 'Birth certificate' }, open: false, waiting: 0, estimatedWaitMinutes: null },
  ],
  tickets: [
    { codeHash: createHash('sha256').update(CODE).digest('hex'), label: 'A-012', serviceCode: 'KTP', state: 'waiting', aheadCount: 3, estimatedWaitMinutes: 13, counterNumber: null, counterName: null },
  ],
});

describe('the city home page and a ticket page at the city, on a phone', () => {
  let city: CityServerHarness;
  let browser: Browser;
  let page: Page;
  let latest: ReturnType<typeof computeIkm>;

  const shot = (name: string, size: string) => page.screenshot({ path: `${SHOTS}/city-public-${name}-${size}.png`, fullPage: name === 'home' });
  const part = (name: string, size: string, selector: string) => page.locator(selector).screenshot({ path: `${SHOTS}/city-public-${name}-${size}.png` });

  beforeAll(async () => {
    city = await CityServerHarness.start('pglite', KUPANG('10:58'));
    const oebobo = await bookableOffice(city);
    await bookableOffice(
      city,
      oeboboConfig({
        office: { ...oeboboConfig().office, id: 'van-dukcapil', name: 'Mobil Layanan Keliling Dukcapil', address: '' },
        booking: { stops: [{ date: '2026-12-02', hours: '09:00-12:00', place: 'Desa Oelnasi, balai desa' }, { date: '2026-12-04', hours: '09:00-12:00', place: 'Desa Noelbaki' }] },
      }),
    );
    await city.createOffice('kec-maulafa', 'Kecamatan Maulafa');
    const maulafa: TestKiosk = await city.enrol('kec-maulafa');

    // Four semesters of surveys at Oebobo, better each time.
    const rows = [
      ...rowsOf(surveys(1, 40, 2.4), 'KTP', '2025-03-10'),
      ...rowsOf(surveys(2, 55, 2.8), 'KTP', '2025-09-15'),
      ...rowsOf(surveys(3, 60, 3.0), 'KTP', '2026-02-02'),
      ...rowsOf(surveys(4, 72, 3.3), 'KTP', '2026-11-02'),
    ];
    latest = computeIkm(accumulateSurveys(surveys(4, 72, 3.3)));
    expect((await city.push(oebobo, rows, 1)).status).toBe(200);

    // Oebobo sent its queue two minutes ago; Maulafa's last snapshot is from the early morning.
    expect((await city.post(LIVE_SNAPSHOT_PATH, snapshot('kel-oebobo', KUPANG('10:58'), 7), oebobo.token)).status).toBe(200);
    city.nowMs = KUPANG('08:00');
    expect((await city.post(LIVE_SNAPSHOT_PATH, snapshot('kec-maulafa', KUPANG('08:00'), 12), maulafa.token)).status).toBe(200);
    city.nowMs = KUPANG('11:00');

    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, deviceScaleFactor: 1 });
    page = await context.newPage();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await city?.close();
  });

  it("shows each office's people waiting with the data's age, an old snapshot as old, and the van's stops", async () => {
    await page.goto(`${city.url}/`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Layanan publik kota');
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    const oebobo = page.locator('#ramai [data-office="kel-oebobo"]');
    expect(await oebobo.locator('[data-age]').textContent()).toBe('data 2 menit lalu');
    expect(await oebobo.locator('[data-service="KTP"]').textContent()).toMatch(/KTP-el\s*7\s*orang menunggu\s*tunggu ± 29 menit/);
    expect(await oebobo.locator('[data-service="AKTA"]').textContent()).toMatch(/Akta Kelahiran\s*Tutup/);
    const maulafa = page.locator('#ramai [data-office="kec-maulafa"]');
    expect(await maulafa.getAttribute('data-fresh')).toBe('no');
    expect(await maulafa.textContent()).toContain('Tidak ada data terkini: kantor tidak terhubung atau sudah tutup. Data terakhir 3 jam lalu.');
    expect(await maulafa.textContent()).not.toContain('12');
    expect(await page.locator('[data-van="van-dukcapil"]').textContent()).toMatch(/Desa Oelnasi, balai desa\s*Rabu, 2 Desember, 09\.00–12\.00/);
    await expectAccessible(page, 'city home');
    await shot('home', '360x800');
    await part('busy', '360x800', '#ramai');
  });

  it("shows each office's IKM with its unsur and its trend by semester, and the service standards", async () => {
    const card = page.locator('#ikm [data-office="kel-oebobo"]');
    const shown = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(latest.konversi);
    // The period is this year so far: the November surveys and the February ones.
    expect(await card.locator('[data-konversi]').textContent()).not.toBe('');
    expect(await card.locator('.trend .col').count()).toBe(4);
    expect(await card.locator('.trend').getAttribute('aria-label')).toContain(`Sem 2 2026 ${shown}`);
    await card.getByText('Nilai per unsur').click();
    expect(await card.locator('table.unsur tbody tr').count()).toBe(9);
    expect(await card.locator('table.unsur tbody tr').first().textContent()).toContain('U1 · Persyaratan');
    await page.locator('[data-standards="kel-oebobo"] summary').click();
    expect(await page.locator('[data-standards="kel-oebobo"] [data-service="KTP"]').textContent()).toContain('Fotokopi Kartu Keluarga');
    expect(await page.locator('[data-standards="kel-oebobo"] [data-service="AKTA"]').textContent()).toMatch(/Rp\s?15\.000/);
    await expectAccessible(page, 'city home with the unsur and standards open');
    await part('ikm', '360x800', '#ikm [data-office="kel-oebobo"]');
  });

  it("opens a ticket's page at the city by its code, with the data's age", async () => {
    await page.getByLabel('Kode tiket (13 huruf/angka)').fill('7k3m-q9xa-2bwrt');
    await page.getByRole('button', { name: 'Buka' }).click();
    await page.waitForURL(`${city.url}/t/${CODE}`);
    expect(await page.locator('[data-label]').textContent()).toBe('A-012');
    expect(await page.locator('[data-status]').textContent()).toBe('3 orang di depan Anda');
    expect(await page.locator('main').textContent()).toContain('Perkiraan menunggu ± 13 menit');
    expect(await page.locator('[data-age]').textContent()).toBe('data 2 menit lalu');
    await expectAccessible(page, 'city phone page');
    await shot('phone', '360x800');

    await page.goto(`${city.url}/t/ABCDEFGHJKMNP`);
    expect(await page.locator('.notice.err').textContent()).toContain('Tidak ada tiket dengan kode ini');
    await expectAccessible(page, 'city phone page: unknown code');
  });

  it('is in English with the toggle', async () => {
    await page.goto(`${city.url}/`);
    await page.getByRole('link', { name: 'EN', exact: true }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('City public services');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('#ramai [data-office="kel-oebobo"] [data-age]').textContent()).toBe('data 2 min ago');
    await expectAccessible(page, 'city home in English');
    await page.goto(`${city.url}/t/${CODE}?lang=en`);
    expect(await page.locator('[data-status]').textContent()).toBe('3 people ahead of you');
    await shot('phone-en', '360x800');
  });

  it('looks right on a desktop screen too (1920×1080)', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${city.url}/`);
    await page.locator('main h1').waitFor();
    await expectAccessible(page, 'city home at 1920×1080');
    await page.screenshot({ path: `${SHOTS}/city-public-home-1920x1080.png` });
    await part('busy', '1920x1080', '#ramai');
    await page.goto(`${city.url}/t/${CODE}`);
    await page.locator('[data-label]').waitFor();
    await page.screenshot({ path: `${SHOTS}/city-public-phone-1920x1080.png` });
  });

  it("shows a Mal Pelayanan Publik's agencies, each with its own IKM, under the building's score", async () => {
    await city.createOffice('mpp-kupang', 'MPP Kota Kupang');
    const mpp = await city.enrol('mpp-kupang');
    expect((await putStandards(city, mpp, standardsOf(mppConfig()))).status).toBe(200);
    const dukcapil = [...surveys(5, 30, 3.4), ...surveys(6, 8, 2.2)];
    const samsat = surveys(7, 21, 2.6);
    expect((await city.push(mpp, [...rowsOf(dukcapil.slice(0, 30), 'KTP', '2026-11-20'), ...rowsOf(dukcapil.slice(30), 'KK', '2026-11-20'), ...rowsOf(samsat, 'PKB', '2026-11-20')], 1)).status).toBe(200);
    const shown = (answers: SurveyAnswers[]) => new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(computeIkm(accumulateSurveys(answers)).konversi);
    for (const [width, height] of [
      [360, 800],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(`${city.url}/`);
      const card = page.locator('#ikm [data-office="mpp-kupang"]');
      await card.locator('[data-agency="SAMSAT"]').scrollIntoViewIfNeeded();
      expect(await card.locator('ul.agencies [data-agency]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-agency')))).toEqual(['DUKCAPIL', 'SAMSAT']);
      expect(await card.locator('[data-agency="DUKCAPIL"] [data-konversi]').textContent()).toContain(shown(dukcapil));
      expect(await card.locator('[data-agency="SAMSAT"] [data-konversi]').textContent()).toContain(shown(samsat));
      expect(await card.locator('[data-agency="SAMSAT"]').textContent()).toContain('21 responden');
      expect(await card.locator('[data-agency="SAMSAT"]').isVisible()).toBe(true);
      // Nothing spills out of the card on a phone.
      expect((await page.evaluate('document.documentElement.scrollWidth')) as number).toBeLessThanOrEqual(width);
      expect(await page.locator('#ikm [data-office="kel-oebobo"] [data-agency]').count()).toBe(0);
      await expectAccessible(page, `city home with an office of agencies at ${width}×${height}`);
      await part('ikm-agencies', `${width}x${height}`, '#ikm [data-office="mpp-kupang"]');
    }
  });
});
