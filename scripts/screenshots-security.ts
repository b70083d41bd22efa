import { mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { officeClient } from './lib/officeClient';
import { launchChromium } from '../tests/helpers/browser';

/**
 * npx tsx scripts/screenshots-security.ts http://127.0.0.1:5186
 * Supervisor › Sistem at 1920×1080 with the "refused requests" card filled: the office is sent what a
 * DNS-rebinding page, another web page, a cross-site form and an oversized body would send, then the
 * card is shot into docs/screenshots/. Run it on the office PC against a fresh data folder, or give the
 * supervisor PIN of an office already set up: LOKET_SUPERVISOR_PIN=…. A flood shows as one row with its count.
 */
const baseUrl = (process.argv[2] ?? 'http://127.0.0.1:5186').replace(/\/+$/, '');
const { supervisorToken } = officeClient(baseUrl);
const SUPERVISOR_PIN = process.env.LOKET_SUPERVISOR_PIN ?? '482915';
const outDir = join(process.cwd(), 'docs', 'screenshots');

/** node:http, because fetch will not send a foreign Host. */
function send(path: string, headers: Record<string, string>, body = '{}'): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function refusals(): Promise<void> {
  const port = new URL(baseUrl).port;
  for (let i = 0; i < 25; i++) await send('/api/v1/tickets.issue', { host: `rebind-${i}.evil.example:${port}` }, '{"serviceCode":"KTP"}');
  await send('/api/v1/tickets.issue', { origin: 'http://promo-undian.example' }, '{"serviceCode":"KTP"}');
  await send('/api/v1/auth.setup', { 'content-type': 'text/plain' }, '{"name":"x","pin":"482915"}');
  await send('/api/v1/office.overview', {}, JSON.stringify({ pad: 'x'.repeat(8 * 1024) }));
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const token = await supervisorToken(SUPERVISOR_PIN);
  await refusals();
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    await context.addInitScript(`localStorage.setItem('loket.token', ${JSON.stringify(token)})`);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/supervisor`);
    await page.getByTestId('tab-system').click();
    await page.getByTestId('security-row').first().waitFor();
    // The card at the top of the scrolling panel, so the whole list shows.
    await page.getByTestId('security').evaluate((card) => card.scrollIntoView({ block: 'start' }));
    const path = join(outDir, 'supervisor-security-1920x1080.png');
    await page.screenshot({ path, animations: 'disabled' });
    console.log(path);
  } finally {
    await browser.close();
  }
}

await main();
