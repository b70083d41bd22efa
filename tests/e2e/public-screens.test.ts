import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../helpers/accessibility';
import { launchChromium } from '../helpers/browser';
import { ServedOffice } from '../helpers/servedOffice';
import { testConfigInput } from '../helpers/testConfig';
import { mintTestToken } from '../helpers/token';
import { SHOTS } from '../helpers/screenshots';

/**
 * The public pages (issue 15): /ikm on a hall TV fits 1920×1080 without scrolling, and an address that is
 * no screen gets a "not found" page in the office's look with a 404 status, while the API keeps answering
 * in JSON.
 */

let office: ServedOffice;
let browser: Browser;
let supervisor: string;
let counter: string;

beforeAll(async () => {
  office = new ServedOffice(testConfigInput());
  supervisor = mintTestToken(office.dataDir, 'supervisor');
  counter = mintTestToken(office.dataDir, 'counter', 1);
  await office.start();
  // Enough served visitors with a survey each for a published IKM with all nine unsur.
  await office.call('counters.open', { counter: 1 }, counter);
  for (let i = 0; i < 6; i++) {
    await office.call('tickets.issue', { serviceCode: 'KTP' });
    const called = (await office.call('counters.callNext', { counter: 1 }, counter)).ticket;
    if (!called) throw new Error('nobody to call');
    await office.call('tickets.start', { counter: 1, ticketId: called.id }, counter);
    await office.call('tickets.finish', { counter: 1, ticketId: called.id }, counter);
    const score = (n: number) => (((i + n) % 4) + 1) as 1 | 2 | 3 | 4;
    await office.call(
      'ratings.survey',
      { answers: { U1: score(0), U2: score(1), U3: score(2), U4: 4, U5: score(3), U6: 3, U7: 4, U8: score(1), U9: 3 }, ticketRef: called.label },
      supervisor,
    );
    await office.call('ratings.quick', { face: i % 2 ? 'happy' : 'very-happy', ticketRef: called.label }, supervisor);
  }
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await office?.remove();
});

async function pageAt(width: number, height: number): Promise<Page> {
  return (await browser.newContext({ viewport: { width, height } })).newPage();
}

/** Nothing on the page scrolls: neither the document nor any element that clips its content. */
async function expectNoScroll(page: Page): Promise<void> {
  const scrolling = await page.evaluate(`[...document.querySelectorAll('*')]
    .filter((el) => el.clientHeight > 1 && el.scrollHeight > el.clientHeight + 1 && ['auto', 'scroll', 'hidden'].includes(getComputedStyle(el).overflowY))
    .map((el) => el.className || el.tagName)`);
  expect(scrolling).toEqual([]);
  const doc = (await page.evaluate('[document.documentElement.scrollHeight, innerHeight]')) as [number, number];
  expect(doc[0]).toBeLessThanOrEqual(doc[1]);
}

