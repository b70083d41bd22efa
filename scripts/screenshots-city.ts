import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BOOKING_SYNC_PATHS } from '../src/shared/booking/bookingSync';
import type { BookingFactsRequest } from '../src/shared/booking/bookingFacts';
import { standardsFromConfig } from '../src/shared/booking/standards';
import { parseOfficeConfig } from '../src/shared/config/officeConfig';
import type { CounterValue } from '../src/server/store/countersRepo';
import { UNSUR_CODES } from '../src/shared/skm/unsur';
import { ratingMetric } from '../src/shared/sync/metricName';
import { launchChromium } from '../tests/helpers/browser';
import { bookableOffice, oeboboConfig, putStandards } from '../tests/integration/booking/bookingFixtures';
import { ADMIN_PASSWORD, CityServerHarness, type TestKiosk } from '../tests/integration/server/cityServerHarness';
import { dayCounters } from '../tests/integration/server/dashboardSeed';
import { startInstance } from '../tests/integration/server/instances';

/**
 * npx tsx scripts/screenshots-city.ts [agencies]
 * The city dashboard at 1920×1080 and 1366×768 over "7 hari": the range picker, the offices whose last
 * push is old (the van three days ago, an office without a kiosk), the daily trends, the rankings, and the
 * "Booking dari rumah" table (offices that sent their booking figures, one whose figures have not arrived,
 * one with no bookings). Real city server (PGlite); residents book on its public API, the offices' kiosks
 * push counters (30 days of them) and booking facts as their sync does.
 * With `agencies`, only the Mal Pelayanan Publik scene (agencyShots): the demo building's agencies under
 * its row on the dashboard and under its score on the public IKM.
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
  const through = new Map<string, number>();
  const nextSeq = (kiosk: TestKiosk) => {
    const n = (through.get(kiosk.kioskId) ?? 0) + 1;
    through.set(kiosk.kioskId, n);
    return n;
  };
  /** November until `daysBefore` days before today (−1: through yesterday): busier Mondays, half Saturdays, closed Sundays. */
  const history = async (kiosk: TestKiosk, base: { tickets: number; wait: number; within: number; skm: number }, daysBefore: number) => {
    for (let day = 1; day <= 29 - Math.max(0, daysBefore); day++) {
      const date = `2026-11-${String(day).padStart(2, '0')}`;
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      if (weekday === 0) continue;
      const wobble = 0.8 + ((day * 37 + base.tickets) % 11) / 25;
      const issued = Math.round(base.tickets * wobble * (weekday === 1 ? 1.25 : weekday === 6 ? 0.5 : 1));
      const served = Math.round(issued * 0.9);
      const noShow = Math.round(issued * 0.04);
      const calls = served + noShow;
      const skm = base.skm ? { respondents: base.skm, fours: Math.round(base.skm * (0.35 + ((day * 13) % 7) / 20)) } : undefined;
      const r = await city.push(kiosk, dayCounters(date, { issued, served, noShow, waitSeconds: Math.round(base.wait * wobble * 60), within15: Math.round(calls * Math.min(1, base.within / wobble)), skm }), nextSeq(kiosk));
      if (r.status !== 200) throw new Error(`push: ${r.status} ${JSON.stringify(r.json)}`);
    }
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
      nextSeq(kiosk),
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

  // The van last pushed on Friday afternoon; the others push their November through to this morning.
  city.nowMs = KUPANG('11:30') - 3 * 86_400_000 + 4 * 3_600_000;
  await history(van, { tickets: 14, wait: 6.5, within: 0.9, skm: 3 }, 2);
  city.nowMs = KUPANG('11:30');
  await history(dukcapil, { tickets: 150, wait: 17.4, within: 0.55, skm: 9 }, -1);
  await history(oebobo, { tickets: 48, wait: 11.2, within: 0.72, skm: 4 }, -1);
  await history(oesapa, { tickets: 32, wait: 9.8, within: 0.8, skm: 0 }, -1);
  await counters(dukcapil, 142, 118, 6, 17.4);
  await counters(oebobo, 46, 39, 2, 11.2);
  await counters(oesapa, 31, 27, 1, 9.8);
  await city.createOffice('kel-fatululi', 'Kelurahan Fatululi');
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
    for (const [width, height] of [
      [1920, 1080],
      [1366, 768],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height } });
      await page.goto(`${city.url}/admin/signin`);
      await page.getByLabel('Kata sandi').fill(ADMIN_PASSWORD);
      await page.getByRole('button', { name: 'Masuk' }).click();
      await page.locator('[data-preset="7-hari"]').click();
      await page.locator('figure[data-chart="trend-tickets"]').waitFor();
      const shots: [string, string | null][] = [
        ['city-dashboard', null],
        ['city-dashboard-charts', 'section[aria-labelledby="trend-h"]'],
        ['city-dashboard-bookings', 'table[data-bookings]'],
      ];
      for (const [name, anchor] of shots) {
        if (anchor) await page.locator(anchor).evaluate((el, block) => el.scrollIntoView({ block }), anchor.startsWith('table') ? ('end' as const) : ('start' as const));
        const path = join(outDir, `${name}-${width}x${height}.png`);
        await page.screenshot({ path, animations: 'disabled' });
        console.log(path);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await pub.close();
    await city.close();
  }
}

