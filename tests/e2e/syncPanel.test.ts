import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../src/main/store/store';
import { SYNC_LIMITS } from '../../src/shared/sync/limits';
import { launchChromium } from '../helpers/browser';
import { ServedOffice } from '../helpers/servedOffice';
import { testConfigInput } from '../helpers/testConfig';
import { CityServerHarness } from '../integration/server/cityServerHarness';

/**
 * Sinkronisasi against a real city server, on the README's demo office: `npm run seed -- --days 30`
 * settles a month of ratings as one change of thousands of rows (it used to stick for ever while the
 * panel said "Tersambung, semua terkirim"). One row the city refuses (dated in the future, as after a
 * clock that jumped) follows it, and a row the office counted later comes behind that one.
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
  it('sends a seeded month (one change of thousands of rows) in full and sets aside only the row the city refuses', async () => {
    expect(largestChange).toBeGreaterThan(SYNC_LIMITS.clientRowsPerBatch);
    expect((await office.call('sync.status', {}, token)).rowsPending).toBe(kioskRows);
    await office.call('sync.enrol', { serverUrl: city.url, code: await city.enrolmentCode('test-office') }, token);
    await poll(async () => (await office.call('sync.status', {}, token)).rowsPending).toBe(0);
    const status = await office.call('sync.status', {}, token);
    expect(status.lastError).toBeNull();
    expect(status.setAside.count).toBe(1);
    expect(status.setAside.rows[0]).toMatchObject({ date: FUTURE, metric: 'tickets.issued.KTP.regular', value: 3, code: 'date_in_future', action: 'fix_clock' });
    const sent = await city.counters(status.replicaId);
    expect(sent).toHaveLength(kioskRows - 1);
    expect(sent.find((r) => r.date === BEHIND.date && r.metric === BEHIND.metric)).toBeDefined();
  });

  it('says what was set aside and why, and not "semua terkirim"', async () => {
    await page.getByTestId('tab-sync').click();
    await poll(text('sync-state')).toBe('Tersambung; 1 baris ditahan, selebihnya terkirim');
    expect(await page.getByTestId('sync-state').getAttribute('class')).toContain('fact--warn');
    expect(await text('sync-pending')()).toBe('0');
    expect(await text('sync-status')()).not.toMatch(/semua terkirim/);
    const row = page.getByTestId('sync-set-aside-row');
    expect(await row.count()).toBe(1);
    const shown = (await row.textContent()) ?? '';
    expect(shown).toContain(FUTURE);
    expect(shown).toContain('Tanggal di masa depan menurut jam server kota');
    expect(await text('sync-set-aside-action')()).toContain('Periksa tanggal dan jam PC kantor');
  });

  it('sends the row again when the supervisor asks, once the city takes it; only then "semua terkirim"', async () => {
    // The city's date reaches the row's (for the test: its clock moves on).
    city.nowMs = Date.now() + 6 * DAY;
    await page.getByTestId('sync-resend').click();
    await page.getByTestId('sync-push').click();
    await poll(text('sync-state')).toBe('Tersambung, semua terkirim');
    expect(await page.getByTestId('sync-state').getAttribute('class')).toContain('fact--ok');
    expect(await page.getByTestId('sync-set-aside').count()).toBe(0);
    const status = await office.call('sync.status', {}, token);
    expect(status).toMatchObject({ rowsPending: 0, setAside: { count: 0 }, lastError: null });
    expect(await city.counters(status.replicaId)).toHaveLength(kioskRows);
  });
});
