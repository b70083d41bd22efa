import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../helpers/accessibility';
import { launchChromium } from '../helpers/browser';
import { ADMIN_PASSWORD, CityServerHarness } from '../integration/server/cityServerHarness';
import { putStandards, standardsOf } from '../integration/booking/bookingFixtures';
import { mppConfig } from '../integration/server/agencyFixtures';
import { dayCounters } from '../integration/server/dashboardSeed';

/**
 * The city administrator's dashboard in Chromium: sign in, pick "7 hari", read the trend charts and the
 * rankings, see the office that stopped pushing, download the figures as CSV. Real city server (PGlite).
 * Monday 30 November 2026, 11:00 in Kupang (UTC+8).
 */
const NOW = Date.UTC(2026, 10, 30, 3, 0);

let city: CityServerHarness;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  city = await CityServerHarness.start('pglite', NOW - 2 * 86_400_000);
  await city.createOffice('kel-lama', 'Kelurahan Lama');
  await city.createOffice('kel-cepat', 'Kelurahan Cepat');
  const lama = await city.enrol('kel-lama');
  const cepat = await city.enrol('kel-cepat');
  // Kelurahan Lama last pushed two days ago; Kelurahan Cepat pushes this morning.
  expect((await city.push(lama, dayCounters('2026-11-27', { issued: 40, served: 36, noShow: 2, waitSeconds: 1500, within15: 10 }), 1)).status).toBe(200);
  city.nowMs = NOW;
  const days = ['2026-11-25', '2026-11-26', '2026-11-27', '2026-11-30'];
  for (const [i, date] of days.entries()) {
    const r = await city.push(cepat, dayCounters(date, { issued: 20 + i, served: 19, noShow: 1, waitSeconds: 300, within15: 19, skm: { respondents: 3, fours: 2 } }), i + 1);
    expect(r.status).toBe(200);
  }
  // Outside "7 hari": must not count.
  expect((await city.push(cepat, dayCounters('2026-11-02', { issued: 500, served: 500, noShow: 0, waitSeconds: 60, within15: 500 }), 10)).status).toBe(200);
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 }, acceptDownloads: true })).newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await city?.close();
});

