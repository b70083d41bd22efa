import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WINDOW_SESSION_IDLE_MS } from '../../src/main/shell/windowSessions';
import { translate } from '../../src/shared/i18n';
import { expectAccessible } from '../helpers/accessibility';
import { launchChromium } from '../helpers/browser';
import { testConfigInput } from '../helpers/testConfig';
import { mintTestToken } from '../helpers/token';
import { WindowedOffice } from '../helpers/windowedOffice';

/**
 * The supervisor at the touchscreen: holding the office name opens the supervisor screens in the same
 * window, behind the supervisor's PIN, with the way back and kiosk exit; and first-run setup on a fresh
 * office's kiosk, behind the printed setup code.
 *
 * The Electron windows are pages of a WindowedOffice (tests/helpers/windowedOffice.ts): the real office in
 * this process, its `window.loket` bound to the real dispatcher as the window's role, the supervisor's
 * session held for the window by the real WindowSessions, so the PIN check, the refusals (with their
 * codes) and the audit log are the office's own. Only Electron's leaving of kiosk mode is recorded.
 * The long press runs on Playwright's fake clock: its length is the behaviour, not a wait.
 */

const RIGHT_PIN = '482913';

let office: WindowedOffice;
let browser: Browser;
let lanSupervisor: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  office = new WindowedOffice(testConfigInput());
  lanSupervisor = mintTestToken(office.dataDir, 'supervisor');
  await office.start();
  await office.call('auth.setup', { setupCode: office.setupCode(), name: 'Ibu Kepala', pin: RIGHT_PIN });
  browser = await launchChromium();
});

afterEach(async () => {
  office.sessionClockAheadMs = 0;
  for (const context of contexts.splice(0)) await context.close();
});

afterAll(async () => {
  await browser?.close();
  await office?.remove();
});

async function newContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  contexts.push(context);
  await context.clock.install();
  return context;
}

/** The app's `role` window of `on` showing `path`. */
async function openWindow(on: WindowedOffice, role: 'kiosk' | 'display', path: string): Promise<Page> {
  return on.openWindow(await newContext(), role, path);
}

/** A plain browser tab (no window.loket). */
async function openTab(on: WindowedOffice, path: string): Promise<Page> {
  const page = await (await newContext()).newPage();
  await page.goto(`${on.url}${path}`);
  return page;
}

/** Holds the mouse on the office name for `ms` of the page's (fake) clock, then lets go. */
async function holdOfficeName(page: Page, selector: string, ms: number): Promise<void> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.clock.runFor(ms);
  await page.mouse.up();
}

const pathname = (page: Page): string => new URL(page.url()).pathname;

async function typePin(page: Page, pin: string): Promise<void> {
  for (const digit of pin) await page.getByTestId(`pin-key-${digit}`).click();
  await page.getByTestId('pin-submit').click();
}

/** The kiosk window, opened on the supervisor screens by the long press and signed in with the right PIN. */
async function signedInKioskWindow(): Promise<Page> {
  const page = await openWindow(office, 'kiosk', '/kiosk');
  await page.locator('.office-name', { hasText: /\S/ }).waitFor();
  await holdOfficeName(page, '.office-name', 3_300);
  await page.waitForURL(/\/supervisor$/);
  await typePin(page, RIGHT_PIN);
  await page.getByTestId('tab-system').waitFor();
  return page;
}

const kioskExits = (): unknown[] => office.office.store.db.prepare("SELECT actor FROM audit_log WHERE action = 'kiosk.exit'").all();

