import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, it } from 'vitest';
import { expectAccessible } from '../helpers/accessibility';
import { launchChromium } from '../helpers/browser';
import { ServedOffice } from '../helpers/servedOffice';
import { testConfigInput } from '../helpers/testConfig';
import { mintTestToken } from '../helpers/token';

/**
 * axe-core (WCAG 2.2 AA) on every state of the staff and public screens (issue 15 point 2): the counter
 * from sign-in through each dialog, the TV from pairing to calls, every supervisor tab, /ikm, /laporan and
 * the 404 page, in Bahasa Indonesia and, where a screen has the toggle, in English. No rule is exempted.
 * The issue-15 screen tests (counter-, display-, supervisor-, system-, public-screens) check their own
 * states too.
 */
const SUPERVISOR = { name: 'Kepala Uji', pin: '730514' };
const CLERK = { name: 'Ana Tefa', pin: '481526' };

let office: ServedOffice;
let browser: Browser;
let supervisorToken: string;
let displayToken: string;
let counterToken: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  office = new ServedOffice(testConfigInput());
  displayToken = mintTestToken(office.dataDir, 'display');
  counterToken = mintTestToken(office.dataDir, 'counter', 1);
  await office.start();
  supervisorToken = (await office.call('auth.setup', { setupCode: office.setupCode(), name: SUPERVISOR.name, pin: SUPERVISOR.pin })).token;
  await office.call('staff.create', { name: CLERK.name, role: 'counter', pin: CLERK.pin }, supervisorToken);
  browser = await launchChromium();
});

afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

afterAll(async () => {
  await browser?.close();
  await office?.remove();
});

async function newPage(width: number, height: number, token?: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  contexts.push(context);
  if (token) await context.addInitScript({ content: `localStorage.setItem('loket.token', ${JSON.stringify(token)})` });
  return context.newPage();
}

async function english(page: Page): Promise<void> {
  await page.getByTestId('lang-toggle').click();
}

describe('axe-core on the TV display', () => {
  it('passes on the pairing code, the empty board, the sound banner and a call', async () => {
    const pairing = await newPage(1920, 1080);
    await pairing.goto(`${office.url}/display`);
    await pairing.getByTestId('pairing-code').waitFor();
    await expectAccessible(pairing, 'display: pairing code');

    const quiet = await newPage(1920, 1080, displayToken);
    await quiet.goto(`${office.url}/display?sound=off`);
    await quiet.getByTestId('display-board').waitFor();
    await quiet.locator('.latest-call--empty').waitFor();
    await expectAccessible(quiet, 'display: no call yet');

    const withSound = await newPage(1080, 1920, displayToken);
    await withSound.goto(`${office.url}/display`);
    await withSound.getByTestId('sound-overlay').waitFor();
    await expectAccessible(withSound, 'display: tap for sound (portrait)');

    await office.call('counters.open', { counter: 1 }, counterToken).catch(() => undefined);
    await office.call('tickets.issue', { serviceCode: 'KTP' });
    await office.call('counters.callNext', { counter: 1 }, counterToken);
    await quiet.getByTestId('latest-call').waitFor();
    await expectAccessible(quiet, 'display: a call');
  });
});

