import { join } from 'node:path';
import { BOOKING_SYNC_PATHS } from '../src/shared/booking/bookingSync';
import type { BookingFactsRequest } from '../src/shared/booking/bookingFacts';
import { launchChromium } from '../tests/helpers/browser';
import { bookableOffice, oeboboConfig } from '../tests/integration/booking/bookingFixtures';
import { ADMIN_PASSWORD, CityServerHarness, type TestKiosk } from '../tests/integration/server/cityServerHarness';
import { startInstance } from '../tests/integration/server/instances';

/**
 * npx tsx scripts/screenshots-city.ts
 * The city dashboard at 1920×1080 with its "Booking dari rumah" table: offices that sent their booking
 * figures, one whose figures have not arrived (offline), one with no bookings. Real city server (PGlite);
 * residents book on its public API, the offices' kiosks push counters and booking facts as their sync does.
 * Monday 30 November 2026 in Kupang (UTC+8).
 */
const outDir = join(process.cwd(), 'docs', 'screenshots');
const KUPANG = (hhmm: string) => Date.UTC(2026, 10, 30, Number(hhmm.slice(0, 2)) - 8, Number(hhmm.slice(3)));
const TODAY = '2026-11-30';
const SLOTS = ['08:00', '08:30', '09:00', '09:30', '10:00', '10:30', '11:00', '11:30'];

async function main(): Promise<void> {
  const city = await CityServerHarness.start('pglite', KUPANG('07:00'));
  const pub = await startInstance(city.db, { now: () => city.nowMs, trustedProxies: 1 });
  let resident = 0;
  const office = async (id: string, name: string) => bookableOffice(city, oeboboConfig({ office: { ...oeboboConfig().office, id, name } }));
  const book = async (officeId: string, n: number): Promise<string[]> => {
    const codes: string[] = [];
    for (let i = 0; i < n; i++) {
      const res = await fetch(`${pub.url}/api/public/v1/bookings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${++resident}` },
        body: JSON.stringify({ officeId, serviceCode: i % 3 === 2 ? 'AKTA' : 'KTP', day: TODAY, slot: SLOTS[i % SLOTS.length] }),
      });
      if (res.status !== 200) throw new Error(`booking: ${res.status} ${await res.text()}`);
      codes.push(((await res.json()) as { code: string }).code);
    }
    return codes;
  };
  const counters = (kiosk: TestKiosk, issued: number, served: number, noShow: number, waitMinutes: number) =>
    city.push(
      kiosk,
      [
        { date: TODAY, metric: 'tickets.issued.KTP.regular', value: issued },
        { date: TODAY, metric: 'tickets.served.KTP.regular', value: served },
        { date: TODAY, metric: 'tickets.no_show.KTP.regular', value: noShow },
        { date: TODAY, metric: 'wait.sum_s.KTP', value: Math.round(waitMinutes * 60 * (served + noShow)) },
        { date: TODAY, metric: 'wait.count.KTP', value: served + noShow },
        { date: TODAY, metric: 'wait.hist.KTP.le15', value: Math.round((served + noShow) * 0.6) },
        { date: TODAY, metric: 'wait.hist.KTP.le30', value: served + noShow - Math.round((served + noShow) * 0.6) },
      ],
      1,
    );
  const facts = async (kiosk: TestKiosk, officeId: string, codes: string[], f: Omit<BookingFactsRequest, 'officeId' | 'day' | 'checkIns'>) => {
    const body: BookingFactsRequest = {
      officeId,
      day: TODAY,
      ...f,
      checkIns: codes.map((code, i) => ({
        code,
        serviceCode: i % 3 === 2 ? 'AKTA' : 'KTP',
        slot: SLOTS[i % SLOTS.length]!,
        checkedInAt: KUPANG(SLOTS[i % SLOTS.length]!) - 10 * 60_000,
        outcome: i < f.booked.called - f.booked.noShows ? 'done' : i < f.booked.called ? 'no_show' : 'waiting',
      })),
    };
    const r = await city.post(BOOKING_SYNC_PATHS.facts, body, kiosk.token);
    if (r.status !== 200) throw new Error(`facts: ${r.status} ${JSON.stringify(r.json)}`);
  };

  const dukcapil = await office('dukcapil-kupang', 'Dinas Dukcapil Kota Kupang');
  const oebobo = await office('kel-oebobo', 'Kelurahan Oebobo');
  const oesapa = await office('kel-oesapa', 'Kelurahan Oesapa');
  const van = await office('van-keliling', 'Mobil Layanan Keliling');
  const dukcapilCodes = await book('dukcapil-kupang', 16);
  const oeboboCodes = await book('kel-oebobo', 8);
  await book('kel-oesapa', 5);

  city.nowMs = KUPANG('11:30');
  await counters(dukcapil, 142, 118, 6, 17.4);
  await counters(oebobo, 46, 39, 2, 11.2);
  await counters(oesapa, 31, 27, 1, 9.8);
  await counters(van, 12, 12, 0, 6.5);
  await facts(dukcapil, 'dukcapil-kupang', dukcapilCodes.slice(0, 13), {
    booked: { tickets: 13, called: 11, waitMeanMinutes: 6.8, noShows: 1 },
    walkIn: { tickets: 129, called: 113, waitMeanMinutes: 18.3, noShows: 5 },
    notCheckedIn: 3,
    missed: 2,
  });
  city.nowMs = KUPANG('11:38');
  await facts(oebobo, 'kel-oebobo', oeboboCodes.slice(0, 7), {
    booked: { tickets: 7, called: 6, waitMeanMinutes: 4.5, noShows: 0 },
    walkIn: { tickets: 39, called: 35, waitMeanMinutes: 12.1, noShows: 2 },
    notCheckedIn: 1,
    missed: 1,
  });

  city.nowMs = KUPANG('11:42');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${city.url}/admin/signin`);
    await page.getByLabel('Kata sandi').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.locator('table[data-bookings]').waitFor();
    const path = join(outDir, 'city-dashboard-bookings-1920x1080.png');
    await page.screenshot({ path, animations: 'disabled' });
    console.log(path);
  } finally {
    await browser.close();
    await pub.close();
    await city.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
