import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../src/main/store/store';
import { SYNC_LIMITS } from '../../src/shared/sync/limits';
import { localDate } from '../../src/shared/time/localTime';
import { launchChromium } from '../helpers/browser';
import { ServedOffice } from '../helpers/servedOffice';
import { testConfigInput } from '../helpers/testConfig';
import { CityServerHarness } from '../integration/server/cityServerHarness';
import { SHOTS } from '../helpers/screenshots';

/**
 * Sinkronisasi against a real city server, on the README's demo office: `npm run seed -- --days 30`
 * settles a month of ratings as one change of thousands of rows (it used to stick for ever while the
 * panel said "Tersambung, semua terkirim"). The month comes before the enrolment, so it waits for the
 * supervisor's word on its dates; a row dated in the future (a clock that jumped) waits too.
 */
const SUPERVISOR_PIN = '730514';
const DAY = 24 * 3600_000;
const FUTURE = new Date(Date.now() + 5 * DAY).toISOString().slice(0, 10);
const BEHIND = { date: new Date(Date.now() - 2 * DAY).toISOString().slice(0, 10), metric: 'tickets.issued.KK.disabilitas' };

let office: ServedOffice;
let city: CityServerHarness;
let browser: Browser;
let page: Page;
let token = '';
let kioskRows = 0;
let largestChange = 0;
let todayHadFutureMetric = false;

const poll = <T>(read: () => T | Promise<T>, timeout = 20_000) => expect.poll(read, { timeout });
const text = (testId: string) => async () => (await page.getByTestId(testId).allTextContents())[0] ?? null;

beforeAll(async () => {
  city = await CityServerHarness.start('pglite', Date.now());
  await city.createOffice('test-office', 'Kantor Uji Loket');
  office = new ServedOffice(testConfigInput());
  execFileSync('npm', ['run', '--silent', 'seed', '--', '--days', '30', '--data', office.dataDir, '--config', office.configPath], { stdio: 'pipe' });
  const store = Store.open(office.dataDir);
  try {
    store.transaction(() => store.daily.add([{ serviceDate: FUTURE, metric: 'tickets.issued.KTP.regular', delta: 3 }]));
    store.transaction(() => store.daily.add([{ serviceDate: BEHIND.date, metric: BEHIND.metric, delta: 1 }]));
    kioskRows = (store.db.prepare('SELECT COUNT(*) AS n FROM daily_counters').get() as { n: number }).n;
    const today = localDate(Date.now(), 'Asia/Makassar');
    todayHadFutureMetric = store.db.prepare("SELECT 1 FROM daily_counters WHERE service_date = ? AND metric = 'tickets.issued.KTP.regular'").get(today) !== undefined;
    largestChange = (store.db.prepare('SELECT MAX(n) AS n FROM (SELECT COUNT(*) AS n FROM daily_counters GROUP BY change_seq)').get() as { n: number }).n;
  } finally {
    store.close();
  }
  await office.start();
  await office.call('auth.setup', { setupCode: office.setupCode(), name: 'Kepala Uji', pin: SUPERVISOR_PIN });
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  page = await context.newPage();
  await page.goto(`${office.url}/supervisor`);
  await page.getByTestId('pin-submit').waitFor();
  await page.keyboard.type(SUPERVISOR_PIN);
  await page.keyboard.press('Enter');
  await page.getByTestId('monitor').waitFor();
  token = (await page.evaluate("localStorage.getItem('loket.token')")) as string;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await office?.remove();
  await city?.close();
});

describe('Sinkronisasi', () => {
  it('sends nothing of a month from before the enrolment, nor of a day after the city\'s today, until the supervisor says; the rest goes', async () => {
    expect(largestChange).toBeGreaterThan(SYNC_LIMITS.clientRowsPerBatch);
    expect((await office.call('sync.status', {}, token)).rowsPending).toBe(kioskRows);
    await office.call('sync.enrol', { serverUrl: city.url, code: await city.enrolmentCode('test-office') }, token);
    await poll(async () => (await office.call('sync.status', {}, token)).rowsPending).toBe(0);
    const status = await office.call('sync.status', {}, token);
    expect(status.lastError).toBeNull();
    expect(status.clock.off).toBe(false);
    const dates = status.held.dates;
    expect(dates.filter((d) => d.beforeEnrolment).length).toBeGreaterThanOrEqual(30);
    expect(dates.find((d) => d.date === FUTURE)).toMatchObject({ code: 'date_unconfirmed', beforeEnrolment: false, rows: 1 });
    expect(dates.find((d) => d.date === BEHIND.date)).toMatchObject({ beforeEnrolment: true });
    // Only today's rows (if the seed made any) reached the city.
    const today = status.clock.cityToday ?? '';
    expect((await city.counters(status.replicaId)).every((r) => r.date === today)).toBe(true);
  });

  it('says what waits and why, and not "semua terkirim"', async () => {
    await page.getByTestId('tab-sync').click();
    await poll(text('sync-state')).toMatch(/^Tersambung; \d+ baris menunggu konfirmasi tanggal$/);
    expect(await page.getByTestId('sync-state').getAttribute('class')).toContain('fact--warn');
    expect(await text('sync-status')()).not.toMatch(/semua terkirim/);
    const future = page.locator(`[data-testid="sync-held-date"][data-date="${FUTURE}"]`);
    expect(await future.textContent()).toContain('Setelah hari ini menurut server kota');
    // A day after the city's today can only be moved or dropped, not confirmed as it is.
    expect(await future.getByTestId('sync-held-send').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/sync-held-1920x1080.png`, fullPage: true });
  });

  it('sends the month once confirmed, moves the future day to today, and only then says "semua terkirim"', async () => {
    await page.getByTestId('sync-held-send-all').click();
    await poll(async () => (await office.call('sync.status', {}, token)).held.dates.filter((d) => d.beforeEnrolment).length).toBe(0);
    const future = page.locator(`[data-testid="sync-held-date"][data-date="${FUTURE}"]`);
    await future.getByTestId('sync-held-move').click();
    await poll(text('sync-notice')).toMatch(new RegExp(`Hari ${FUTURE} dipindahkan ke`));
    await page.getByTestId('sync-push').click();
    await poll(text('sync-state')).toBe('Tersambung, semua terkirim');
    expect(await page.getByTestId('sync-state').getAttribute('class')).toContain('fact--ok');
    expect(await page.getByTestId('sync-held').count()).toBe(0);
    const status = await office.call('sync.status', {}, token);
    expect(status).toMatchObject({ rowsPending: 0, setAside: { count: 0 }, held: { rows: 0 }, lastError: null });
    // The future day's count now stands on today, at the office and at the city.
    const sent = await city.counters(status.replicaId);
    expect(sent.some((r) => r.date === FUTURE)).toBe(false);
    // One row fewer when today had the same count already: the two days' values were added.
    expect(sent).toHaveLength(kioskRows - (todayHadFutureMetric ? 1 : 0));
  });
});
