import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { VirtualPrinter } from '../../tools/virtual-printer/virtual-printer';
import { launchChromium } from '../helpers/browser';
import { ServedOffice } from '../helpers/servedOffice';
import { testConfigInput } from '../helpers/testConfig';
import { virtualPrinter, FAST_TIMEOUTS } from '../integration/printer/helpers';

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
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await office?.remove();
  await vp?.close();
});

beforeEach(async () => {
  vp.setStatus('ok');
  page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(`${office.url}/kiosk`);
});

function biggestText(index: number): string {
  let best = { text: '', height: 0 };
  for (const b of vp.tickets[index]!.document.blocks) {
    if (b.kind === 'text' && b.content && b.height > best.height) best = { text: b.content, height: b.height };
  }
  return best.text;
}

describe('printing at the kiosk, as a visitor', () => {
  it('prints a ticket whose number equals the number on screen', async () => {
    const before = vp.tickets.length;
    await page.getByTestId('service-KTP').click();
    const onScreen = await page.getByTestId('ticket-number').textContent();
    expect(await page.getByTestId('print-message').textContent()).toContain('Silakan ambil tiket Anda');
    expect(vp.tickets.length).toBe(before + 1);
    expect(biggestText(before)).toBe(onScreen);
  });

  it('shows the paper-out message and still the number when the printer has no paper', async () => {
    vp.setStatus('paper_out');
    // A locator wait, not expect.poll around textContent(): that call itself waits 30 s for a banner that is
    // not there yet, so a slow first status poll turned into a 60 s test timeout instead of a retry.
    await page.getByTestId('printer-banner').filter({ hasText: 'kertas habis' }).waitFor({ timeout: 15_000 });
    const before = vp.tickets.length;
    await page.getByTestId('service-KK').click();
    const onScreen = await page.getByTestId('ticket-number').textContent();
    expect(onScreen).toMatch(/^B-\d{3}$/);
    expect(await page.getByTestId('print-message').textContent()).toMatch(/tidak dapat dicetak \(kertas habis\).*Ingat nomor Anda/);
    expect(vp.tickets.length).toBe(before);
    // The number stays in the queue (policy keepInQueue): staff will call it.
    const waiting = (await office.call('office.overview', {})).services.find((s) => s.code === 'KK')?.waiting;
    expect(waiting).toBeGreaterThan(0);
  });
});
