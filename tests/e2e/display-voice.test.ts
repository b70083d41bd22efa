import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { ServedOffice } from '../helpers/servedOffice';
import { testConfigInput } from '../helpers/testConfig';
import { mintTestToken } from '../helpers/token';
import { SHOTS } from '../helpers/screenshots';

/**
 * The TV says each call in the office voice, with the counter's configured name: "Meja Informasi" is
 * said, not only "loket enam". Chromium runs with the autoplay flag the Electron TV window has, and the
 * test observes what the page asked the office voice for (speech.audio) and which sounds it started
 * (HTMLMediaElement.play): the chime from the voice pack, then the sentence.
 */

let office: ServedOffice;
let browser: Browser;
let supervisor: string;
let counterSix: string;
let display: string;

interface Played {
  src: string;
}

async function openDisplay(): Promise<{ page: Page; texts: string[]; played: () => Promise<Played[]> }> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  await context.addInitScript({ content: `localStorage.setItem('loket.token', ${JSON.stringify(display)})` });
  // Records the sounds the page starts (a string: the test code has no DOM types). The sound probe plays
  // at volume 0; only what a visitor could hear is recorded.
  await context.addInitScript({
    content: `window.loketPlayed = [];
      const play = HTMLMediaElement.prototype.play;
      HTMLMediaElement.prototype.play = function () {
        if (this.volume > 0) window.loketPlayed.push({ src: this.src });
        return play.call(this);
      };`,
  });
  const page = await context.newPage();
  const texts: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/v1/speech.audio')) texts.push((JSON.parse(request.postData() ?? '{}') as { text: string }).text);
  });
  await page.goto(`${office.url}/display`);
  await page.locator('[data-testid="display-board"][data-sound="on"]').waitFor();
  return { page, texts, played: () => page.evaluate<Played[]>('window.loketPlayed') };
}

/** A visitor takes a number; counter 6 finishes whom it serves and calls the next. */
async function callNextAtSix(): Promise<string> {
  await office.call('tickets.issue', { serviceCode: 'KTP' }, supervisor);
  const current = (await office.call('queue.snapshot', {}, counterSix)).counters.find((c) => c.number === 6)?.current;
  if (current) {
    await office.call('tickets.start', { counter: 6, ticketId: current.id }, counterSix);
    await office.call('tickets.finish', { counter: 6, ticketId: current.id }, counterSix);
  }
  const called = await office.call('counters.callNext', { counter: 6 }, counterSix);
  if (!called.ticket) throw new Error('nobody waits for counter 6');
  return called.ticket.label;
}

beforeAll(async () => {
  const base = testConfigInput();
  office = new ServedOffice({ ...base, counters: [...(base.counters as object[]), { number: 6, name: 'Meja Informasi', services: ['KTP'] }] });
  supervisor = mintTestToken(office.dataDir, 'supervisor');
  counterSix = mintTestToken(office.dataDir, 'counter', 6);
  display = mintTestToken(office.dataDir, 'display');
  await office.start();
  await office.call('counters.open', { counter: 6 }, counterSix);
  browser = await launchChromium({ autoplay: true });
});

afterAll(async () => {
  await browser?.close();
  await office?.remove();
});

describe('the TV speaks calls in the office voice', () => {
  it('says the configured counter name after the chime', async () => {
    const { page, texts, played } = await openDisplay();
    const label = await callNextAtSix();
    expect(label).toBe('A-001');
    await expect.poll(() => texts, { timeout: 10_000 }).toEqual(['Nomor antrian A satu, silakan ke loket enam, Meja Informasi.']);
    await expect.poll(async () => (await played()).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    const [chime, sentence] = await played();
    expect(chime?.src).toMatch(/\/voice\/id\/chime\.ogg$/);
    expect(sentence?.src).toMatch(/^blob:/);
    await page.screenshot({ path: `${SHOTS}/display-meja-informasi-1920x1080.png` });
    await page.context().close();
  });

  it('says the call by number from the recorded clips when the office voice cannot answer', async () => {
    const { page, texts, played } = await openDisplay();
    await page.route('**/api/v1/speech.audio', (route) =>
      route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'internal', message: 'test' } }) }),
    );
    await callNextAtSix();
    await expect.poll(() => texts.length, { timeout: 10_000 }).toBe(1);
    const clips = ['chime', 'nomor-antrian', 'huruf-a', 'dua', 'silakan-ke', 'loket', 'enam'];
    await expect
      .poll(async () => (await played()).map((p) => /\/voice\/id\/([a-z-]+)\.ogg$/.exec(p.src)?.[1] ?? p.src), { timeout: 20_000 })
      .toEqual(clips);
    await page.context().close();
  });
});
