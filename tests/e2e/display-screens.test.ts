import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../helpers/accessibility';
import { launchChromium } from '../helpers/browser';
import { ServedOffice } from '../helpers/servedOffice';
import { mintTestToken } from '../helpers/token';
import { SHOTS } from '../helpers/screenshots';

/**
 * The waiting-room TV of the demo office (issue 15): its counter 6 is named "Meja Informasi" and the voice
 * says "loket enam", so the screen shows the number as well; its service names ("Kartu Keluarga", "Akta
 * Kelahiran", "Akta Kematian") are never cut, in landscape or portrait, and stay large enough for 5 m.
 */
const VIEWPORTS = [
  { name: 'landscape', width: 1920, height: 1080 },
  { name: 'portrait', width: 1080, height: 1920 },
] as const;

let office: ServedOffice;
let browser: Browser;
let supervisor: string;
let display: string;
const counterTokens = new Map<number, string>();
const demo = JSON.parse(readFileSync('resources/office.demo.json', 'utf8')) as { services: { code: string; name: { id: string } }[] };

beforeAll(async () => {
  office = new ServedOffice(demo as unknown as Record<string, unknown>);
  supervisor = mintTestToken(office.dataDir, 'supervisor');
  display = mintTestToken(office.dataDir, 'display');
  for (const n of [1, 6]) counterTokens.set(n, mintTestToken(office.dataDir, 'counter', n));
  await office.start();
  browser = await launchChromium();
  // Someone waits for every service; counter 1 calls first, then Meja Informasi (counter 6).
  for (const s of demo.services) await office.call('tickets.issue', { serviceCode: s.code }, supervisor);
  for (const n of [1, 6]) {
    await office.call('counters.open', { counter: n }, counterTokens.get(n));
    await office.call('counters.callNext', { counter: n }, counterTokens.get(n));
  }
  await office.call('counters.open', { counter: 1 }, counterTokens.get(1)).catch(() => undefined);
});

afterAll(async () => {
  await browser?.close();
  await office?.remove();
});

async function board(viewport: (typeof VIEWPORTS)[number]): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
  await context.addInitScript({ content: `localStorage.setItem('loket.token', ${JSON.stringify(display)})` });
  const page = await context.newPage();
  await page.goto(`${office.url}/display?sound=off`);
  await page.getByTestId('latest-call').waitFor();
  await page.getByTestId(`waiting-${demo.services[0]!.code}`).waitFor();
  return page;
}

/** Font size in CSS pixels of the first element matching. */
const fontSize = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => parseFloat(el.ownerDocument.defaultView?.getComputedStyle(el).fontSize ?? '0'));

describe('the TV display of the demo office', () => {
  for (const viewport of VIEWPORTS) {
    it(`shows the counter's number with its name, and every service name whole (${viewport.name})`, async () => {
      const page = await board(viewport);
      await page.getByTestId('recent-call').first().waitFor();
      // The latest call went to counter 6, "Meja Informasi": the number the voice says, and the name.
      expect(await page.getByTestId('latest-call-counter').textContent()).toBe('Loket 6');
      expect(await page.getByTestId('latest-call-counter-name').textContent()).toBe('Meja Informasi');
      // Counter 1 is named "Loket 1": shown once, not "Loket 1 · Loket 1".
      expect(await page.getByTestId('recent-call-counter').allTextContents()).toContain('Loket 1');

      for (const service of demo.services) {
        const row = page.getByTestId(`waiting-${service.code}`);
        const name = row.locator('.waiting-name');
        expect(await name.textContent()).toBe(service.name.id);
        // Not cut: the text fits its box, the box lies inside its row, and the row inside the panel.
        const cut = await name.evaluate((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
        expect(cut, `${service.name.id} is cut`).toBe(false);
        const nameBox = await name.boundingBox();
        const countBox = await row.locator('.waiting-count').boundingBox();
        const panelBox = await page.locator('.waiting').boundingBox();
        if (!nameBox || !countBox || !panelBox) throw new Error(`${service.code} is not on screen`);
        expect(nameBox.x + nameBox.width, `${service.name.id} runs into its count`).toBeLessThanOrEqual(countBox.x);
        expect(countBox.y + countBox.height, `${service.name.id} falls off the panel`).toBeLessThanOrEqual(panelBox.y + panelBox.height);
      }
      const panelClips = await page.locator('.waiting').evaluate((el) => el.scrollHeight > el.clientHeight + 1);
      expect(panelClips, 'the waiting panel hides rows').toBe(false);
      // The latest call's lines all lie inside its white panel.
      const latestBox = await page.getByTestId('latest-call').boundingBox();
      for (const part of ['latest-call-label', 'latest-call-counter', 'latest-call-counter-name']) {
        const box = await page.getByTestId(part).boundingBox();
        if (!box || !latestBox) throw new Error(`${part} is not on screen`);
        expect(box.y, part).toBeGreaterThanOrEqual(latestBox.y);
        expect(box.y + box.height, part).toBeLessThanOrEqual(latestBox.y + latestBox.height);
      }

      // Readable from 5 m on a 1080-line TV: service names at least 30 px, the number far larger.
      expect(await fontSize(page, '.waiting-name')).toBeGreaterThanOrEqual(30);
      expect(await fontSize(page, '.latest-counter-name')).toBeGreaterThanOrEqual(40);
      expect(await fontSize(page, '.latest-label')).toBeGreaterThanOrEqual(200);

      await expectAccessible(page, `display board (${viewport.name})`);
      await page.screenshot({ path: `${SHOTS}/display-calls-${viewport.name}.png`, animations: 'disabled' });
      await page.context().close();
    });
  }

  it('keeps the number beside the name in the recent calls', async () => {
    const page = await board(VIEWPORTS[0]);
    const token = counterTokens.get(1);
    const current = (await office.call('queue.snapshot', {}, supervisor)).counters.find((c) => c.number === 1)?.current;
    if (current) {
      await office.call('tickets.start', { counter: 1, ticketId: current.id }, token);
      await office.call('tickets.finish', { counter: 1, ticketId: current.id }, token);
    }
    await office.call('tickets.issue', { serviceCode: 'KTP' }, supervisor);
    await office.call('counters.callNext', { counter: 1 }, token);
    await page.locator('[data-testid="latest-call-counter"]', { hasText: /^Loket 1$/ }).waitFor();
    expect(await page.getByTestId('latest-call-counter-name').count()).toBe(0);
    const row = page.getByTestId('recent-call-counter').filter({ hasText: 'Meja Informasi' });
    expect(await row.textContent()).toBe('Loket 6 · Meja Informasi');
    const cut = await row.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
    expect(cut).toBe(false);
    await page.screenshot({ path: `${SHOTS}/display-recent-landscape.png`, animations: 'disabled' });
    await page.context().close();
  });
});
