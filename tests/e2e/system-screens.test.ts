import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VirtualPrinter } from '../../tools/virtual-printer/virtual-printer';
import { expectAccessible } from '../helpers/accessibility';
import { launchChromium } from '../helpers/browser';
import { ServedOffice } from '../helpers/servedOffice';
import { testConfigInput } from '../helpers/testConfig';
import { FAST_TIMEOUTS, virtualPrinter } from '../integration/printer/helpers';
import { SHOTS } from '../helpers/screenshots';

/**
 * A supervisor's reprint (issue 15), through the virtual printer: the paper says CETAK ULANG and no stale
 * "people ahead"; with the paper out the screen says it did not print, in red, never a green success.
 */

let vp: VirtualPrinter;
let office: ServedOffice;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  vp = await virtualPrinter();
  office = new ServedOffice(
    testConfigInput({
      printer: { transport: { type: 'tcp', host: '127.0.0.1', port: vp.port }, statusPollIntervalMs: 1000, timeouts: FAST_TIMEOUTS },
    }),
  );
  await office.start();
  const token = (await office.call('auth.setup', { setupCode: office.setupCode(), name: 'Kepala Dinas', pin: '482915' })).token;
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  await context.addInitScript({ content: `localStorage.setItem('loket.token', ${JSON.stringify(token)})` });
  page = await context.newPage();
  await page.goto(`${office.url}/supervisor`);
  await page.getByTestId('tab-system').click();
  await page.getByTestId('reprint-form').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await office?.remove();
  await vp?.close();
});

async function reprint(typed: string): Promise<{ text: string; cls: string }> {
  const notice = page.getByTestId('reprint-notice');
  if ((await notice.count()) > 0) await notice.locator('.staff-notice-dismiss').click();
  await page.getByTestId('reprint-number').fill(typed);
  await page.getByTestId('reprint-submit').click();
  await notice.waitFor();
  return { text: (await notice.locator('.staff-notice-text').textContent()) ?? '', cls: (await notice.getAttribute('class')) ?? '' };
}

const texts = (index: number) => vp.tickets[index]!.document.blocks.flatMap((b) => (b.kind === 'text' ? [b.content] : []));

describe('reprinting a ticket from Sistem', () => {
  it('prints CETAK ULANG without the stale people-ahead line, and says so in green', async () => {
    await office.call('tickets.issue', { serviceCode: 'KTP' });
    const t = await office.call('tickets.issue', { serviceCode: 'KTP' });
    const before = vp.tickets.length;
    expect(texts(before - 1).some((line) => line.startsWith('Antrian di depan Anda'))).toBe(true);

    const shown = await reprint(t.label);
    expect(shown.text).toBe(`Tiket ${t.label} dicetak ulang: tercetak.`);
    expect(shown.cls).toContain('staff-notice--success');
    expect(vp.tickets).toHaveLength(before + 1);
    const copy = texts(before);
    expect(copy).toContain('CETAK ULANG');
    expect(copy).toContain(t.label);
    expect(copy.some((line) => line.startsWith('Antrian di depan Anda'))).toBe(false);
    expect(copy).toContain('Pindai di tablet penilaian kantor ini');
    await expectAccessible(page, 'supervisor system: reprinted');
  });

  it('with the paper out says the ticket was not printed, in red', async () => {
    const t = await office.call('tickets.issue', { serviceCode: 'KK' });
    vp.setStatus('paper_out');
    const before = vp.tickets.length;
    const shown = await reprint(t.label);
    expect(shown.text).toBe(`Tiket ${t.label} tidak dicetak ulang: tidak dicetak (printer belum siap). Printer: Kertas habis. Perbaiki printer lalu coba lagi.`);
    expect(shown.cls).toContain('staff-notice--error');
    expect(shown.cls).not.toContain('staff-notice--success');
    expect(vp.tickets).toHaveLength(before);
    await expectAccessible(page, 'supervisor system: reprint with the paper out');
    await page.screenshot({ path: `${SHOTS}/supervisor-system-reprint-paper-out-1920x1080.png` });
    vp.setStatus('ok');
  });
});
