import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { addDays, localDate, localTimeToEpoch } from '../src/shared/time/localTime';
import { launchChromium } from '../tests/helpers/browser';

/**
 * npx tsx scripts/screenshots-kiosk.ts http://127.0.0.1:5170 [outDir]
 * The kiosk's states beyond the plain visit (scripts/screenshots.ts): the printer warning under both
 * failure policies, a closed office, "Masih di sini?", large text and high contrast, and the number
 * screen when no counter is open yet; at both touchscreen orientations, into docs/screenshots/ (or
 * outDir). It issues real tickets on that office. What the office cannot be made to show on demand is
 * simulated in the page only, and the log says so: the printer status (paper out), the failure
 * policy, and every service closed until tomorrow 08.00.
 */
const baseUrl = (process.argv[2] ?? 'http://127.0.0.1:5170').replace(/\/+$/, '');
const outDir = process.argv[3] ?? join(process.cwd(), 'docs', 'screenshots');
const VIEWPORTS = [
  { name: 'landscape', width: 1920, height: 1080 },
  { name: 'portrait', width: 1080, height: 1920 },
] as const;

interface OverviewAnswer {
  result: {
    now: number;
    office: { timeZone: string };
    kiosk: { onPrintFailure: string };
    services: { code: string; availability: string; opensAt: number | null; priorityOffered: boolean }[];
  };
}

async function shoot(page: Page, what: string, orientation: string): Promise<void> {
  const path = join(outDir, `kiosk-${what}-${orientation}.png`);
  await page.screenshot({ path, animations: 'disabled' });
  console.log(path);
}

async function openKiosk(page: Page): Promise<void> {
  await page.goto(`${baseUrl}/kiosk`);
  await page.locator('[data-testid^="service-"]').first().waitFor();
}

/** The printer reports no paper, in this page only. */
async function simulatePaperOut(page: Page): Promise<void> {
  await page.route('**/api/v1/printer.status', (route) => route.fulfill({ json: { ok: true, result: { state: 'paper_out', detail: 'simulated' } } }));
}

/** Changes the overview this page receives. */
async function rewriteOverview(page: Page, change: (overview: OverviewAnswer['result']) => void): Promise<void> {
  await page.route('**/api/v1/office.overview', async (route) => {
    const answer = (await (await route.fetch()).json()) as OverviewAnswer;
    change(answer.result);
    await route.fulfill({ json: answer });
  });
}

/** 08:00 tomorrow in the office's time zone. */
function tomorrowAtEight(now: number, timeZone: string): number {
  return localTimeToEpoch(addDays(localDate(now, timeZone), 1), '08:00', timeZone);
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const browser = await launchChromium();
  try {
    for (const viewport of VIEWPORTS) {
      const size = { width: viewport.width, height: viewport.height };
      const orientation = viewport.name;

      console.log('Simulated in the page: the printer has no paper (policy keepInQueue, then void).');
      let context = await browser.newContext({ viewport: size, hasTouch: true });
      let page = await context.newPage();
      await simulatePaperOut(page);
      await openKiosk(page);
      await page.getByTestId('printer-banner').waitFor();
      await shoot(page, 'printer-banner', orientation);
      await rewriteOverview(page, (o) => {
        o.kiosk.onPrintFailure = 'void';
      });
      await openKiosk(page);
      await page.getByTestId('printer-banner').filter({ hasText: 'dibatalkan' }).waitFor();
      await shoot(page, 'printer-banner-void', orientation);
      await context.close();

      console.log('Simulated in the page: every service closed until tomorrow 08.00.');
      context = await browser.newContext({ viewport: size, hasTouch: true });
      page = await context.newPage();
      await rewriteOverview(page, (o) => {
        for (const s of o.services) {
          s.availability = 'closed';
          s.opensAt = tomorrowAtEight(o.now, o.office.timeZone);
        }
      });
      await openKiosk(page);
      await page.getByTestId('office-closed').waitFor();
      await shoot(page, 'closed', orientation);
      await context.close();

      context = await browser.newContext({ viewport: size, hasTouch: true });
      page = await context.newPage();
      await page.clock.install();
      await openKiosk(page);
      await page.getByTestId('priority-button').click();
      await page.getByTestId('priority-reason-lansia').waitFor();
      await page.clock.runFor(26_000);
      await page.getByTestId('still-here').waitFor();
      await shoot(page, 'still-here', orientation);
      await page.getByTestId('still-here-stay').click();
      await page.getByTestId('back-button').click();

      await page.getByTestId('access-toggle').click();
      await shoot(page, 'access-start', orientation);
      await page.getByTestId('priority-button').click();
      await page.getByTestId('priority-reason-lansia').waitFor();
      await shoot(page, 'access-priority-reasons', orientation);
      await page.getByTestId('priority-reason-lansia').click();
      await page.locator('[data-testid^="service-"]:enabled').first().click();
      await page.getByTestId('ticket-number').waitFor();
      await shoot(page, 'access-confirmation', orientation);
      await page.getByTestId('done-button').click();
      await page.locator('[data-testid^="service-"]:enabled').first().click();
      await page.getByTestId('ticket-number').waitFor();
      await shoot(page, 'confirmation-facts', orientation);
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
