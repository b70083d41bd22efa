import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { localDate } from '../../src/shared/time/localTime';
import type { VirtualPrinter } from '../../tools/virtual-printer/virtual-printer';
import { expectAccessible } from '../helpers/accessibility';
import { launchChromium } from '../helpers/browser';
import { ServedOffice } from '../helpers/servedOffice';
import { testConfigInput } from '../helpers/testConfig';
import { FAST_TIMEOUTS, virtualPrinter } from '../integration/printer/helpers';

/**
 * axe-core (WCAG 2.2 AA) on every state of the kiosk, in its normal look and in large text with high
 * contrast, at both touchscreen orientations: no exemption.
 */

const LANDSCAPE = { width: 1920, height: 1080 };
const PORTRAIT = { width: 1080, height: 1920 };

let browser: Browser;
let noPrinter: ServedOffice;
let withPrinter: ServedOffice;
let voiding: ServedOffice;
let closed: ServedOffice;
const printers: VirtualPrinter[] = [];

async function printerOffice(onPrintFailure: 'keepInQueue' | 'void'): Promise<{ office: ServedOffice; vp: VirtualPrinter }> {
  const vp = await virtualPrinter();
  printers.push(vp);
  const office = new ServedOffice(
    testConfigInput({
      printer: { transport: { type: 'tcp', host: '127.0.0.1', port: vp.port }, statusPollIntervalMs: 1000, timeouts: FAST_TIMEOUTS, onPrintFailure },
    }),
  );
  return { office: await office.start(), vp };
}

let printerOk: VirtualPrinter;

beforeAll(async () => {
  const hours = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, ['08:00-15:00']]));
  const closedConfig = testConfigInput({
    office: { id: 'test-office', name: 'Kantor Uji Loket', timeZone: 'Asia/Makassar', openingHours: hours, closedDates: [localDate(Date.now(), 'Asia/Makassar')] },
  });
  let voidPrinter: VirtualPrinter;
  [noPrinter, { office: withPrinter, vp: printerOk }, { office: voiding, vp: voidPrinter }, closed] = await Promise.all([
    new ServedOffice(testConfigInput()).start(),
    printerOffice('keepInQueue'),
    printerOffice('void'),
    new ServedOffice(closedConfig).start(),
  ]);
  voidPrinter.setStatus('paper_out');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  for (const office of [noPrinter, withPrinter, voiding, closed]) await office?.remove();
  for (const vp of printers) await vp.close();
});

/** A page in its own context (axe-core's Playwright runner needs one). */
async function newPage(viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  return context.newPage();
}

async function openKiosk(office: ServedOffice, viewport: { width: number; height: number }, accessMode: boolean): Promise<Page> {
  const page = await newPage(viewport);
  await page.clock.install();
  await page.goto(`${office.url}/kiosk`);
  await page.locator('[data-testid^="service-"]').first().waitFor();
  if (accessMode) {
    await page.getByTestId('access-toggle').click();
    await page.locator('html.access-mode').waitFor({ state: 'attached' });
  }
  return page;
}

