import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { officeClient, setupCodeFromEnv, SUPERVISOR_NAME } from './lib/officeClient';
import { launchChromium } from '../tests/helpers/browser';

/**
 * npx tsx scripts/screenshots-counter.ts http://127.0.0.1:5170
 * Screenshots of /counter and /supervisor at 1366×768 and 1920×1080 into docs/screenshots/. Run it on
 * the office PC itself (first-run setup only works from there) against an office with a fresh data folder,
 * e.g. LOKET_CONFIG=resources/office.demo.json. It creates staff (and a second supervisor for the list of
 * names, disabled again at the end) and issues, calls and serves real tickets.
 * On an office already set up, give the supervisor PIN: LOKET_SUPERVISOR_PIN=… (the clerk is then added).
 */
const baseUrl = (process.argv[2] ?? 'http://127.0.0.1:5170').replace(/\/+$/, '');
const { request: api, supervisorToken: signInSupervisor } = officeClient(baseUrl);
const outDir = join(process.cwd(), 'docs', 'screenshots');
const SUPERVISOR_PIN = process.env.LOKET_SUPERVISOR_PIN ?? '482915';
const CLERK_PIN = '604172';
/** Counter staff for the name list; the first is the one who signs in. */
const CLERKS = [
  { name: 'Maria Lado', pin: CLERK_PIN },
  { name: 'Agustinus Nenobais', pin: '739146' },
  { name: 'Dewi Manu', pin: '825039' },
  { name: 'Yosefina Bano', pin: '916284' },
] as const;
/** A second supervisor, so the supervisor sign-in shows its list of names; disabled again at the end. */
const DEPUTY = { name: 'Wakil Kepala', pin: '507318' };
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
  if (!status.needsSetup) return signInSupervisor(SUPERVISOR_PIN);
  for (const viewport of VIEWPORTS) {
    const page = await newPage(browser, viewport);
    await page.goto(`${baseUrl}/supervisor`);
    await page.getByTestId('setup-code').fill(setupCodeFromEnv());
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
  return (await api<{ token: string }>('auth.setup', { setupCode: setupCodeFromEnv(), name: SUPERVISOR_NAME, pin: SUPERVISOR_PIN })).token;
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const browser = await launchChromium();
  try {
    const supervisor = await supervisorToken(browser);
    const staff = await api<{ id: number; name: string; active: boolean }[]>('staff.list', {}, supervisor);
    for (const clerk of CLERKS) {
      if (!staff.some((s) => s.name === clerk.name && s.active)) await api('staff.create', { name: clerk.name, role: 'counter', pin: clerk.pin }, supervisor);
    }
    const deputy = await api<{ id: number }>('staff.create', { name: DEPUTY.name, role: 'supervisor', pin: DEPUTY.pin }, supervisor);
    const everyone = await api<{ id: number; name: string; active: boolean }[]>('staff.list', {}, supervisor);
    const idOf = (name: string): number => everyone.find((s) => s.name === name && s.active)!.id;
    const mariaId = idOf(CLERKS[0].name);
    const bossId = idOf(SUPERVISOR_NAME);

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
      await page.getByTestId(`choose-staff-${mariaId}`).waitFor();
      await shoot(page, 'counter-staff', viewport.name);
      await page.getByTestId(`choose-staff-${mariaId}`).click();
      await page.getByTestId('pin-submit').waitFor();
      await typePin(page, '1357');
      await page.getByTestId('pin-submit').click();
      await page.getByTestId('sign-in-error').waitFor();
      await typePin(page, CLERK_PIN.slice(0, 4));
      await shoot(page, 'counter-signin', viewport.name);
      // After two wrong PINs this browser's address must wait a few seconds (the message says how long).
      const wait = /(\d+) detik/.exec((await page.getByTestId('sign-in-error').textContent()) ?? '');
      if (wait) await page.waitForTimeout(Number(wait[1]) * 1000 + 500);
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
      await sup.getByTestId(`choose-staff-${bossId}`).waitFor();
      await shoot(sup, 'supervisor-signin-choose', viewport.name);
      await sup.getByTestId(`choose-staff-${bossId}`).click();
      await sup.getByTestId('pin-submit').waitFor();
      await typePin(sup, SUPERVISOR_PIN.slice(0, 3));
      await shoot(sup, 'supervisor-signin', viewport.name);
      await typePin(sup, SUPERVISOR_PIN.slice(3));
      await sup.getByTestId('pin-submit').click();
      await sup.getByTestId('tab-staff').click();
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
    // One supervisor again, so the other screenshot scripts meet the sign-in that skips the list.
    await api('staff.disable', { staffId: deputy.id }, supervisor);
  } finally {
    await browser.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
