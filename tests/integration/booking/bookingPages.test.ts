import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, CityServerHarness } from '../server/cityServerHarness';
import { bookableOffice } from './bookingFixtures';

const MONDAY_11 = Date.UTC(2026, 10, 30, 3, 0, 0);

describe.each(BACKENDS)('the booking pages as HTTP (%s)', (backend) => {
  let city: CityServerHarness;

  beforeAll(async () => {
    city = await CityServerHarness.start(backend, MONDAY_11);
    await bookableOffice(city);
  }, 30_000);
  afterAll(() => city?.close());

  const postForm = (path: string, form: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(`${city.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(form), redirect: 'manual' });

  it('books from the form and sends the resident to the code, in the language chosen', async () => {
    const res = await postForm('/booking/kantor/kel-oebobo/KTP?lang=en', { day: '2026-12-01', slot: '10:00' }, { origin: city.url, 'sec-fetch-site': 'same-origin' });
    expect(res.status).toBe(303);
    const location = res.headers.get('location') ?? '';
    expect(location).toMatch(/^\/booking\/kode\/[A-HJ-NP-Z2-9]{8}\?baru=1&lang=en$/);
    const page = await fetch(`${city.url}${location}`);
    const text = await page.text();
    expect(text).toContain('<html lang="en">');
    expect(text).toContain('Your booking is made');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.headers.get('referrer-policy')).toBe('same-origin');
  });

  it("refuses a form posted from another site, in the visitor's language, and books nothing", async () => {
    const before = await city.db.query<{ n: number }>('SELECT count(*)::int AS n FROM bookings');
    const crossSite: Record<string, string>[] = [{ origin: 'https://jahat.example' }, { 'sec-fetch-site': 'cross-site', origin: city.url }, { origin: 'null' }];
    for (const headers of crossSite) {
      const res = await postForm('/booking/kantor/kel-oebobo/KTP', { day: '2026-12-01', slot: '10:30' }, headers);
      expect(res.status).toBe(403);
      expect(await res.text()).toContain('Permintaan ini tidak datang dari halaman booking kota.');
    }
    expect(await city.db.query('SELECT count(*)::int AS n FROM bookings')).toEqual(before);
  });

  it('answers an unknown office or code with a page in Bahasa Indonesia, not a JSON error', async () => {
    for (const path of ['/booking/kantor/kel-lain', '/booking/kantor/kel-oebobo/PASPOR', '/booking/kode/AAAA2222']) {
      const res = await fetch(`${city.url}${path}`);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(await res.text()).toContain('Tidak ditemukan. Periksa kembali kode atau pilihan Anda.');
    }
  });

  it('serves the QR as a downloadable SVG and PNG, and refuses an unknown code', async () => {
    const made = await fetch(`${city.url}/api/public/v1/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ officeId: 'kel-oebobo', serviceCode: 'AKTA', day: '2026-12-01', slot: '09:00' }),
    });
    const { code } = (await made.json()) as { code: string };
    const svg = await fetch(`${city.url}/booking/kode/${code}/qr.svg`);
    expect([svg.status, svg.headers.get('content-type'), svg.headers.get('content-disposition')]).toEqual([200, 'image/svg+xml', `attachment; filename="booking-${code}.svg"`]);
    expect(await svg.text()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const png = await fetch(`${city.url}/booking/kode/${code.toLowerCase()}/qr.png`);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await png.arrayBuffer()).subarray(1, 4).toString('ascii')).toBe('PNG');
    const unknown = await fetch(`${city.url}/booking/kode/AAAA2222/qr.png`);
    expect(unknown.status).toBe(404);
  });
});
