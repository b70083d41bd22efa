import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../helpers/accessibility';
import { launchChromium } from '../helpers/browser';
import { CityServerHarness } from '../integration/server/cityServerHarness';
import { bookableOffice, oeboboConfig } from '../integration/booking/bookingFixtures';
import { SHOTS } from '../helpers/screenshots';

/** A resident books from a phone (360×800) on the city server, in Bahasa Indonesia and in English, and cancels. */
// Monday 30 November 2026, 11:00 in Kupang.
const MONDAY_11 = Date.UTC(2026, 10, 30, 3, 0, 0);

describe('public booking pages on a phone', () => {
  let city: CityServerHarness;
  let browser: Browser;
  let page: Page;

  const shot = (name: string) => page.screenshot({ path: `${SHOTS}/${name}-360x800.png`, fullPage: true });

  beforeAll(async () => {
    city = await CityServerHarness.start('pglite', MONDAY_11);
    await bookableOffice(city, oeboboConfig());
    // The mobile service van: bookable only at its published stops.
    await bookableOffice(
      city,
      oeboboConfig({
        office: { ...oeboboConfig().office, id: 'van-dukcapil', name: 'Mobil Layanan Keliling Dukcapil', address: '' },
        booking: { stops: [{ date: '2026-12-02', hours: '09:00-12:00', place: 'Desa Oelnasi, balai desa' }, { date: '2026-12-04', hours: '09:00-12:00', place: 'Desa Noelbaki' }] },
      }),
    );
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, deviceScaleFactor: 1, acceptDownloads: true });
    page = await context.newPage();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await city?.close();
  });

  it('books a KTP slot for Tuesday 08.30 and gets a code and a QR that holds the signed booking', async () => {
    await page.goto(`${city.url}/booking`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Booking layanan');
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    expect(await page.locator('[data-office="van-dukcapil"]').textContent()).toMatch(/Mobil Layanan Keliling Dukcapil\s*Mobil layanan keliling\s*Singgah berikutnya: Desa Oelnasi, balai desa, Rabu, 2 Desember/);
    await expectAccessible(page, 'booking: offices');
    await shot('booking-offices');

    await page.getByRole('link', { name: /Kelurahan Oebobo/ }).click();
    const ktp = page.locator('[data-service="KTP"]');
    await ktp.waitFor();
    expect(await ktp.textContent()).toContain('Fotokopi Kartu Keluarga');
    expect(await ktp.textContent()).toContain('Selesai di tempat');
    expect(await ktp.textContent()).toContain('Gratis');
    expect(await page.locator('[data-service="AKTA"]').textContent()).toMatch(/Rp\s?15\.000/);
    expect(await page.locator('[data-service="KK"]').textContent()).toContain('tidak bisa dibooking');
    await expectAccessible(page, 'booking: services');
    await shot('booking-services');

    await page.getByRole('link', { name: 'Pilih layanan ini: KTP-el' }).click();
    // Today (Monday) is chosen first: 11.30 and the afternoon are left; Saturday is closed.
    await page.locator('.day[aria-current="date"][data-day="2026-11-30"]').waitFor();
    expect(await page.locator('.slot .t').allTextContents()).toEqual(['11.30', '13.00', '13.30', '14.00', '14.30']);
    expect(await page.locator('[data-day="2026-12-05"]').textContent()).toMatch(/^Sab\s*5\s*Des\s*Tutup$/);
    expect(await page.locator('input[type="date"]').count()).toBe(0);
    await expectAccessible(page, 'booking: days and slots');
    await shot('booking-slots');

    await page.locator('a.day[data-day="2026-12-01"]').click();
    await page.locator('.day[aria-current="date"][data-day="2026-12-01"]').waitFor();
    await page.getByRole('button', { name: '08.30 3 tempat' }).click();

    const code = page.locator('[data-booking-code]');
    await code.waitFor();
    expect(await page.locator('h1').textContent()).toBe('Booking Anda tercatat');
    expect(await code.textContent()).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    const signed = (await page.locator('.qr').getAttribute('data-signed')) ?? '';
    expect(signed).toMatch(new RegExp(`^LB1\\.kel-oebobo\\.KTP\\.2026-12-01\\.08:30\\.${(await code.textContent())!.replace('-', '')}\\.[A-Za-z0-9_-]{86}$`));
    expect(await page.locator('main').textContent()).toContain('Datang antara pukul 08.00 dan 08.45');
    await expectAccessible(page, 'booking: confirmation');
    await shot('booking-confirmation');

    // The downloads: an SVG that is exactly the QR of the signed booking, and a PNG image.
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Unduh QR (SVG)' }).click()]);
    expect(readFileSync((await svg.path())!, 'utf8')).toBe(await QRCode.toString(signed, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } }));
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Unduh QR (PNG)' }).click()]);
    expect(png.suggestedFilename()).toMatch(/^booking-[A-Z2-9]{8}\.png$/);
    const image = PNG.sync.read(readFileSync((await png.path())!));
    expect([image.width, image.height]).toEqual([720, 720]);
  });

  it('shows the same booking in English with the toggle, then cancels it by code', async () => {
    await page.getByRole('link', { name: 'EN', exact: true }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Your booking is made');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('main').textContent()).toContain('Come between 08:00 and 08:45');
    await expectAccessible(page, 'booking: confirmation in English');
    await shot('booking-confirmation-en');

    await page.getByRole('link', { name: 'ID', exact: true }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Booking Anda tercatat');
    const code = (await page.locator('[data-booking-code]').textContent())!;
    await page.getByRole('link', { name: 'Batalkan booking' }).first().click();
    const field = page.getByLabel('Kode booking (8 huruf dan angka)');
    await field.waitFor();
    expect(await field.inputValue()).toBe(code.replace('-', ''));
    await expectAccessible(page, 'booking: cancel form');
    await page.getByRole('button', { name: 'Batalkan booking' }).click();
    await page.locator('.notice.ok').waitFor();
    expect(await page.locator('.notice.ok').textContent()).toBe(`Booking ${code} sudah dibatalkan. Terima kasih telah memberi tempat kepada warga lain.`);
    await expectAccessible(page, 'booking: cancelled');
    await shot('booking-cancelled');

    // Its seat is free again, and a second cancellation says it was already done.
    await page.getByLabel('Kode booking (8 huruf dan angka)').fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Batalkan booking' }).click();
    await page.locator('.notice.err').waitFor();
    expect(await page.locator('.notice.err').textContent()).toBe('Booking ini sudah dibatalkan sebelumnya.');
    await expectAccessible(page, 'booking: cancel refused');
  });

  it('says so when the chosen time fills up before the resident presses it, and shows it full', async () => {
    await page.goto(`${city.url}/booking/kantor/kel-oebobo/KTP?day=2026-12-02`);
    await page.locator('.day[aria-current="date"][data-day="2026-12-02"]').waitFor();
    // Three other residents take 09.00 meanwhile.
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${city.url}/api/public/v1/bookings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ officeId: 'kel-oebobo', serviceCode: 'KTP', day: '2026-12-02', slot: '09:00' }),
      });
      expect(res.status).toBe(200);
    }
    await page.getByRole('button', { name: '09.00 3 tempat' }).click();
    await page.locator('.notice.err').waitFor();
    expect(await page.locator('.notice.err').textContent()).toBe('Maaf, jam ini baru saja penuh. Silakan pilih jam lain.');
    const full = page.locator('button.slot:disabled');
    expect(await full.allTextContents()).toEqual(['09.00Penuh']);
    await expectAccessible(page, 'booking: slot just filled');
    await shot('booking-slot-full');
  });

  it("offers the van's slots only on the days of its stops, with the stop's place", async () => {
    await page.goto(`${city.url}/booking/kantor/van-dukcapil/KTP`);
    await page.locator('.day[aria-current="date"][data-day="2026-12-02"]').waitFor();
    expect(await page.locator('.days [data-day]').evaluateAll((days) => days.map((d) => d.getAttribute('data-day')))).toEqual(['2026-12-02', '2026-12-04']);
    expect(await page.locator('main').textContent()).toContain('Lokasi: Desa Oelnasi, balai desa');
    await expectAccessible(page, 'booking: van slots');
    await shot('booking-van-slots');
  });

  it('looks right on a desktop screen too (1920×1080)', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    for (const [name, path] of [
      ['booking-offices', '/booking'],
      ['booking-services', '/booking/kantor/kel-oebobo'],
      ['booking-slots', '/booking/kantor/kel-oebobo/KTP?day=2026-12-01'],
    ] as const) {
      await page.goto(`${city.url}${path}`);
      await page.locator('main h1').waitFor();
      await expectAccessible(page, `${name} at 1920×1080`);
      await page.screenshot({ path: `${SHOTS}/${name}-1920x1080.png` });
    }
    await page.setViewportSize({ width: 360, height: 800 });
  });
});
