import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/helpers/browser';

/**
 * npx tsx scripts/screenshots.ts http://127.0.0.1:5170
 * Screenshots of the kiosk against a running office, at the two touchscreen orientations, into
 * docs/screenshots/. It issues real tickets (one priority, one regular) on that office. When no service
 * is full, the quota-full picture marks the last service full in the overview the page receives, and
 * says so; the error picture always uses a simulated quota_reached answer, since a full service cannot be pressed.
 */
const baseUrl = (process.argv[2] ?? 'http://127.0.0.1:5170').replace(/\/+$/, '');
const outDir = join(process.cwd(), 'docs', 'screenshots');
const VIEWPORTS = [
  { name: 'landscape', width: 1920, height: 1080 },
  { name: 'portrait', width: 1080, height: 1920 },
] as const;

type Overview = { services: { code: string; availability: string; priorityOffered: boolean }[] };

async function shoot(page: Page, what: string, orientation: string): Promise<void> {
  const path = join(outDir, `kiosk-${what}-${orientation}.png`);
  await page.screenshot({ path, animations: 'disabled' });
  console.log(path);
}

async function openKiosk(page: Page): Promise<Overview> {
  const overviewAnswer = page.waitForResponse((r) => r.url().endsWith('/api/v1/office.overview'));
  await page.goto(`${baseUrl}/kiosk`);
  const overview = ((await (await overviewAnswer).json()) as { result: Overview }).result;
  await page.locator('[data-testid^="service-"]').first().waitFor();
  return overview;
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const browser = await launchChromium();
  try {
    for (const viewport of VIEWPORTS) {
      const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, hasTouch: true });
      const page = await context.newPage();

      const overview = await openKiosk(page);
      await shoot(page, 'start', viewport.name);

      await page.getByTestId('lang-toggle').click();
      await shoot(page, 'start-en', viewport.name);
      await page.getByTestId('lang-toggle').click();

      await page.getByTestId('priority-button').click();
      await page.getByTestId('priority-reason-lansia').waitFor();
      await shoot(page, 'priority-reasons', viewport.name);

      await page.getByTestId('priority-reason-lansia').click();
      await shoot(page, 'priority-services', viewport.name);

      const open = overview.services.find((s) => s.availability === 'open' && s.priorityOffered);
      if (!open) throw new Error('No open service offers priority; cannot photograph a confirmation.');
      await page.getByTestId(`service-${open.code}`).click();
      await page.getByTestId('ticket-number').waitFor();
      await shoot(page, 'confirmation', viewport.name);
      await page.getByTestId('done-button').click();

      if (!overview.services.some((s) => s.availability === 'full')) {
        console.log('No service is full on this office: marking the last one full in the page only.');
        await page.route('**/api/v1/office.overview', async (route) => {
          const answer = (await (await route.fetch()).json()) as { result: Overview };
          const last = answer.result.services.at(-1);
          if (last) last.availability = 'full';
          await route.fulfill({ json: answer });
        });
        await openKiosk(page);
      }
      await shoot(page, 'quota-full', viewport.name);

      await page.route('**/api/v1/tickets.issue', (route) =>
        route.fulfill({ status: 409, json: { ok: false, error: { code: 'quota_reached', message: 'simulated for the screenshot' } } }),
      );
      await page.locator('[data-testid^="service-"]:enabled').first().click();
      await page.getByTestId('kiosk-error').waitFor();
      await shoot(page, 'error', viewport.name);

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
