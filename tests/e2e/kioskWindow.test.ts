import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { ServedOffice } from '../helpers/servedOffice';
import { testConfigInput } from '../helpers/testConfig';
import { mintTestToken } from '../helpers/token';

/**
 * The supervisor at the touchscreen: holding the office name opens the supervisor screens in the same
 * window, behind the supervisor's PIN, with the way back and kiosk exit; and first-run setup on a fresh
 * office's kiosk, behind the printed setup code.
 *
 * The Electron window is imitated by a fake `window.loket` that forwards every call to the served office
 * over HTTP as the window's role, and, like the real bridge (src/main/shell/windowSessions.ts, tested in
 * tests/unit/shell/kioskExit.test.ts), keeps a supervisor's session for the window, out of the page's
 * reach. kiosk.exit, which only Electron can do, is recorded.
 */

const RIGHT_PIN = '482913';

/** Runs in the page before its scripts: the bridge the preload would expose. */
function installFakeBridge({ windowToken }: { windowToken: string | null }): void {
  const exitCalls: string[] = [];
  let held: string | null = null;
  (globalThis as unknown as { exitCalls: string[] }).exitCalls = exitCalls;
  (globalThis as unknown as { loket: unknown }).loket = {
    async call(method: string, input: unknown) {
      const token = held ?? windowToken;
      if (method === 'kiosk.exit') {
        if (!held) return { ok: false, status: 403, error: { code: 'forbidden', message: 'Only a supervisor signed in here.' } };
        exitCalls.push(method);
        return { ok: true, result: { exiting: true } };
      }
      const response = await fetch(`/api/v1/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(input),
      });
      const body = (await response.json()) as { ok: boolean; result?: { token?: string; session?: { role: string } }; error?: unknown };
      if (!body.ok) return { ok: false, status: response.status, error: body.error };
      if (method === 'auth.signOut') held = null;
      if ((method === 'auth.signIn' || method === 'auth.setup') && body.result?.session?.role === 'supervisor') {
        held = body.result.token ?? null;
        return { ok: true, result: { ...body.result, token: '' } };
      }
      return { ok: true, result: body.result };
    },
    onEvent() {
      return () => undefined;
    },
  };
}

let office: ServedOffice;
let browser: Browser;
let displayToken: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  office = new ServedOffice(testConfigInput());
  displayToken = mintTestToken(office.dataDir, 'display');
  await office.start();
  await office.call('auth.setup', { setupCode: office.setupCode(), name: 'Ibu Kepala', pin: RIGHT_PIN });
  browser = await launchChromium();
});

afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

afterAll(async () => {
  await browser?.close();
  await office?.remove();
});

/** `bridge`: the fake Electron window and its own credential; null: a plain browser. */
async function open(baseUrl: string, path: string, bridge: { windowToken: string | null } | null): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  contexts.push(context);
  if (bridge) await context.addInitScript(installFakeBridge, bridge);
  const page = await context.newPage();
  await page.goto(`${baseUrl}${path}`);
  return page;
}

/** Holds the mouse on the office name for `ms`; true when the supervisor screens opened. */
async function holdOfficeName(page: Page, selector: string, ms: number): Promise<boolean> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(ms);
  await page.mouse.up();
  await page.waitForLoadState();
  return new URL(page.url()).pathname === '/supervisor';
}

async function typePin(page: Page, pin: string): Promise<void> {
  for (const digit of pin) await page.getByTestId(`pin-key-${digit}`).click();
  await page.getByTestId('pin-submit').click();
}

describe('the supervisor screens in the kiosk window', () => {
  it('open after a 3 s press on the office name, behind the PIN, with the way back and kiosk exit; the page never gets the token', async () => {
    const page = await open(office.url, '/kiosk', { windowToken: null });
    await page.getByTestId('service-KTP').waitFor();
    await page.locator('.office-name', { hasText: /\S/ }).waitFor();

    expect(await holdOfficeName(page, '.office-name', 1_500)).toBe(false);
    expect(await holdOfficeName(page, '.office-name', 3_300)).toBe(true);
    await page.getByTestId('app-window-bar').waitFor();
    expect(await page.getByTestId('kiosk-exit').count()).toBe(0);

    await typePin(page, '111111');
    await page.getByText(/^PIN salah/).waitFor();
    await typePin(page, RIGHT_PIN);
    await page.getByTestId('tab-system').waitFor();
    expect(await page.evaluate('localStorage.getItem("loket.token")')).toBeNull();

    await page.getByTestId('kiosk-exit').click();
    await page.getByText('Mode anjungan sudah ditinggalkan', { exact: false }).waitFor();
    expect(await page.evaluate('window.exitCalls')).toEqual(['kiosk.exit']);

    await page.getByTestId('back-to-kiosk').click();
    await page.waitForURL(/\/kiosk$/);
    await page.getByTestId('service-KTP').waitFor();
    // Signed out on the way back: the supervisor screens ask for the PIN again.
    const status = (await page.evaluate(`window.loket.call('auth.status', {})`)) as { result: { session: unknown } };
    expect(status.result.session).toBeNull();
  });

  it('on the TV window the same press opens them, and the way back leads to the TV', async () => {
    const page = await open(office.url, '/display?sound=off', { windowToken: displayToken });
    await page.getByTestId('display-board').waitFor();
    await page.locator('.display-office', { hasText: /\S/ }).waitFor();
    expect(await holdOfficeName(page, '.display-office', 3_300)).toBe(true);
    // The only supervisor is chosen at once: the PIN pad shows.
    await page.getByTestId('pin-key-1').waitFor();
    await page.getByTestId('back-to-kiosk').click();
    await page.waitForURL(/\/display$/);
  });

  it('offers nothing of this in a plain browser (no window.loket)', async () => {
    const kiosk = await open(office.url, '/kiosk', null);
    await kiosk.locator('.office-name', { hasText: /\S/ }).waitFor();
    expect(await holdOfficeName(kiosk, '.office-name', 3_500)).toBe(false);
    expect(await kiosk.getByTestId('office-name').count()).toBe(0);
  });
});

describe('first-run setup on the touchscreen', () => {
  it('a fresh office sends its kiosk window to setup; only the printed code creates the supervisor, then the way back leads to the kiosk', async () => {
    const fresh = new ServedOffice(testConfigInput());
    await fresh.start();
    try {
      // In a plain browser the kiosk of a fresh office serves at once (setup is at /supervisor).
      const browserKiosk = await open(fresh.url, '/kiosk', null);
      await browserKiosk.getByTestId('service-KTP').waitFor();
      await browserKiosk.waitForTimeout(500);
      expect(new URL(browserKiosk.url()).pathname).toBe('/kiosk');

      const page = await open(fresh.url, '/kiosk', { windowToken: null });
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
