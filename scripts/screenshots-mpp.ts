import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../tests/helpers/browser';

/**
 * npx tsx scripts/screenshots-mpp.ts http://127.0.0.1:5191 [outDir]
 * The kiosk of a Mal Pelayanan Publik (an office started with resources/mpp.example.json): the agencies,
 * then one agency's services, at both touchscreen orientations, into docs/screenshots/ (or outDir).
 */
const baseUrl = (process.argv[2] ?? 'http://127.0.0.1:5191').replace(/\/+$/, '');
const outDir = process.argv[3] ?? join(process.cwd(), 'docs', 'screenshots');
const VIEWPORTS = [
  { name: 'landscape', width: 1920, height: 1080 },
  { name: 'portrait', width: 1080, height: 1920 },
] as const;

mkdirSync(outDir, { recursive: true });
const browser = await launchChromium();
try {
  for (const viewport of VIEWPORTS) {
    const page = await browser.newPage({ viewport: { width: viewport.width, height: viewport.height } });
    await page.goto(`${baseUrl}/kiosk`);
    await page.locator('[data-testid^="agency-"]').first().waitFor();
    await page.screenshot({ path: join(outDir, `kiosk-mpp-agencies-${viewport.name}.png`), animations: 'disabled' });
    await page.getByTestId('agency-SAMSAT').click();
    await page.getByTestId('agency-services').waitFor();
    await page.screenshot({ path: join(outDir, `kiosk-mpp-services-${viewport.name}.png`), animations: 'disabled' });
    console.log(`${viewport.name}: kiosk-mpp-agencies, kiosk-mpp-services`);
    await page.close();
  }
} finally {
  await browser.close();
}