describe('the city dashboard', () => {
  it('signs the administrator in and shows today, then the last 7 days with their charts and rankings', async () => {
    await page.goto(`${city.url}/admin/dashboard`);
    await page.waitForURL(/\/admin\/signin$/);
    await page.getByLabel('Kata sandi').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.waitForURL(/\/admin\/dashboard$/);
    expect(await page.locator('[data-preset="hari-ini"]').getAttribute('aria-current')).toBe('true');

    await page.getByRole('link', { name: '7 hari' }).click();
    await page.waitForURL(/from=2026-11-24&to=2026-11-30/);
    expect(await page.locator('[data-preset="7-hari"]').getAttribute('aria-current')).toBe('true');
    expect((await page.locator('[data-period]').textContent())?.replace(/\s+/g, ' ')).toContain('24 Nov 2026 s.d. 30 Nov 2026 (7 hari)');

    // The trend: one line per office, drawn, with the figures as a table for those who cannot see it.
    const tickets = page.locator('figure[data-chart="trend-tickets"]');
    expect(await tickets.locator('svg[role="img"]').getAttribute('aria-labelledby')).toBe('trend-tickets-t trend-tickets-d');
    expect(await tickets.locator('g[data-series]').count()).toBe(2);
    expect(await tickets.locator('g[data-series="Kelurahan Cepat"] circle').count()).toBe(4);
    await tickets.getByText('Tabel data').click();
    const row = tickets.locator('tbody tr').filter({ hasText: '2026-11-30' });
    expect((await row.locator('td').allTextContents()).map((t) => t.trim())).toEqual(['23', '—']);

    // Ranked worst first: Kelurahan Lama waits 25 minutes, Kelurahan Cepat 5.
    const waitRanks = await page.locator('figure[data-chart="rank-wait"] g[data-rank]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-office')));
    expect(waitRanks).toEqual(['kel-lama', 'kel-cepat']);
    expect(await page.locator('figure[data-chart="rank-wait"] g[data-rank="1"] text.value').textContent()).toBe('25,0 mnt');
    const serviceRanks = await page.locator('figure[data-chart="rank-service"] g[data-rank]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-office')));
    expect(serviceRanks).toEqual(['kel-lama', 'kel-cepat']);
    expect(await page.locator('figure[data-chart="rank-ikm"]').textContent()).toContain('Tanpa angka (belum ada jawaban SKM): Kelurahan Lama');

    // The office that stopped pushing, how long ago, and what to do.
    const stale = page.locator('[data-stale="kel-lama"]');
    expect(await stale.textContent()).toContain('2 hari lalu');
    expect(await stale.textContent()).toContain('Kirim sekarang');
    expect(await page.locator('[data-stale="kel-cepat"]').count()).toBe(0);

    // Numbers right-aligned in the figures table.
    const cell = page.locator('tr[data-office="kel-cepat"] td.num').first();
    expect(await cell.evaluate((td) => td.ownerDocument.defaultView!.getComputedStyle(td).textAlign)).toBe('right');
    expect(await cell.textContent()).toBe('86');
  });

  it('downloads the figures per office as CSV with the numbers the dashboard shows', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="csv-kantor"]').click()]);
    expect(download.suggestedFilename()).toBe('loket-dasbor-kota-kantor-2026-11-24_2026-11-30.csv');
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toMatch(/^Dari,Sampai,Id kantor,Kantor,Tiket,Dilayani,Tidak hadir,Dibatalkan,Rata-rata tunggu \(menit\),Tingkat layanan \(%\)/);
    expect(lines.find((l) => l.includes(',kel-cepat,'))).toMatch(/^2026-11-24,2026-11-30,kel-cepat,Kelurahan Cepat,86,76,4,0,5,95,15,/);
    expect(lines.find((l) => l.includes(',kel-lama,'))).toMatch(/^2026-11-24,2026-11-30,kel-lama,Kelurahan Lama,40,36,2,0,25,26.3,15,/);
  });

  it('passes axe (WCAG 2.2 AA) with the data tables open', async () => {
    for (const summary of await page.locator('details summary').all()) await summary.click();
    await expectAccessible(page, 'city dashboard, 7 days');
  });

  it("shows a Mal Pelayanan Publik's agencies under its row, each with its own figures", async () => {
    // The harness signed in two days before "now"; its session has run out.
    await city.signIn();
    await city.createOffice('mpp-kupang', 'MPP Kota Kupang');
    const mpp = await city.enrol('mpp-kupang');
    expect((await putStandards(city, mpp, standardsOf(mppConfig()))).status).toBe(200);
    const ktp = dayCounters('2026-11-30', { issued: 30, served: 27, noShow: 1, waitSeconds: 600, within15: 28 });
    const pkb = dayCounters('2026-11-30', { issued: 12, served: 10, noShow: 2, waitSeconds: 1200, within15: 4 }).map((r) => ({ ...r, metric: r.metric.replace('.KTP', '.PKB') }));
    expect((await city.push(mpp, [...ktp, ...pkb], 1)).status).toBe(200);
    await page.reload();
    const rows = page.locator('table[data-figures] tr[data-office="mpp-kupang"]');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-agency')))).toEqual([null, 'DUKCAPIL', 'SAMSAT']);
    expect(await rows.first().locator('td.num').first().textContent()).toBe('42');
    const samsat = page.locator('tr[data-agency="SAMSAT"]');
    await samsat.scrollIntoViewIfNeeded();
    expect(await samsat.isVisible()).toBe(true);
    expect((await samsat.locator('th').textContent())?.replace(/\s+/g, ' ').trim()).toBe('↳ Samsat Samsat Kota Kupang');
    // 12 tickets; 12 calls of 20 minutes, 4 of them within 15.
    expect((await samsat.locator('td.num').allTextContents()).slice(0, 5)).toEqual(['12', '10', '2', '20,0 mnt', '33,3 %']);
    expect(await page.locator('tr[data-office="kel-cepat"][data-agency]').count()).toBe(0);
    await expectAccessible(page, 'city dashboard with an office of agencies');
  });

  it('keeps the other admin pages in the same frame, each passing axe, and signs out', async () => {
    for (const [path, tab] of [
      ['/admin/offices', 'Kantor & kios'],
      ['/admin/offices/kel-lama', 'Kantor & kios'],
      ['/admin/import', 'Impor USB'],
    ] as const) {
      await page.goto(`${city.url}${path}`);
      expect(await page.locator('nav.tabs a[aria-current="page"]').textContent()).toBe(tab);
      await expectAccessible(page, path);
    }
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.waitForURL(/\/admin\/signin$/);
    expect(await page.locator('nav.tabs').count()).toBe(0);
    await expectAccessible(page, 'sign-in');
  });
});
