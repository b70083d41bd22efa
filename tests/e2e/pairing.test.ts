import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { ServedOffice } from '../helpers/servedOffice';
import { testConfigInput } from '../helpers/testConfig';
import { mintTestToken } from '../helpers/token';

/**
 * A rating tablet or a second kiosk on another PC of the LAN. LOKET_LOOPBACK_KIOSK=0 makes the test
 * browser (on loopback) count as such a PC: without a credential the office refuses it, so the page
 * shows its pairing code until a supervisor approves it.
 */

let office: ServedOffice;
let browser: Browser;
let supervisor: string;
let displayToken: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  office = new ServedOffice(testConfigInput());
  supervisor = mintTestToken(office.dataDir, 'supervisor');
  displayToken = mintTestToken(office.dataDir, 'display');
  await office.start({ LOKET_LOOPBACK_KIOSK: '0' });
  browser = await launchChromium();
});

afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

afterAll(async () => {
  await browser?.close();
  await office?.remove();
});

async function open(path: string, token?: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  if (token) await context.addInitScript({ content: `localStorage.setItem('loket.token', ${JSON.stringify(token)})` });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${office.url}${path}`);
  return page;
}

async function shownCode(page: Page): Promise<string> {
  const code = (await page.getByTestId('pairing-code').textContent()) ?? '';
  expect(code).toMatch(/^\d{6}$/);
  return code;
}

describe('pairing a rating tablet or a second kiosk', () => {
  it('shows an unpaired rating tablet its code, and the faces once a supervisor approves it; then a rating is accepted', async () => {
    const page = await open('/rate');
    const code = await shownCode(page);
    expect(await page.getByRole('heading', { name: 'Pasangkan tablet penilaian ini' }).isVisible()).toBe(true);
    expect(await page.getByText('Menunggu persetujuan untuk "Tablet penilaian"…').isVisible()).toBe(true);
    expect(await page.getByTestId('face-happy').count()).toBe(0);

    expect(await office.call('devices.approve', { code }, supervisor)).toEqual({ role: 'kiosk', label: 'Tablet penilaian' });
    await page.getByTestId('face-happy').waitFor({ timeout: 5_000 });
    const token = await page.evaluate<string | null>("localStorage.getItem('loket.token')");
    expect(token).toBeTruthy();

    const before = await office.call('ratings.exclusions', { limit: 50 }, supervisor);
    await page.getByTestId('face-happy').click();
    await page.getByTestId('rate-service-KK').click();
    await page.getByTestId('survey-no').click();
    await page.getByTestId('thanks').waitFor();
    expect(await page.getByTestId('rate-notice').count()).toBe(0);

    // The rating is in the month's report, as an answer of this tablet and not excluded.
    const today = (await office.call('office.overview', {})).serviceDate;
    const report = await office.call('ratings.report', { period: { kind: 'month', date: today } }, supervisor);
    expect(report.quick.responses).toBe(1);
    expect(await office.call('ratings.exclusions', { limit: 50 }, supervisor)).toEqual(before);

    // A reload keeps the pairing.
    await page.reload();
    await page.getByTestId('face-happy').waitFor({ timeout: 5_000 });
    expect(await page.getByTestId('pairing-code').count()).toBe(0);
  });

  it('shows a second kiosk its own code and then the services; a revoked kiosk shows a new code after a reload', async () => {
    const page = await open('/kiosk?label=Anjungan%20lantai%202');
    const code = await shownCode(page);
    expect(await page.getByRole('heading', { name: 'Pasangkan anjungan ini' }).isVisible()).toBe(true);
    expect(await office.call('devices.approve', { code }, supervisor)).toEqual({ role: 'kiosk', label: 'Anjungan lantai 2' });
    await page.getByTestId('service-KTP').click();
    expect(await page.getByTestId('ticket-number').textContent()).toMatch(/^[A-Z]-\d{3}$/);

    const device = (await office.call('devices.list', {}, supervisor)).find((d) => d.label === 'Anjungan lantai 2');
    expect(device).toBeDefined();
    await office.call('devices.revoke', { id: device?.id ?? '' }, supervisor);
    await page.reload();
    expect(await shownCode(page)).not.toBe(code);
  });

  it("does not pair over a call display's token kept by the same browser", async () => {
    const page = await open('/rate', displayToken);
    await page.getByText('Browser ini sudah dipasangkan sebagai perangkat lain', { exact: false }).waitFor();
    expect(await page.getByTestId('pairing-code').count()).toBe(0);
    expect(await page.evaluate<string | null>("localStorage.getItem('loket.token')")).toBe(displayToken);
  });
});