describe('the supervisor screens in the kiosk window', () => {
  it('open after a 3 s press on the office name, behind the PIN, with the way back and kiosk exit; the page never gets the token', async () => {
    const page = await openWindow(office, 'kiosk', '/kiosk');
    await page.getByTestId('service-KTP').waitFor();
    await page.locator('.office-name', { hasText: /\S/ }).waitFor();

    // Let go at 1.5 s: the press was forgotten before its 3 s were up, so nothing opened.
    await holdOfficeName(page, '.office-name', 1_500);
    expect(pathname(page)).toBe('/kiosk');
    await holdOfficeName(page, '.office-name', 3_300);
    await page.waitForURL(/\/supervisor$/);
    expect(pathname(page)).toBe('/supervisor');
    await page.getByTestId('app-window-bar').waitFor();
    // Settled on the PIN pad: no way out of kiosk mode before the PIN.
    await page.getByTestId('pin-key-1').waitFor();
    expect(await page.getByTestId('kiosk-exit').count()).toBe(0);

    await typePin(page, '111111');
    await page.getByText(/^PIN salah/).waitFor();
    await typePin(page, RIGHT_PIN);
    await page.getByTestId('tab-system').waitFor();
    expect(await page.evaluate('localStorage.getItem("loket.token")')).toBeNull();

    await page.getByTestId('kiosk-exit').click();
    await page.getByText('Mode anjungan sudah ditinggalkan', { exact: false }).waitFor();
    expect(office.exits).toEqual(['Ibu Kepala']);
    expect(kioskExits()).toEqual([{ actor: 'Ibu Kepala' }]);

    await page.getByTestId('back-to-kiosk').click();
    await page.waitForURL(/\/kiosk$/);
    await page.getByTestId('service-KTP').waitFor();
    // Signed out on the way back: the supervisor screens ask for the PIN again.
    const status = (await page.evaluate(`window.loket.call('auth.status', {})`)) as { result: { session: unknown } };
    expect(status.result.session).toBeNull();
  });

  it('refuses to leave kiosk mode once the supervisor has walked away (the window session ended), with its code in Bahasa Indonesia', async () => {
    const page = await signedInKioskWindow();
    const exitsBefore = office.exits.length;
    office.sessionClockAheadMs = WINDOW_SESSION_IDLE_MS;
    await page.getByTestId('kiosk-exit').click();
    await page.getByTestId('kiosk-exit-error').getByText(translate('id', 'staff.error.forbidden')).waitFor();
    expect(office.exits).toHaveLength(exitsBefore);
    await expectAccessible(page, 'kiosk window: leaving kiosk mode refused');
    // The window acts as the kiosk again: the office's own refusal, by its code.
    const refusal = (await page.evaluate(`window.loket.call('kiosk.exit', {})`)) as { ok: boolean; status: number; error: { code: string } };
    expect([refusal.ok, refusal.status, refusal.error.code]).toEqual([false, 403, 'forbidden']);
  });

  it('never leaves kiosk mode for a supervisor on the LAN, whatever their credential', async () => {
    const exitsBefore = office.exits.length;
    const refusal = await office.post('kiosk.exit', {}, lanSupervisor);
    expect([refusal.status, refusal.json.error.code]).toEqual([403, 'forbidden']);
    expect(office.exits).toHaveLength(exitsBefore);
    expect(kioskExits()).toHaveLength(exitsBefore);
  });

  it('on the TV window the same press opens them, and the way back leads to the TV', async () => {
    const page = await openWindow(office, 'display', '/display?sound=off');
    await page.getByTestId('display-board').waitFor();
    await page.locator('.display-office', { hasText: /\S/ }).waitFor();
    await holdOfficeName(page, '.display-office', 3_300);
    await page.waitForURL(/\/supervisor$/);
    // The only supervisor is chosen at once: the PIN pad shows.
    await page.getByTestId('pin-key-1').waitFor();
    await page.getByTestId('back-to-kiosk').click();
    await page.waitForURL(/\/display$/);
  });

  it('offers nothing of this in a plain browser (no window.loket)', async () => {
    const kiosk = await openTab(office, '/kiosk');
    await kiosk.locator('.office-name', { hasText: /\S/ }).waitFor();
    // On the fake clock every timer due within the press has run by the time the mouse is let go.
    await holdOfficeName(kiosk, '.office-name', 3_500);
    expect(pathname(kiosk)).toBe('/kiosk');
    expect(await kiosk.getByTestId('office-name').count()).toBe(0);
  });
});

describe('first-run setup on the touchscreen', () => {
  it('a fresh office sends its kiosk window to setup; only the printed code creates the supervisor, then the way back leads to the kiosk', async () => {
    const fresh = await new WindowedOffice(testConfigInput()).start();
    try {
      // In a plain browser the kiosk of a fresh office serves at once (setup is at /supervisor): the
      // first-run check is made only in the app's window, and this page never made it.
      const context = await newContext();
      const browserKiosk = await context.newPage();
      const statusChecks: string[] = [];
      browserKiosk.on('request', (request) => {
        if (request.url().endsWith('/api/v1/auth.status')) statusChecks.push(request.url());
      });
      await browserKiosk.goto(`${fresh.url}/kiosk`);
      await browserKiosk.getByTestId('service-KTP').waitFor();
      expect(statusChecks).toEqual([]);
      expect(pathname(browserKiosk)).toBe('/kiosk');

      const page = await openWindow(fresh, 'kiosk', '/kiosk');
      await page.waitForURL(/\/supervisor$/);
      await page.getByTestId('setup-form').waitFor();
      await page.getByTestId('app-window-bar').waitFor();

      const code = fresh.setupCode();
      const wrong = code.startsWith('0') ? '1111 1111' : '0000 0000';
      await page.getByTestId('setup-code').fill(wrong);
      await page.getByTestId('setup-name').fill('Kepala Kantor');
      await page.getByTestId('setup-pin').fill(RIGHT_PIN);
      await page.getByTestId('setup-pin-again').fill(RIGHT_PIN);
      await page.getByTestId('setup-submit').click();
      await page.getByTestId('setup-error').getByText('Kode penyiapan salah', { exact: false }).waitFor();
      expect((await fresh.call('auth.status', {})).needsSetup).toBe(true);

      await page.getByTestId('setup-code').fill(code);
      await page.getByTestId('setup-submit').click();
      await page.getByTestId('tab-system').waitFor();
      expect((await fresh.call('auth.status', {})).needsSetup).toBe(false);

      await page.getByTestId('back-to-kiosk').click();
      await page.waitForURL(/\/kiosk$/);
      await page.getByTestId('service-KTP').waitFor();
      // The page never held the supervisor's token, and the window's session ended on the way back.
      expect(await page.evaluate('localStorage.getItem("loket.token")')).toBeNull();
      const status = (await page.evaluate(`window.loket.call('auth.status', {})`)) as { result: { session: unknown } };
      expect(status.result.session).toBeNull();
    } finally {
      await fresh.remove();
    }
  });
});