describe('the public pages', () => {
  it('/ikm fits a 1920×1080 hall TV without scrolling, in both languages', async () => {
    const page = await pageAt(1920, 1080);
    await page.goto(`${office.url}/ikm`);
    await page.getByTestId('ikm-konversi').waitFor();
    await page.locator('.unsur-bar').nth(8).waitFor();
    await expectNoScroll(page);
    const basis = await page.locator('.ikm-basis').boundingBox();
    expect(basis && basis.y + basis.height).toBeLessThanOrEqual(1080);
    await expectAccessible(page, '/ikm (id)');
    await page.screenshot({ path: `${SHOTS}/ikm-1920x1080.png` });
    await page.getByTestId('lang-toggle').click();
    await page.getByText('Public Satisfaction Index (IKM)').first().waitFor();
    await expectNoScroll(page);
    await expectAccessible(page, '/ikm (en)');
    await page.context().close();
  });

  it('lists the screens on the office home page, which passes axe at each screen size', async () => {
    for (const [width, height] of [
      [1920, 1080],
      [1366, 768],
      [1080, 1920],
    ] as const) {
      const page = await pageAt(width, height);
      await page.goto(`${office.url}/`);
      await page.locator('main.home').waitFor();
      expect(await page.getByRole('link', { name: /Anjungan/ }).count()).toBeGreaterThan(0);
      await expectAccessible(page, `the office home / (${width}x${height})`);
      await page.screenshot({ path: `${SHOTS}/home-${width}x${height}.png` });
      await page.context().close();
    }
  });

  it('answers an unknown address with a friendly 404 page, and the API with JSON', async () => {
    const res = await fetch(`${office.url}/loket-tidak-ada`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('text/html');

    const page = await pageAt(1920, 1080);
    await page.goto(`${office.url}/loket-tidak-ada?x=1`);
    await page.getByTestId('not-found').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Halaman tidak ditemukan.');
    expect(await page.getByTestId('not-found').textContent()).toContain('/loket-tidak-ada?x=1');
    expect(await page.getByRole('link', { name: /Anjungan/ }).count()).toBeGreaterThan(0);
    expect(await page.textContent('body')).not.toContain('"statusCode"');
    await expectAccessible(page, 'the 404 page');
    await page.screenshot({ path: `${SHOTS}/notfound-1920x1080.png` });
    await page.context().close();

    const api = await fetch(`${office.url}/api/v1/tidak.ada`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(api.status).toBe(404);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('unknown_method');
    const apiGet = await fetch(`${office.url}/api/tidak-ada`);
    expect(apiGet.headers.get('content-type')).toContain('application/json');
  });

  it('offers "Tidak sekolah / tidak tamat SD" in the SKM profile, every option on screen, and counts it', async () => {
    const ticket = await office.call('tickets.issue', { serviceCode: 'KTP' });
    await office.call('counters.callNext', { counter: 1 }, counter);
    await office.call('tickets.start', { counter: 1, ticketId: ticket.id }, counter);
    await office.call('tickets.finish', { counter: 1, ticketId: ticket.id }, counter);

    const page = await pageAt(1920, 1080);
    await page.goto(`${office.url}/rate`);
    await page.getByTestId('face-very-happy').waitFor();
    await page.keyboard.type(`LOKET:${ticket.id}`);
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="linked-ticket"]', { hasText: ticket.label }).waitFor();
    await page.getByTestId('face-happy').click();
    await page.getByTestId('survey-yes').click();
    for (let i = 1; i <= 9; i++) {
      await page.locator('[data-testid="progress"]', { hasText: `${i} dari 9` }).waitFor();
      await page.getByTestId('answer-3').click();
    }
    for (let i = 1; i <= 2; i++) {
      await page.locator('[data-testid="progress"]', { hasText: `${i} dari 4` }).waitFor();
      await page.getByTestId('profile-skip').click();
    }
    const none = page.getByTestId('profile-tidak-sekolah');
    await none.waitFor();
    expect(await none.textContent()).toContain('Tidak sekolah / tidak tamat SD');
    // All eight answers lie inside the window, none cut.
    for (const value of ['tidak-sekolah', 'SD', 'SMP', 'SMA', 'D1-D3', 'D4-S1', 'S2', 'S3']) {
      const box = await page.getByTestId(`profile-${value}`).boundingBox();
      expect(box, value).not.toBeNull();
      expect(box!.y + box!.height, value).toBeLessThanOrEqual(1080);
      expect(box!.x + box!.width, value).toBeLessThanOrEqual(1920);
      expect(await page.getByTestId(`profile-${value}`).evaluate((el) => el.scrollWidth > el.clientWidth + 1), value).toBe(false);
    }
    await page.screenshot({ path: `${SHOTS}/rate-profile-education-1920x1080.png` });
    await none.click();
    await page.locator('[data-testid="progress"]', { hasText: '4 dari 4' }).waitFor();
    await page.getByTestId('profile-skip').click();
    await page.getByTestId('thanks').waitFor();
    await page.context().close();

    const today = (await office.call('office.overview', {})).serviceDate;
    const report = await office.call('ratings.report', { period: { kind: 'month', date: today } }, supervisor);
    expect(report.profile).toContainEqual({ field: 'education', value: 'tidak-sekolah', n: 1 });
  });
});
