import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { officeClient } from './lib/officeClient';
import { launchChromium } from '../tests/helpers/browser';

/**
 * npx tsx scripts/screenshots-counter.ts http://127.0.0.1:5170
 * Screenshots of /counter and /supervisor at 1366×768 and 1920×1080 into docs/screenshots/. Run it on
 * the office PC itself (first-run setup only works from there) against an office with a fresh data folder,
 * e.g. LOKET_CONFIG=resources/office.demo.json. It creates staff and issues, calls and serves real tickets.
 * On an office already set up, give the supervisor PIN: LOKET_SUPERVISOR_PIN=… (the clerk is then added).
 */
const baseUrl = (process.argv[2] ?? 'http://127.0.0.1:5170').replace(/\/+$/, '');
const { request: api } = officeClient(baseUrl);
const outDir = join(process.cwd(), 'docs', 'screenshots');
const SUPERVISOR_PIN = process.env.LOKET_SUPERVISOR_PIN ?? '482915';
const CLERK_PIN = '604172';
const VIEWPORTS = [
  { name: '1366x768', width: 1366, height: 768 },
  { name: '1920x1080', width: 1920, height: 1080 },
] as const;

async function shoot(page: Page, what: string, size: string): Promise<void> {
  const path = join(outDir, `${what}-${size}.png`);
  await page.screenshot({ path, animations: 'disabled' });
  console.log(path);
}

async function newPage(browser: Browser, viewport: (typeof VIEWPORTS)[number]): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
  return context.newPage();
}

async function typePin(page: Page, pin: string): Promise<void> {
  for (const digit of pin) await page.getByTestId(`pin-key-${digit}`).click();
}

/** The supervisor token: created by the setup form (photographed) on a fresh office, else signed in. */
async function supervisorToken(browser: Browser): Promise<string> {
  const status = await api<{ needsSetup: boolean }>('auth.status', {});
  if (!status.needsSetup) return (await api<{ token: string }>('auth.signIn', { counter: null, pin: SUPERVISOR_PIN })).token;
  for (const viewport of VIEWPORTS) {
    const page = await newPage(browser, viewport);
    await page.goto(`${baseUrl}/supervisor`);
    await page.getByTestId('setup-name').fill('Kepala Dinas');
    await page.getByTestId('setup-pin').fill('1234');
    await page.getByTestId('setup-pin-again').fill('1234');
    if (viewport === VIEWPORTS[VIEWPORTS.length - 1]) {
      await page.getByTestId('setup-submit').click();
      await page.getByTestId('setup-error').waitFor();
    }
    await shoot(page, 'supervisor-setup', viewport.name);
    await page.context().close();
  }
  return (await api<{ token: string }>('auth.setup', { name: 'Kepala Dinas', pin: SUPERVISOR_PIN })).token;
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const browser = await launchChromium();
  try {
    const supervisor = await supervisorToken(browser);
    const staff = await api<{ name: string }[]>('staff.list', {}, supervisor);
    if (!staff.some((s) => s.name === 'Maria Lado')) await api('staff.create', { name: 'Maria Lado', role: 'counter', pin: CLERK_PIN }, supervisor);

    // Counter 2 serves KTP and KK: a held ticket, one being served, and regular and priority visitors waiting.
    const issue = (serviceCode: string, priorityReason?: string): Promise<unknown> =>
      api('tickets.issue', priorityReason ? { serviceCode, priorityReason } : { serviceCode }, supervisor);
    for (const [code, reason] of [['KTP'], ['KTP', 'lansia'], ['KK'], ['KTP'], ['KK', 'disabilitas'], ['KTP'], ['KTP', 'hamil'], ['KK'], ['KTP']] as const) {
      await issue(code, reason);
    }

    for (const viewport of VIEWPORTS) {
      const page = await newPage(browser, viewport);
      await page.goto(`${baseUrl}/counter`);
      await page.getByTestId('choose-counter-2').waitFor();
      await shoot(page, 'counter-choose', viewport.name);
      await page.getByTestId('choose-counter-2').click();
      await page.getByTestId('pin-submit').waitFor();
      await typePin(page, '1357');
      await page.getByTestId('pin-submit').click();
      await page.getByTestId('sign-in-error').waitFor();
      await typePin(page, CLERK_PIN.slice(0, 4));
      await shoot(page, 'counter-signin', viewport.name);
      await typePin(page, CLERK_PIN.slice(4));
      await page.keyboard.press('Enter');
      await page.getByTestId('counter-desk').waitFor();

      if (viewport === VIEWPORTS[0]) {
        await page.getByTestId('action-open').click();
        await page.getByTestId('action-callNext').click();
        await page.getByTestId('action-hold').click();
        await page.getByTestId('action-callNext').click();
        await page.getByTestId('action-recall').click();
        await page.getByTestId('action-start').click();
      }
      await page.getByTestId('since-started').waitFor();
      await shoot(page, 'counter-desk', viewport.name);

      await page.keyboard.press('t');
      await page.getByTestId('transfer-dialog').waitFor();
      await shoot(page, 'counter-transfer', viewport.name);
      await page.keyboard.press('Escape');
      await page.context().close();

      const sup = await newPage(browser, viewport);
      await sup.goto(`${baseUrl}/supervisor`);
      await sup.getByTestId('pin-submit').waitFor();
      await typePin(sup, SUPERVISOR_PIN);
      await sup.getByTestId('pin-submit').click();
      await sup.getByTestId('tab-staff').waitFor();
      await sup.getByTestId('staff-name').fill('Yohanes Bria');
      await sup.getByTestId('staff-pin').fill('2580');
      await sup.getByTestId('staff-pin-again').fill('2580');
      await shoot(sup, 'supervisor-staff', viewport.name);
      const pairing = await api<{ code: string }>('devices.pairRequest', { role: 'display', label: `TV ruang tunggu ${viewport.name}` });
      await sup.getByTestId('tab-devices').click();
      await sup.getByTestId('pair-code').fill(pairing.code);
      await sup.getByTestId('pair-submit').click();
      await sup.getByTestId('devices-notice').waitFor();
      await shoot(sup, 'supervisor-devices', viewport.name);
      await sup.context().close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
