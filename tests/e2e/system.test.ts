import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import type { VirtualPrinter } from '../../tools/virtual-printer/virtual-printer';
import { launchChromium } from '../helpers/browser';
import { ServedOffice } from '../helpers/servedOffice';
import { testConfigInput } from '../helpers/testConfig';
import { mintTestToken } from '../helpers/token';
import { FAST_TIMEOUTS, virtualPrinter } from '../integration/printer/helpers';

/** Supervisor › Sistem against the built office in browser mode, with a virtual ticket printer. */

const SUPERVISOR_PIN = '482915';

let vp: VirtualPrinter;
let office: ServedOffice;
let browser: Browser;
let supervisor: string;
let counterToken: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  vp = await virtualPrinter();
  office = new ServedOffice(
    testConfigInput({
      printer: { transport: { type: 'tcp', host: '127.0.0.1', port: vp.port }, statusPollIntervalMs: 1000, timeouts: FAST_TIMEOUTS },
    }),
  );
  counterToken = mintTestToken(office.dataDir, 'counter', 1);
  await office.start();
  // On the office PC (loopback) the first supervisor is created; the page signs in with the PIN.
  supervisor = (await office.call('auth.setup', { setupCode: office.setupCode(), name: 'Kepala Dinas', pin: SUPERVISOR_PIN })).token;
  browser = await launchChromium();
});

afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

afterAll(async () => {
  await browser?.close();
  await office?.remove();
  await vp?.close();
});

async function systemTab(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${office.url}/supervisor`);
  for (const digit of SUPERVISOR_PIN) await page.getByTestId(`pin-key-${digit}`).click();
  await page.getByTestId('pin-submit').click();
  await page.getByTestId('tab-system').click();
  await page.getByTestId('update-state').waitFor();
  return page;
}

/** The text of a panel's notice, without its dismiss button. */
async function noticeText(page: Page, testId: string): Promise<string> {
  return (await page.getByTestId(testId).locator('.staff-notice-text').textContent()) ?? '';
}

async function reprint(page: Page, typed: string): Promise<string> {
  // The previous answer is dismissed first, so the next one cannot be mistaken for it.
  const notice = page.getByTestId('reprint-notice');
  if ((await notice.count()) > 0) await notice.locator('.staff-notice-dismiss').click();
  await page.getByTestId('reprint-number').fill(typed);
  await page.getByTestId('reprint-submit').click();
  await notice.waitFor();
  return noticeText(page, 'reprint-notice');
}

describe('Supervisor › Sistem', () => {
  it('says that automatic updates are off in browser mode, and why', async () => {
    const page = await systemTab();
    expect(await page.getByTestId('update-state').textContent()).toBe('Mati');
    // The version the office was built from (package.json), whatever it is at the time.
    expect(await page.getByTestId('update-current').textContent()).toBe(version);
    // In the supervisor's language, not the operator's English sentence.
    expect(await page.getByTestId('update-disabled').textContent()).toBe(
      'Pembaruan otomatis mati: kantor ini berjalan dalam mode browser (npm run serve), yang diperbarui dengan git dan npm.',
    );
    expect(await page.getByTestId('update-waiting').count()).toBe(0);
  });

  it("lists the backups, takes one now, and tells how to restore one with the office stopped", async () => {
    const page = await systemTab();
    const { folder } = await office.call('backup.list', {}, supervisor);
    await page.getByTestId('backup-now').click();
    await page.getByTestId('backups-notice').waitFor();
    const notice = await noticeText(page, 'backups-notice');
    expect(notice).toMatch(/^Cadangan loket-\d{4}-\d{2}-\d{2}\.sqlite \(.+B\) tersimpan\.$/);

    const { backups } = await office.call('backup.list', {}, supervisor);
    expect(backups.length).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('backup-row').count()).toBe(backups.length);
    const first = (await page.getByTestId('backup-row').first().textContent()) ?? '';
    expect(first).toContain('Harian');
    expect(first).toContain(backups[0]?.fileName);

    const command = (await page.getByTestId('restore-command').textContent()) ?? '';
    expect(command).toBe(`LOKET_DATA_DIR=${office.dataDir} npm run restore -- ${folder}/${backups[0]?.fileName}`);
    expect(await page.getByTestId('restore-help').textContent()).toContain('Hentikan Loket dulu');
  });

  it('reprints any number of today typed loosely or scanned, and explains the numbers it cannot find', async () => {
    const waiting = await office.call('tickets.issue', { serviceCode: 'KTP' });
    const other = await office.call('tickets.issue', { serviceCode: 'KTP' });
    const page = await systemTab();
    const printedBefore = vp.tickets.length;

    expect(await reprint(page, waiting.label.toLowerCase().replace('-0', ''))).toBe(`Tiket ${waiting.label} dicetak ulang: tercetak.`);
    await expect.poll(() => vp.tickets.length).toBe(printedBefore + 1);
    expect(await page.getByTestId('reprint-number').inputValue()).toBe('');

    // A number at a counter, by its QR code.
    await office.call('counters.open', { counter: 1 }, counterToken);
    const called = await office.call('counters.callNext', { counter: 1 }, counterToken);
    expect(called.ticket?.id).toBe(waiting.id);
    expect(await reprint(page, `LOKET:${waiting.id}`)).toBe(`Tiket ${waiting.label} dicetak ulang: tercetak.`);

    // Finished: any ticket of today can be reprinted.
    await office.call('tickets.start', { counter: 1, ticketId: waiting.id }, counterToken);
    await office.call('tickets.finish', { counter: 1, ticketId: waiting.id }, counterToken);
    expect(await reprint(page, waiting.label)).toBe(`Tiket ${waiting.label} dicetak ulang: tercetak.`);
    expect(await reprint(page, 'Z-999')).toBe('Nomor Z-999 tidak diterbitkan hari ini. Periksa nomornya, atau pindai kode QR pada tiket.');
    expect(await reprint(page, other.label)).toBe(`Tiket ${other.label} dicetak ulang: tercetak.`);
    await expect.poll(() => vp.tickets.length).toBe(printedBefore + 4);
  });
});