/**
 * The demo Mal Pelayanan Publik (resources/mpp.example.json, 12 agencies) and one kelurahan, with November's
 * per-service counters and surveys: the dashboard's figures table with the building's agency rows at
 * 1920×1080, and the public IKM with each agency's score under the building's at 1920×1080 and 360×800.
 */
async function agencyShots(): Promise<void> {
  const city = await CityServerHarness.start('pglite', KUPANG('11:30'));
  const parsed = parseOfficeConfig(JSON.parse(readFileSync(join(process.cwd(), 'resources', 'mpp.example.json'), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const mpp = parsed.config;
  await city.createOffice(mpp.office.id, 'Mal Pelayanan Publik Kota Kupang');
  const kiosk = await city.enrol(mpp.office.id);
  const std = await putStandards(city, kiosk, standardsFromConfig(mpp));
  if (std.status !== 200) throw new Error(`standards: ${std.status} ${JSON.stringify(std.json)}`);
  const oebobo = await bookableOffice(city);
  let seq = 0;
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const agencyIndex = new Map((mpp.agencies ?? []).map((a, i) => [a.id, i]));
  /** One service's day: tickets, waits (each agency its own pace) and surveys leaning to the agency's grade. */
  const serviceDay = (date: string, service: string, k: number): CounterValue[] => {
    const issued = Math.round((18 + ((k * 7) % 13) * 4) * (0.8 + random() * 0.4));
    const served = Math.round(issued * 0.9);
    const noShow = Math.round(issued * 0.04);
    const calls = served + noShow;
    const waitMinutes = 6 + ((k * 5) % 11) * 2.2;
    const within = Math.round(calls * Math.max(0.2, Math.min(0.95, 1.1 - waitMinutes / 30)));
    const rows: CounterValue[] = [
      { date, metric: `tickets.issued.${service}.regular`, value: issued },
      { date, metric: `tickets.served.${service}.regular`, value: served },
      { date, metric: `tickets.no_show.${service}.regular`, value: noShow },
      { date, metric: `wait.sum_s.${service}`, value: Math.round(waitMinutes * 60 * calls) },
      { date, metric: `wait.count.${service}`, value: calls },
      { date, metric: `wait.hist.${service}.le15`, value: within },
      { date, metric: `wait.hist.${service}.le30`, value: calls - within },
    ];
    const respondents = 2 + (k % 4);
    const bias = 2.6 + ((k * 3) % 7) / 5;
    const counts = new Map<string, number>();
    for (let r = 0; r < respondents; r++) {
      for (const u of UNSUR_CODES) {
        const score = Math.min(4, Math.max(1, Math.round(bias + random() * 1.2 - 0.6))) as 1 | 2 | 3 | 4;
        const metric = ratingMetric.skmAnswer(service, u, score);
        counts.set(metric, (counts.get(metric) ?? 0) + 1);
      }
    }
    rows.push(...[...counts].map(([metric, value]) => ({ date, metric, value })), { date, metric: ratingMetric.skmRespondents(service), value: respondents });
    return rows;
  };
  for (let day = 1; day <= 30; day++) {
    const date = `2026-11-${String(day).padStart(2, '0')}`;
    if (new Date(`${date}T00:00:00Z`).getUTCDay() === 0) continue;
    const rows = mpp.services.flatMap((s) => serviceDay(date, s.code, agencyIndex.get(s.agency ?? '') ?? 0));
    for (let i = 0; i < rows.length; i += 1000) {
      const r = await city.push(kiosk, rows.slice(i, i + 1000), ++seq);
      if (r.status !== 200) throw new Error(`push: ${r.status} ${JSON.stringify(r.json)}`);
    }
    const r = await city.push(oebobo, dayCounters(date, { issued: 48, served: 43, noShow: 2, waitSeconds: 660, within15: 33, skm: { respondents: 4, fours: 2 } }), day);
    if (r.status !== 200) throw new Error(`push: ${r.status} ${JSON.stringify(r.json)}`);
  }

  const browser = await launchChromium();
  try {
    const dashboard = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await dashboard.goto(`${city.url}/admin/signin`);
    await dashboard.getByLabel('Kata sandi').fill(ADMIN_PASSWORD);
    await dashboard.getByRole('button', { name: 'Masuk' }).click();
    await dashboard.locator('[data-preset="30-hari"]').click();
    await dashboard.locator('section[aria-labelledby="figures-h"]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const shots = [join(outDir, 'city-dashboard-agencies-1920x1080.png')];
    await dashboard.screenshot({ path: shots[0]!, animations: 'disabled' });
    for (const [width, height] of [
      [1920, 1080],
      [360, 800],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height } });
      await page.goto(`${city.url}/`);
      const path = join(outDir, `city-ikm-agencies-${width}x${height}.png`);
      // The whole IKM section on a wide screen (both offices side by side); the building's card on a phone.
      await page.locator(width > 1000 ? '#ikm' : `#ikm [data-office="${mpp.office.id}"]`).screenshot({ path, animations: 'disabled' });
      shots.push(path);
    }
    for (const path of shots) console.log(path);
  } finally {
    await browser.close();
    await city.close();
  }
}

(process.argv[2] === 'agencies' ? agencyShots() : main().then(agencyShots)).catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
