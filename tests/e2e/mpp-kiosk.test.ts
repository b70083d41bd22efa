import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../helpers/accessibility';
import { launchChromium } from '../helpers/browser';
import { box } from '../helpers/layoutBoxes';
import { SHOTS } from '../helpers/screenshots';
import { ServedOffice } from '../helpers/servedOffice';
import { mintTestToken } from '../helpers/token';

/**
 * The kiosk of a Mal Pelayanan Publik (resources/mpp.example.json: 12 agencies, 25 services, 80 counters),
 * as a visitor: the agency, then the service, two touches to a number that names the agency.
 */

const SAMSAT_LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#0a4"/></svg>';

let office: ServedOffice;
let browser: Browser;
let supervisor: string;

beforeAll(async () => {
  const config = JSON.parse(readFileSync('resources/mpp.example.json', 'utf8')) as { agencies: { id: string; logo?: string }[] };
  const samsat = config.agencies.find((a) => a.id === 'SAMSAT');
  if (!samsat) throw new Error('the MPP demo has no SAMSAT');
  samsat.logo = 'samsat.svg';
  office = new ServedOffice(config);
  mkdirSync(join(office.dir.path, 'logos'));
  writeFileSync(join(office.dir.path, 'logos', 'samsat.svg'), SAMSAT_LOGO);
  supervisor = mintTestToken(office.dataDir, 'supervisor');
  await office.start();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await office?.remove();
});

async function kiosk(width: number, height: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(`${office.url}/kiosk`);
  await page.getByTestId('agency-DUKCAPIL').waitFor();
  return page;
}

describe('the kiosk of a Mal Pelayanan Publik', () => {
  it.each([
    [1920, 1080],
    [1080, 1920],
  ])('shows all twelve agencies whole on one %ix%i screen, each a large touch target', async (width, height) => {
    const page = await kiosk(width, height);
    const cards = page.locator('[data-testid^="agency-"]');
    expect(await cards.count()).toBe(12);
    for (const card of await cards.all()) {
      const b = await box(card);
      expect(b.y + b.height).toBeLessThanOrEqual(height);
      expect(b.height).toBeGreaterThanOrEqual(64);
    }
    expect(await page.getByTestId('more-agencies').count()).toBe(0);
    // No service card before an agency is chosen: the first touch picks the agency.
    expect(await page.locator('[data-testid^="service-"]').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, `kiosk-mpp-agencies-${width}x${height}.png`) });
    await page.close();
  });

  it.each([
    [1920, 1080],
    [1080, 1920],
  ])('passes axe on the agencies and on an agency\'s services, normal and in large text with high contrast (%ix%i)', async (width, height) => {
    // A context of its own: axe-core opens a page beside it.
    const page = await (await browser.newContext({ viewport: { width, height } })).newPage();
    await page.goto(`${office.url}/kiosk`);
    await page.getByTestId('agency-DUKCAPIL').waitFor();
    for (const large of [false, true]) {
      const mode = large ? 'large text' : 'normal';
      if (large) {
        await page.getByTestId('access-toggle').click();
        // The agency cards follow high contrast like the service cards: black with yellow edges.
        const look = await page.getByTestId('agency-DUKCAPIL').evaluate((el) => {
          const style = el.ownerDocument.defaultView?.getComputedStyle(el);
          return { background: style?.backgroundColor, border: style?.borderTopColor };
        });
        expect(look).toEqual({ background: 'rgb(0, 0, 0)', border: 'rgb(255, 255, 0)' });
      }
      await expectAccessible(page, `MPP agencies (${mode}, ${width}x${height})`);
      await page.screenshot({ path: join(SHOTS, `kiosk-mpp-agencies-${large ? 'access-' : ''}${width}x${height}.png`) });
      await page.getByTestId('agency-SAMSAT').click();
      await page.getByTestId('agency-services').waitFor();
      await expectAccessible(page, `MPP agency services (${mode}, ${width}x${height})`);
      await page.getByTestId('back-button').click();
      await page.getByTestId('agency-DUKCAPIL').waitFor();
    }
    await page.context().close();
  });

  it("gives a number in two touches, the agency's services only, and names the agency on the number", async () => {
    const page = await kiosk(1920, 1080);
    await page.getByTestId('agency-SAMSAT').click();
    await page.getByTestId('agency-services').waitFor();
    const shown = await page.locator('[data-testid^="service-"]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-testid')));
    expect(shown).toEqual(['service-PKB', 'service-BBN', 'service-STNK']);
    // The logo from the office's "logos" folder, loaded.
    expect(await page.locator('[data-testid="agency-services"] img').evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(0);
    await page.getByTestId('service-PKB').click();
    await expect.poll(() => page.getByTestId('ticket-number').textContent()).toBe('F-001');
    expect(await page.getByTestId('ticket-agency').textContent()).toBe('Samsat Kota Kupang');
    await page.screenshot({ path: join(SHOTS, 'kiosk-mpp-number-1920x1080.png') });
    await page.close();
  });

  it("keeps a priority visitor within the chosen agency, and the way back leads to that agency's services", async () => {
    const page = await kiosk(1080, 1920);
    await page.getByTestId('agency-IMIGRASI').click();
    await page.getByTestId('priority-button').click();
    await page.getByTestId('back-button').click();
    expect(await page.getByTestId('agency-services').textContent()).toContain('Kantor Imigrasi Kelas I Kupang');
    await page.getByTestId('priority-button').click();
    await page.getByTestId('priority-reason-lansia').click();
    const offered = await page.locator('[data-testid^="service-"]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-testid')));
    expect(offered).toEqual(['service-PASPOR', 'service-WNA']);
    await page.getByTestId('service-PASPOR').click();
    await expect.poll(() => page.getByTestId('ticket-number').textContent()).toBe('D-001');
    expect(await page.getByTestId('ticket-agency').textContent()).toBe('Kantor Imigrasi Kelas I Kupang');
    const [ticket] = (await office.call('queue.snapshot', {}, supervisor)).services.find((s) => s.code === 'PASPOR')?.waiting ?? [];
    expect(ticket?.priorityReason).toBe('lansia');
    await page.close();
  });

  it('names the agencies in English after the toggle', async () => {
    const page = await kiosk(1920, 1080);
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => page.getByTestId('agency-SAMSAT').textContent()).toContain('Vehicle Tax Office (Samsat)');
    expect(await page.locator('h1').textContent()).toBe('Touch the agency you came for');
    await page.close();
  });

  it('serves only pictures from the logos folder, never the configuration beside it', async () => {
    const logo = await fetch(`${office.url}/logos/samsat.svg`);
    expect(logo.status).toBe(200);
    expect(logo.headers.get('content-security-policy')).toContain("default-src 'none'");
    for (const path of ['/logos/..%2foffice.json', '/logos/../office.json', '/logos/%2e%2e/office.json']) {
      const answer = await fetch(`${office.url}${path}`);
      expect(await answer.text(), path).not.toContain('kupang-mpp-demo');
    }
  });
});
