import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { ServedOffice } from '../helpers/servedOffice';
import { testConfigInput } from '../helpers/testConfig';
import { mintTestToken } from '../helpers/token';

/**
 * Leaving kiosk mode with a supervisor's name and PIN. The Electron window is imitated by a fake
 * `window.loket`: it forwards every call to the served office over HTTP (as the window's role would),
 * except kiosk.exit, which it records and answers as the office does for a right PIN, a wrong one and a
 * locked account (the real lockout is tested in tests/unit/shell/kioskExit.test.ts).
 */

const RIGHT_PIN = '482913';
const LOCKED_PIN = '999999';

interface FakeBridgeOptions {
  token: string | null;
  rightPin: string;
  lockedPin: string;
}

/** Runs in the page before its scripts: the bridge the preload would expose. */
function installFakeBridge({ token, rightPin, lockedPin }: FakeBridgeOptions): void {
  const exitCalls: unknown[] = [];
  (globalThis as unknown as { exitCalls: unknown[] }).exitCalls = exitCalls;
  (globalThis as unknown as { loket: unknown }).loket = {
    async call(method: string, input: unknown) {
      if (method === 'kiosk.exit') {
        exitCalls.push(input);
        const pin = (input as { pin?: string }).pin;
        if (pin === rightPin) return { ok: true, result: { exiting: true } };
        if (pin === lockedPin) {
          return {
            ok: false,
            status: 429,
            error: { code: 'locked', message: 'Too many wrong PINs for this account.', params: { attemptsLeft: 0, retryAfterSeconds: 300 } },
          };
        }
        return { ok: false, status: 401, error: { code: 'wrong_pin', message: 'Wrong PIN.', params: { attemptsLeft: 4 } } };
      }
      const response = await fetch(`/api/v1/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(input),
      });
      const body = (await response.json()) as { ok: boolean; result?: unknown; error?: unknown };
      return body.ok ? { ok: true, result: body.result } : { ok: false, status: response.status, error: body.error };
    },
    onEvent() {
      return () => undefined;
    },
  };
}

let office: ServedOffice;
let browser: Browser;
let displayToken: string;
let supervisorToken: string;
let bossId: number;
let deputyId: number;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  office = new ServedOffice(testConfigInput());
  displayToken = mintTestToken(office.dataDir, 'display');
  await office.start();
  const boss = await office.call('auth.setup', { name: 'Ibu Kepala', pin: RIGHT_PIN });
  supervisorToken = boss.token;
  deputyId = (await office.call('staff.create', { name: 'Wakil Kepala', role: 'supervisor', pin: '730514' }, supervisorToken)).id;
  bossId = (await office.call('auth.status', {})).supervisors.find((s) => s.name === 'Ibu Kepala')!.id;
  browser = await launchChromium();
});

afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

afterAll(async () => {
  await browser?.close();
  await office?.remove();
});

/** `bridge`: the fake Electron bridge and the credential it calls with; null: a plain browser holding `storedToken`. */
async function open(path: string, bridge: { token: string | null } | null, storedToken?: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  contexts.push(context);
  if (bridge) await context.addInitScript(installFakeBridge, { token: bridge.token, rightPin: RIGHT_PIN, lockedPin: LOCKED_PIN });
  if (storedToken) await context.addInitScript({ content: `localStorage.setItem('loket.token', ${JSON.stringify(storedToken)})` });
  const page = await context.newPage();
  await page.goto(`${office.url}${path}`);
  return page;
}

/** Holds the mouse on the office name for `ms`, then checks for the dialog while still holding. */
async function holdOfficeName(page: Page, selector: string, ms: number): Promise<boolean> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(ms);
  const open = await page.getByTestId('kiosk-exit').isVisible();
  await page.mouse.up();
  return open;
}

async function typePin(page: Page, pin: string): Promise<void> {
  for (const digit of pin) await page.getByTestId(`pin-key-${digit}`).click();
  await page.getByTestId('pin-submit').click();
}

function exitCalls(page: Page): Promise<unknown[]> {
  return page.evaluate<unknown[]>('window.exitCalls');
}

describe('leaving kiosk mode with the supervisor PIN', () => {
  it('on /kiosk in the Electron window: the dialog opens only after a 3 s press, asks which supervisor, and answers wrong, locked and right PINs', async () => {
    const page = await open('/kiosk', { token: null });
    await page.getByTestId('service-KTP').waitFor();
    await page.locator('.office-name', { hasText: /\S/ }).waitFor();

    expect(await holdOfficeName(page, '.office-name', 1_500)).toBe(false);
    expect(await page.getByTestId('kiosk-exit').count()).toBe(0);
    expect(await holdOfficeName(page, '.office-name', 3_300)).toBe(true);
    expect(await page.getByRole('heading', { name: 'Keluar dari mode anjungan' }).isVisible()).toBe(true);

    // Two supervisors: the one at the kiosk picks their name, and may change it.
    await page.getByTestId(`choose-staff-${deputyId}`).click();
    expect(await page.getByTestId('kiosk-exit-name').textContent()).toBe('Wakil Kepala, masukkan PIN Anda');
    await page.getByTestId('change-name').click();
    await page.getByTestId(`choose-staff-${bossId}`).click();
    expect(await page.getByTestId('kiosk-exit-name').textContent()).toBe('Ibu Kepala, masukkan PIN Anda');

    await typePin(page, '111111');
    expect(await page.getByTestId('kiosk-exit-error').textContent()).toBe('PIN salah, sisa 4 percobaan.');
    await typePin(page, LOCKED_PIN);
    await expect.poll(() => page.getByTestId('kiosk-exit-error').textContent()).toBe('Terlalu banyak PIN salah. Masuk dikunci 5 menit; tunggu lalu coba lagi.');
    await typePin(page, RIGHT_PIN);
    await page.getByTestId('kiosk-exit').waitFor({ state: 'detached' });
    expect(await exitCalls(page)).toEqual([
      { staffId: bossId, pin: '111111' },
      { staffId: bossId, pin: LOCKED_PIN },
      { staffId: bossId, pin: RIGHT_PIN },
    ]);
  });

  it('on /display in the Electron window: the same long press and PIN; the only supervisor is chosen at once', async () => {
    await office.call('staff.disable', { staffId: deputyId }, supervisorToken);
    const page = await open('/display?sound=off', { token: displayToken });
    await page.getByTestId('display-board').waitFor();
    await page.locator('.display-office', { hasText: /\S/ }).waitFor();
    expect(await holdOfficeName(page, '.display-office', 3_300)).toBe(true);
    expect(await page.getByTestId('kiosk-exit-name').textContent()).toBe('Ibu Kepala, masukkan PIN Anda');
    expect(await page.getByTestId('change-name').count()).toBe(0);
    await typePin(page, RIGHT_PIN);
    await page.getByTestId('kiosk-exit').waitFor({ state: 'detached' });
    expect(await exitCalls(page)).toEqual([{ staffId: bossId, pin: RIGHT_PIN }]);
  });

  it('closes without sending anything on "Batal"', async () => {
    const page = await open('/kiosk', { token: null });
    await page.locator('.office-name', { hasText: /\S/ }).waitFor();
    expect(await holdOfficeName(page, '.office-name', 3_300)).toBe(true);
    await page.getByTestId('dialog-cancel').click();
    expect(await page.getByTestId('kiosk-exit').count()).toBe(0);
    expect(await exitCalls(page)).toEqual([]);
  });

  it('offers nothing of this in a plain browser (no window.loket)', async () => {
    const kiosk = await open('/kiosk', null);
    await kiosk.locator('.office-name', { hasText: /\S/ }).waitFor();
    expect(await holdOfficeName(kiosk, '.office-name', 3_500)).toBe(false);

    const display = await open('/display?sound=off', null, displayToken);
    await display.locator('.display-office', { hasText: /\S/ }).waitFor();
    expect(await holdOfficeName(display, '.display-office', 3_500)).toBe(false);

    for (const page of [kiosk, display]) {
      expect(await page.getByTestId('office-name').count()).toBe(0);
      expect(await page.evaluate('typeof window.loket')).toBe('undefined');
    }
  });
});
