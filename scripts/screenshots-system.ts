import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { officeClient } from './lib/officeClient';
import { launchChromium } from '../tests/helpers/browser';

/**
 * npx tsx scripts/screenshots-system.ts http://127.0.0.1:5186
 * Supervisor › Sistem at 1366×768 and the supervisor sign-in opened in the kiosk window (hold the office
 * name) at 1920×1080 into docs/screenshots/. Run it on the office PC (loopback acts as the kiosk) against a
 * fresh data folder (with its setup code in LOKET_SETUP_CODE), or give the supervisor PIN of an office
 * already set up: LOKET_SUPERVISOR_PIN=…. The kiosk runs with a stand-in for the Electron bridge, since
 * the long press only opens the supervisor screens inside the Electron window.
 */
const baseUrl = (process.argv[2] ?? 'http://127.0.0.1:5186').replace(/\/+$/, '');
const { request: api, supervisorToken: signInSupervisor } = officeClient(baseUrl);
const supervisorToken = () => signInSupervisor(SUPERVISOR_PIN);
const outDir = join(process.cwd(), 'docs', 'screenshots');
const SUPERVISOR_PIN = process.env.LOKET_SUPERVISOR_PIN ?? '482915';

/**
 * The Electron preload's bridge, imitated: calls go to the office over HTTP. A string, not a function: tsx
 * would add helpers to a function that the page does not have.
 */
const FAKE_BRIDGE = `window.loket = {
  async call(method, input) {
    const res = await fetch('/api/v1/' + method, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) });
    const body = await res.json();
    return body.ok ? { ok: true, result: body.result } : { ok: false, status: res.status, error: body.error };
  },
  onEvent: () => () => undefined,
};`;

async function shoot(page: Page, name: string): Promise<void> {
  const path = join(outDir, name);
  await page.screenshot({ path, animations: 'disabled' });
  console.log(path);
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const browser = await launchChromium();
  try {
    const token = await supervisorToken();
    await api('backup.now', {}, token);

    const supervisor = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await supervisor.addInitScript(`localStorage.setItem('loket.token', ${JSON.stringify(token)})`);
    const page = await supervisor.newPage();
    await page.goto(`${baseUrl}/supervisor`);
    await page.getByTestId('tab-system').click();
    await page.getByTestId('backup-row').first().waitFor();
    await page.getByTestId('update-state').waitFor();
    await shoot(page, 'supervisor-system-1366x768.png');
    await supervisor.close();

    const kiosk = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    await kiosk.addInitScript(FAKE_BRIDGE);
    const screen = await kiosk.newPage();
    await screen.goto(`${baseUrl}/kiosk`);
    const name = screen.locator('.office-name', { hasText: /\S/ });
    await name.waitFor();
    const box = await name.boundingBox();
    if (!box) throw new Error('the office name is not on screen');
    await screen.mouse.move(box.x + 20, box.y + box.height / 2);
    await screen.mouse.down();
    await screen.waitForURL(/\/supervisor$/, { timeout: 5_000 });
    await screen.mouse.up();
    await screen.getByTestId('app-window-bar').waitFor();
    for (const digit of '1234') await screen.getByTestId(`pin-key-${digit}`).click();
    await screen.getByTestId('pin-submit').click();
    await screen.getByText(/^PIN salah/).waitFor();
    await shoot(screen, 'kiosk-supervisor-signin-1920x1080.png');
    await kiosk.close();
  } finally {
    await browser.close();
  }
}

await main();