describe('axe-core on the counter desk', () => {
  it('passes from sign-in through every dialog, in both languages', async () => {
    const page = await newPage(1366, 768);
    await page.goto(`${office.url}/counter`);
    await page.getByTestId('choose-counter-2').waitFor();
    await expectAccessible(page, 'counter: choose the counter');
    await page.getByTestId('choose-counter-2').click();
    await page.getByRole('button', { name: CLERK.name, exact: true }).waitFor();
    await expectAccessible(page, 'counter: choose your name');
    await page.getByRole('button', { name: CLERK.name, exact: true }).click();
    await page.getByTestId('pin-submit').waitFor();
    await expectAccessible(page, 'counter: PIN');
    await page.keyboard.type('000000');
    await page.keyboard.press('Enter');
    await page.locator('[role="alert"]').first().waitFor();
    await expectAccessible(page, 'counter: wrong PIN');
    await page.keyboard.type(CLERK.pin);
    await page.keyboard.press('Enter');
    await page.getByTestId('counter-desk').waitFor();
    await page.getByTestId('counter-state').waitFor();
    await expectAccessible(page, 'counter: closed desk');

    await page.keyboard.press('o');
    await page.locator('[data-testid="counter-state"]', { hasText: 'Buka' }).waitFor();
    await office.call('tickets.issue', { serviceCode: 'KTP' });
    await office.call('tickets.issue', { serviceCode: 'KK', priorityReason: 'lansia' });
    await page.locator('[data-testid="waiting-KK"]', { hasText: '1 menunggu' }).waitFor();
    await expectAccessible(page, 'counter: open, people waiting');

    await page.keyboard.press('c');
    await page.getByRole('dialog').waitFor();
    await expectAccessible(page, 'counter: call a chosen number');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await page.keyboard.press('n');
    await page.getByTestId('current-label').waitFor();
    await expectAccessible(page, 'counter: a priority ticket called');
    await page.keyboard.press('s');
    await page.locator('[data-testid="current-state"]', { hasText: 'Sedang dilayani' }).waitFor();
    await expectAccessible(page, 'counter: serving');
    await page.keyboard.press('t');
    await page.getByRole('dialog').waitFor();
    await expectAccessible(page, 'counter: transfer');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.keyboard.press('h');
    await page.locator('[data-testid^="resume-"]').first().waitFor();
    await expectAccessible(page, 'counter: a held ticket');
    await page.keyboard.press('p');
    await page.getByTestId('pause-dialog').waitFor();
    await expectAccessible(page, 'counter: pause reasons');
    await page.keyboard.press('Escape');
    await page.getByTestId('action-close').click();
    await page.getByTestId('close-dialog').waitFor();
    await expectAccessible(page, 'counter: close refused over a held ticket');
    await page.keyboard.press('Escape');

    await english(page);
    await page.locator('[data-testid="counter-state"]', { hasText: 'Open' }).waitFor();
    await expectAccessible(page, 'counter: desk in English');
  });
});

describe('axe-core on the supervisor dashboard', () => {
  it('passes on the sign-in and on every tab, in both languages', async () => {
    const signIn = await newPage(1366, 768);
    await signIn.goto(`${office.url}/supervisor`);
    await signIn.getByTestId('pin-submit').waitFor();
    await expectAccessible(signIn, 'supervisor: sign-in');

    const page = await newPage(1920, 1080, supervisorToken);
    await page.goto(`${office.url}/supervisor`);
    const tabs: [string, string][] = [
      ['monitor', 'monitor'],
      ['stats', 'kpi-cards'],
      ['bookings', 'bookings-status'],
      ['settings', 'settings'],
      ['sync', 'sync-status'],
      ['staff', 'add-staff-form'],
      ['devices', 'tab-devices'],
      ['system', 'reprint-form'],
    ];
    for (const lang of ['id', 'en'] as const) {
      if (lang === 'en') await english(page);
      for (const [tab, marker] of tabs) {
        await page.getByTestId(`tab-${tab}`).click();
        await page.getByTestId(marker).waitFor();
        await page.locator('[aria-busy="true"]').waitFor({ state: 'detached' });
        await expectAccessible(page, `supervisor ${tab} (${lang})`);
      }
    }

    await page.getByTestId('tab-staff').click();
    await page.getByRole('button', { name: 'Change PIN' }).first().click();
    await page.getByRole('dialog').waitFor();
    await expectAccessible(page, 'supervisor: change a PIN');
    await page.keyboard.press('Escape');

    await page.getByTestId('tab-settings').click();
    await page.getByTestId('set-service-2-prefix').fill('A');
    await page.getByTestId('settings-save').click();
    await page.getByTestId('settings-problems').waitFor();
    await expectAccessible(page, 'supervisor settings: a refused field');
  });
});

describe('axe-core on the public and report pages', () => {
  it('passes on /ikm without results, /laporan and the 404 page', async () => {
    const ikm = await newPage(1920, 1080);
    await ikm.goto(`${office.url}/ikm`);
    await ikm.getByTestId('ikm-none').waitFor();
    await expectAccessible(ikm, '/ikm without results');
    const phone = await newPage(360, 800);
    await phone.goto(`${office.url}/ikm`);
    await phone.getByTestId('ikm-none').waitFor();
    await expectAccessible(phone, '/ikm on a phone');

    const reportSignIn = await newPage(1366, 768);
    await reportSignIn.goto(`${office.url}/laporan`);
    await reportSignIn.getByTestId('pin-submit').waitFor();
    await expectAccessible(reportSignIn, '/laporan: sign-in');

    const report = await newPage(1366, 768, supervisorToken);
    await report.goto(`${office.url}/laporan`);
    await report.getByTestId('report-show').click();
    await report.getByTestId('report-document').waitFor();
    await expectAccessible(report, '/laporan: the report');

    const missing = await newPage(1920, 1080);
    await missing.goto(`${office.url}/tidak/ada`);
    await missing.getByTestId('not-found').waitFor();
    await expectAccessible(missing, 'the 404 page');
  });
});