for (const accessMode of [false, true]) {
  const mode = accessMode ? 'large text, high contrast' : 'normal';

  describe(`the kiosk (${mode})`, () => {
    for (const [name, viewport] of [
      ['landscape', LANDSCAPE],
      ['portrait', PORTRAIT],
    ] as const) {
      it(`passes on the start, priority, issuing and number screens (${name})`, async () => {
        const page = await openKiosk(noPrinter, viewport, accessMode);
        await expectAccessible(page, `kiosk start (${mode}, ${name})`);

        await page.getByTestId('priority-button').click();
        await page.getByTestId('priority-reason-lansia').waitFor();
        await expectAccessible(page, `kiosk priority reasons (${mode}, ${name})`);

        await page.getByTestId('priority-reason-lansia').click();
        await page.getByTestId('service-KTP').waitFor();
        await expectAccessible(page, `kiosk priority services (${mode}, ${name})`);

        // The office's answer is held back, so the issuing screen stays while axe reads it.
        let release: () => void = () => undefined;
        const held = new Promise<void>((resolve) => (release = resolve));
        await page.route('**/api/v1/tickets.issue', async (route) => {
          await held;
          await route.continue();
        });
        await page.getByTestId('service-KTP').click();
        await page.locator('.issuing').waitFor();
        await expectAccessible(page, `kiosk issuing (${mode}, ${name})`);
        release();

        await page.getByTestId('ticket-number').waitFor();
        await expectAccessible(page, `kiosk number, no printer (${mode}, ${name})`);
        await page.context().close();
      });
    }

    it('passes on "Masih di sini?" and on a failed choice', async () => {
      const page = await openKiosk(noPrinter, PORTRAIT, accessMode);
      await page.getByTestId('priority-button').click();
      await page.getByTestId('priority-reason-hamil').waitFor();
      await page.clock.runFor(20_000);
      await page.getByTestId('still-here').waitFor();
      await expectAccessible(page, `kiosk still here (${mode})`);
      await page.getByTestId('still-here-stay').click();

      await page.route('**/api/v1/tickets.issue', (route) =>
        route.fulfill({ status: 409, json: { ok: false, error: { code: 'quota_reached', message: 'simulated' } } }),
      );
      await page.getByTestId('priority-reason-hamil').click();
      await page.getByTestId('service-KK').click();
      await page.getByTestId('kiosk-error').waitFor();
      await expectAccessible(page, `kiosk error (${mode})`);
      await page.context().close();
    });

    it('passes with a printer: the ticket taken, then the paper out banner and its number screen', async () => {
      printerOk.setStatus('ok');
      const page = await openKiosk(withPrinter, LANDSCAPE, accessMode);
      await page.getByTestId('service-KTP').click();
      await page.getByTestId('print-message').filter({ hasText: 'Silakan ambil tiket Anda' }).waitFor();
      await expectAccessible(page, `kiosk number, printed (${mode})`);
      await page.getByTestId('done-button').click();

      printerOk.setStatus('paper_out');
      await page.getByTestId('printer-banner').waitFor({ timeout: 15_000 });
      await expectAccessible(page, `kiosk paper out banner (${mode})`);
      await page.getByTestId('service-KK').click();
      await page.getByTestId('print-message').filter({ hasText: 'tidak dapat dicetak' }).waitFor();
      await expectAccessible(page, `kiosk number, paper out (${mode})`);
      await page.context().close();
      printerOk.setStatus('ok');
    });

    it('passes when the office voids unprinted numbers: its banner and the cancelled number', async () => {
      const page = await openKiosk(voiding, PORTRAIT, accessMode);
      await page.getByTestId('printer-banner').filter({ hasText: 'dibatalkan' }).waitFor({ timeout: 15_000 });
      await expectAccessible(page, `kiosk void banner (${mode})`);
      await page.getByTestId('service-KTP').click();
      await page.getByTestId('print-message').filter({ hasText: 'dibatalkan' }).waitFor();
      await expectAccessible(page, `kiosk number voided (${mode})`);
      await page.context().close();
    });

    it('passes on a closed office', async () => {
      for (const viewport of [LANDSCAPE, PORTRAIT]) {
        const page = await openKiosk(closed, viewport, accessMode);
        await page.getByTestId('office-closed').waitFor();
        await expectAccessible(page, `kiosk closed office (${mode}, ${viewport.width}x${viewport.height})`);
        await page.context().close();
      }
    });

    it('passes while the office cannot be reached: the first load failing, then the live connection lost', async () => {
      const lost = await new ServedOffice(testConfigInput()).start();
      try {
        const page = await newPage(LANDSCAPE);
        await page.route('**/api/v1/office.overview', (route) => route.abort('connectionrefused'));
        await page.goto(`${lost.url}/kiosk`);
        await page.getByTestId('kiosk-error').waitFor();
        await expectAccessible(page, `kiosk, no answer from the office (${mode})`);

        // Back, then the office goes away under a loaded screen: the "reconnecting" notice above it.
        await page.unroute('**/api/v1/office.overview');
        await page.getByTestId('service-KTP').waitFor({ timeout: 15_000 });
        if (accessMode) await page.getByTestId('access-toggle').click();
        await lost.stop();
        await page.locator('.connection-notice').waitFor({ timeout: 15_000 });
        await expectAccessible(page, `kiosk, reconnecting (${mode})`);
        await page.context().close();
      } finally {
        await lost.remove();
      }
    });

    it('passes when the disk is full', async () => {
      // The office's real full disk is storageFull.test.ts (it needs root to mount a tiny disk); here the
      // overview the page receives says so, which is all the screen reads.
      const page = await newPage(LANDSCAPE);
      await page.route('**/api/v1/office.overview', async (route) => {
        const answer = (await (await route.fetch()).json()) as { result: { storage: { state: string } } };
        answer.result.storage.state = 'full';
        await route.fulfill({ json: answer });
      });
      await page.goto(`${noPrinter.url}/kiosk`);
      await page.getByTestId('kiosk-storage-full').waitFor();
      if (accessMode) await page.getByTestId('access-toggle').click();
      await expectAccessible(page, `kiosk storage full (${mode})`);
      await page.context().close();
    });
  });
}
