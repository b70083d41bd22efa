import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../../src/shared/time/localTime';
import type { VirtualPrinter } from '../../tools/virtual-printer/virtual-printer';
import { launchChromium } from '../helpers/browser';
import { SHOTS } from '../helpers/screenshots';
import { ServedOffice } from '../helpers/servedOffice';
import { testConfigInput } from '../helpers/testConfig';
import { mintTestToken } from '../helpers/token';
import { FAST_TIMEOUTS, virtualPrinter } from '../integration/printer/helpers';
import { box, overlaps, type Box } from '../helpers/layoutBoxes';
import { expectAccessible } from '../helpers/accessibility';

/**
 * The kiosk's screens as a visitor meets them, at the touchscreen's two orientations: the printer
 * warning (its place, its words under each failure policy), a closed office, honest words about the
 * queue, the "Masih di sini?" countdown and the large-text, high-contrast mode.
 */

const LANDSCAPE = { width: 1920, height: 1080 };
const PORTRAIT = { width: 1080, height: 1920 };
const OFFICE_HOURS = '08:00-15:00';

let browser: Browser;
const offices: ServedOffice[] = [];
const printers: VirtualPrinter[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  for (const office of offices) await office.remove();
  for (const vp of printers) await vp.close();
});

async function startOffice(overrides: Record<string, unknown> = {}): Promise<ServedOffice> {
  const office = new ServedOffice(testConfigInput(overrides));
  offices.push(office);
  return office.start();
}

/** An office whose printer is the virtual one, with the given failure policy; the paper runs out at once. */
async function officeWithPaperOut(onPrintFailure: 'keepInQueue' | 'void'): Promise<ServedOffice> {
  const vp = await virtualPrinter();
  printers.push(vp);
  vp.setStatus('paper_out');
  return startOffice({
    printer: { transport: { type: 'tcp', host: '127.0.0.1', port: vp.port }, statusPollIntervalMs: 1000, timeouts: FAST_TIMEOUTS, onPrintFailure },
  });
}

async function openKiosk(office: ServedOffice, viewport: { width: number; height: number }): Promise<Page> {
  // A context of its own: axe-core opens a page beside it.
  const page = await (await browser.newContext({ viewport })).newPage();
  await page.goto(`${office.url}/kiosk`);
  await page.locator('[data-testid^="service-"]').first().waitFor();
  return page;
}

/** The box of the element's own text (its lines as laid out), to see that the words stay inside it. */
function textBox(locator: Locator): Promise<Box> {
  return locator.evaluate((el) => {
    const range = el.ownerDocument.createRange();
    range.selectNodeContents(el);
    const r = range.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
}

/** The banner stands apart from the instruction and the services, holds its words, and is no taller than they need. */
async function expectBannerInPlace(page: Page): Promise<void> {
  const banner = page.getByTestId('printer-banner');
  const bannerBox = await box(banner);
  const words = await textBox(banner);
  const { padding, fontSize, overflows } = await banner.evaluate((el) => {
    const style = el.ownerDocument.defaultView!.getComputedStyle(el);
    return {
      padding: parseFloat(style.paddingTop) + parseFloat(style.paddingBottom) + parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth),
      fontSize: parseFloat(style.fontSize),
      overflows: el.scrollHeight > el.clientHeight,
    };
  });
  expect(overflows, 'banner text cut').toBe(false);
  expect(words.y).toBeGreaterThanOrEqual(bannerBox.y);
  expect(words.y + words.height).toBeLessThanOrEqual(bannerBox.y + bannerBox.height + 0.5);
  expect(words.x).toBeGreaterThanOrEqual(bannerBox.x);
  expect(words.x + words.width).toBeLessThanOrEqual(bannerBox.x + bannerBox.width + 0.5);
  // Not stretched into an empty box: as tall as its lines and padding (the glyphs sit inside the line height).
  expect(bannerBox.height - (words.height + padding)).toBeLessThan(fontSize * 0.5);
  const instruction = await box(page.locator('.kiosk-instruction'));
  expect(overlaps(bannerBox, instruction), 'banner over the instruction').toBe(false);
  expect(bannerBox.y + bannerBox.height).toBeLessThanOrEqual(instruction.y);
  expect(overlaps(bannerBox, await box(page.locator('.kiosk-header')))).toBe(false);
  expect(overlaps(bannerBox, await box(page.getByTestId('service-KTP')))).toBe(false);
}

describe('the printer warning', () => {
  let keep: ServedOffice;
  let voiding: ServedOffice;

  beforeAll(async () => {
    [keep, voiding] = await Promise.all([officeWithPaperOut('keepInQueue'), officeWithPaperOut('void')]);
  });

  for (const [name, viewport] of [
    ['landscape', LANDSCAPE],
    ['portrait', PORTRAIT],
  ] as const) {
    it(`stands above the instruction without covering it, its words inside it (${name})`, async () => {
      const page = await openKiosk(keep, viewport);
      await page.getByTestId('printer-banner').filter({ hasText: 'kertas habis' }).waitFor({ timeout: 15_000 });
      await expectBannerInPlace(page);
      // The priority screens too.
      await page.getByTestId('priority-button').click();
      await page.getByTestId('priority-reason-lansia').click();
      await page.getByTestId('service-KTP').waitFor();
      await expectBannerInPlace(page);
      await page.close();
    });

    it(`leaves the number screen to its own paper message, with nothing overlapping (${name})`, async () => {
      const page = await openKiosk(keep, viewport);
      await page.getByTestId('printer-banner').waitFor({ timeout: 15_000 });
      await page.getByTestId('service-KK').click();
      const message = page.getByTestId('print-message');
      await message.waitFor();
      expect(await page.getByTestId('printer-banner').count()).toBe(0);
      const parts = [page.getByTestId('ticket-number'), page.getByTestId('ticket-ahead'), message, page.getByTestId('done-button')];
      const boxes = await Promise.all(parts.map(box));
      for (const [i, a] of boxes.entries()) {
        expect(a.y + a.height, `part ${i} within the screen`).toBeLessThanOrEqual(viewport.height);
        for (const b of boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
      }
      const words = await textBox(message);
      const messageBox = await box(message);
      expect(words.y + words.height).toBeLessThanOrEqual(messageBox.y + messageBox.height + 0.5);
      await page.close();
    });
  }

  it('says the number will be shown on screen when the office keeps unprinted numbers, and it is', async () => {
    const page = await openKiosk(keep, LANDSCAPE);
    const banner = page.getByTestId('printer-banner');
    await banner.filter({ hasText: 'kertas habis' }).waitFor({ timeout: 15_000 });
    expect(await banner.textContent()).toBe('Printer sedang bermasalah (kertas habis). Nomor antrian akan ditampilkan di layar; mohon diingat.');
    await page.getByTestId('service-KTP').click();
    await expect.poll(() => page.getByTestId('ticket-number').textContent()).toMatch(/^A-\d{3}$/);
    expect(await page.getByTestId('print-message').textContent()).toMatch(/Ingat nomor Anda/);
    await page.close();
  });

  it('says a number taken now would be cancelled when the office voids unprinted numbers, and it is', async () => {
    const page = await openKiosk(voiding, LANDSCAPE);
    const banner = page.getByTestId('printer-banner');
    await banner.filter({ hasText: 'kertas habis' }).waitFor({ timeout: 15_000 });
    const words = (await banner.textContent()) ?? '';
    expect(words).toBe(
      'Printer sedang bermasalah (kertas habis): tiket tidak dapat dicetak, dan nomor yang diambil sekarang akan dibatalkan. Silakan hubungi petugas.',
    );
    expect(words).not.toContain('ditampilkan di layar');
    await expectBannerInPlace(page);
    await page.getByTestId('service-KTP').click();
    await expect.poll(() => page.getByTestId('print-message').textContent()).toContain('nomor ini dibatalkan');
    expect(await page.getByTestId('ticket-number').count()).toBe(0);
    await page.getByTestId('done-button').click();
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => banner.textContent()).toBe(
      'The printer has a problem (out of paper): tickets cannot be printed, and a number taken now would be cancelled. Please ask the staff.',
    );
    await page.close();
  });
});

describe('a closed office', () => {
  let office: ServedOffice;

  beforeAll(async () => {
    // Open every day 08:00–15:00 (Kartu Keluarga from 10:00), but today is a closed date.
    const today = localDate(Date.now(), 'Asia/Makassar');
    const everyDay = (range: string) => Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [range]]));
    const base = testConfigInput();
    const services = (base.services as Record<string, unknown>[]).map((s) => (s.code === 'KK' ? { ...s, openingHours: everyDay('10:00-15:00') } : s));
    office = await startOffice({
      office: { id: 'test-office', name: 'Kantor Uji Loket', timeZone: 'Asia/Makassar', openingHours: everyDay(OFFICE_HOURS), closedDates: [today] },
      services,
    });
  });

  for (const [name, viewport] of [
    ['landscape', LANDSCAPE],
    ['portrait', PORTRAIT],
  ] as const) {
    it(`says when it opens in place of the instruction, a later card its own time, and closes the priority button (${name})`, async () => {
      const page = await openKiosk(office, viewport);
      expect(await page.getByTestId('office-closed').textContent()).toBe('Kantor sedang tutupBuka besok pukul 08.00');
      for (const code of ['KTP', 'KK', 'AKTA']) {
        const card = page.getByTestId(`service-${code}`);
        expect(await card.isDisabled()).toBe(true);
        expect(await card.locator('.service-status').textContent()).toBe('Tutup');
        const cardBox = await box(card);
        expect(cardBox.y + cardBox.height, `${code} on screen`).toBeLessThanOrEqual(viewport.height);
        for (const words of await card.locator('.service-text > *').all()) {
          const wordsBox = await box(words);
          expect(wordsBox.x + wordsBox.width).toBeLessThanOrEqual(cardBox.x + cardBox.width);
          expect(wordsBox.y + wordsBox.height).toBeLessThanOrEqual(cardBox.y + cardBox.height);
        }
      }
      // The headline said 08.00 for all; only the service that opens later repeats its own time.
      expect(await page.getByTestId('service-opens-KK').textContent()).toBe('Buka besok pukul 10.00');
      expect(await page.locator('[data-testid^="service-opens-"]').count()).toBe(1);

      const priority = page.getByTestId('priority-button');
      expect(await priority.isDisabled()).toBe(true);
      expect(await priority.textContent()).toContain('TutupBuka besok pukul 08.00');
      await priority.click({ force: true });
      expect(await page.getByTestId('priority-reason-lansia').count()).toBe(0);
      const priorityBox = await box(priority);
      expect(priorityBox.y + priorityBox.height).toBeLessThanOrEqual(viewport.height);

      // No booking's check-in window is open on a closed day: checking in is closed too, and says until when.
      const booking = page.getByTestId('booking-button');
      expect(await booking.isDisabled()).toBe(true);
      expect(await booking.textContent()).toBe('Sudah punya booking?TutupBuka besok pukul 08.00');
      await booking.click({ force: true });
      expect(await page.getByTestId('checkin').count()).toBe(0);
      const bookingBox = await box(booking);
      expect(bookingBox.y + bookingBox.height).toBeLessThanOrEqual(viewport.height);
      expect(overlaps(bookingBox, priorityBox)).toBe(false);

      await page.getByTestId('lang-toggle').click();
      await expect.poll(() => page.getByTestId('office-closed').textContent()).toBe('The office is closedOpens tomorrow at 08:00');
      expect(await page.getByTestId('service-opens-KK').textContent()).toBe('Opens tomorrow at 10:00');
      await page.close();
    });
  }
});

describe('checking a booking in before the office opens', () => {
  /** "HH:MM" in the zone, and the local minutes since midnight. */
  function localClock(at: number, timeZone: string): { hhmm: string; minutes: number } {
    const hhmm = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
    return { hhmm, minutes: Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5)) };
  }

  it('keeps "Sudah punya booking?" open while a booking\'s check-in window is, the services still closed', async () => {
    // A zone where the next hours stay within today, whatever the hour the test runs at.
    const timeZone = ['Asia/Makassar', 'Europe/London', 'America/New_York', 'Pacific/Auckland'].find((zone) => {
      const { minutes } = localClock(Date.now(), zone);
      return minutes >= 60 && minutes <= 20 * 60;
    });
    if (!timeZone) throw new Error('no zone between 01:00 and 20:00');
    // Opens in 20 minutes; its first slot's check-in window (30 minutes before) is open now.
    const opens = localClock(Date.now() + 20 * 60_000, timeZone).hhmm;
    const closes = localClock(Date.now() + 3 * 3_600_000, timeZone).hhmm;
    const days = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [`${opens}-${closes}`]]));
    const base = testConfigInput();
    const office = await startOffice({
      office: { id: 'test-office', name: 'Kantor Uji Loket', timeZone, openingHours: days },
      services: (base.services as Record<string, unknown>[]).map((s) => (s.code === 'KTP' ? { ...s, bookingShare: 0.5 } : s)),
      booking: { checkInBeforeMinutes: 30 },
    });
    const page = await openKiosk(office, LANDSCAPE);
    expect(await page.getByTestId('office-closed').count()).toBe(1);
    expect(await page.getByTestId('service-KTP').isDisabled()).toBe(true);
    const booking = page.getByTestId('booking-button');
    expect(await booking.isDisabled()).toBe(false);
    expect(await booking.textContent()).toBe('Sudah punya booking?Pindai kode QR atau ketik kode booking');
    await booking.click();
    await page.getByTestId('checkin').waitFor();
    await page.close();
  });
});

describe('the words about the queue', () => {
  let office: ServedOffice;
  let counterToken: string;

  beforeAll(async () => {
    office = new ServedOffice(testConfigInput());
    offices.push(office);
    counterToken = mintTestToken(office.dataDir, 'counter', 1);
    await office.start();
  });

  async function takeNumber(page: Page, code: string): Promise<{ ahead: string; wait: string | null }> {
    await page.getByTestId(`service-${code}`).click();
    await page.getByTestId('ticket-number').waitFor();
    const ahead = (await page.getByTestId('ticket-ahead').textContent()) ?? '';
    const wait = (await page.getByTestId('ticket-wait').count()) > 0 ? await page.getByTestId('ticket-wait').textContent() : null;
    await page.getByTestId('done-button').click();
    await page.getByTestId(`service-${code}`).waitFor();
    return { ahead, wait };
  }

  it('says no counter is open yet instead of a dash, and "you are next" instead of "0 ahead"', async () => {
    const page = await openKiosk(office, PORTRAIT);
    expect(await takeNumber(page, 'KTP')).toEqual({
      ahead: 'Anda berikutnya',
      wait: 'Loket untuk layanan ini belum buka. Anda akan dipanggil setelah loket dibuka.',
    });
    expect(await takeNumber(page, 'KTP')).toEqual({
      ahead: 'Antrian di depan Anda: 1',
      wait: 'Loket untuk layanan ini belum buka. Anda akan dipanggil setelah loket dibuka.',
    });

    // Counter 1 opens and calls both: the next visitor is next, with no "± 0 menit".
    await office.call('counters.open', { counter: 1 }, counterToken);
    expect(await takeNumber(page, 'KTP')).toEqual({ ahead: 'Antrian di depan Anda: 2', wait: 'Perkiraan waktu tunggu: ± 10 menit' });
    for (let i = 0; i < 3; i++) {
      const called = await office.call('counters.callNext', { counter: 1 }, counterToken);
      await office.call('tickets.noShow', { counter: 1, ticketId: called.ticket!.id }, counterToken);
    }
    expect(await takeNumber(page, 'KTP')).toEqual({ ahead: 'Anda berikutnya', wait: null });
    await page.close();
  });
});

describe('"Masih di sini?" before an unfinished choice is abandoned', () => {
  let office: ServedOffice;

  beforeAll(async () => {
    office = await startOffice();
  });

  /** A kiosk whose page clock the test moves (the office's idleResetSeconds is 20 by default). */
  async function kioskOnPageClock(viewport: { width: number; height: number }): Promise<Page> {
    const page = await browser.newPage({ viewport });
    await page.clock.install();
    await page.goto(`${office.url}/kiosk`);
    await page.getByTestId('service-KTP').waitFor();
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    return page;
  }

  it('counts down visibly, and "Ya, lanjutkan" keeps the choice', async () => {
    const page = await kioskOnPageClock(PORTRAIT);
    await page.getByTestId('priority-button').click();
    await page.getByTestId('priority-reason-hamil').click();
    await page.getByTestId('back-button').waitFor();

    await page.clock.runFor(20_000);
    const dialog = page.getByTestId('still-here');
    await dialog.waitFor();
    expect(await dialog.getByRole('heading').textContent()).toBe('Masih di sini?');
    await expect.poll(() => page.getByTestId('still-here-seconds').textContent()).toBe('10');
    await page.clock.runFor(6_000);
    await expect.poll(() => page.getByTestId('still-here-seconds').textContent()).toBe('4');
    expect(await dialog.textContent()).toContain('Pilihan Anda akan dibatalkan dalam 4 detik.');
    const stay = await box(page.getByTestId('still-here-stay'));
    expect(stay.height).toBeGreaterThanOrEqual(96);

    await page.getByTestId('still-here-stay').click();
    await dialog.waitFor({ state: 'detached' });
    // Still on the priority services of the chosen group, the countdown gone past its end.
    await page.clock.runFor(10_000);
    expect(await page.locator('.reason-chip').textContent()).toBe('Ibu hamil');
    expect(await dialog.count()).toBe(0);
    await page.close();
  });

  it('returns to the start when nobody answers, and asks again the next time', async () => {
    const page = await kioskOnPageClock(LANDSCAPE);
    await page.getByTestId('priority-button').click();
    await page.getByTestId('priority-reason-lansia').waitFor();
    await page.clock.runFor(20_000);
    await page.getByTestId('still-here').waitFor();
    await page.clock.runFor(10_000);
    await page.getByTestId('still-here').waitFor({ state: 'detached' });
    await page.getByTestId('priority-button').waitFor();
    expect(await page.getByTestId('priority-reason-lansia').count()).toBe(0);

    await page.getByTestId('priority-button').click();
    await page.clock.runFor(20_000);
    await expect.poll(() => page.getByTestId('still-here-seconds').textContent()).toBe('10');
    await page.close();
  });

  it('asks before a visitor\'s language goes back to Bahasa Indonesia on the start screen', async () => {
    const page = await kioskOnPageClock(LANDSCAPE);
    await page.getByTestId('lang-toggle').click();
    await page.getByText('Touch the service you need').waitFor();
    await page.clock.runFor(20_000);
    await expect.poll(() => page.getByTestId('still-here').getByRole('heading').textContent()).toBe('Still there?');
    await page.clock.runFor(10_000);
    await page.getByText('Sentuh layanan yang Anda perlukan').waitFor();
    await page.close();
  });
});

describe('large text and high contrast', () => {
  let office: ServedOffice;

  beforeAll(async () => {
    office = await startOffice();
  });

  const rootFontPx = (page: Page) => page.evaluate('parseFloat(getComputedStyle(document.documentElement).fontSize)') as Promise<number>;

  it('turns on with one touch of a large button, and off when the visitor is done', async () => {
    const page = await openKiosk(office, PORTRAIT);
    const toggle = page.getByTestId('access-toggle');
    const toggleBox = await box(toggle);
    expect(toggleBox.height).toBeGreaterThanOrEqual(64);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    const before = await rootFontPx(page);
    const nameFontPx = () => page.getByTestId('service-KTP').locator('.service-name').evaluate((el) => parseFloat(el.ownerDocument.defaultView?.getComputedStyle(el).fontSize ?? '0'));
    const nameBefore = await nameFontPx();

    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await rootFontPx(page)).toBeCloseTo(before * 1.25, 0);
    expect(await page.getByTestId('service-KTP').evaluate((el) => el.ownerDocument.defaultView?.getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
    expect(await nameFontPx()).toBeCloseTo(nameBefore * 1.25, 0);

    // Still on through the whole visit, off once the number is taken and the kiosk is back at its start.
    await page.getByTestId('priority-button').click();
    await page.getByTestId('priority-reason-lansia').click();
    await page.getByTestId('service-KTP').click();
    await page.getByTestId('ticket-number').waitFor();
    expect(await page.evaluate("document.documentElement.classList.contains('access-mode')")).toBe(true);
    await page.getByTestId('done-button').click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await rootFontPx(page)).toBe(before);
    await page.close();
  });

  it('keeps the start screen whole, in large text too: services, priority and tools on screen, none overlapping', async () => {
    for (const [viewport, large] of [
      [LANDSCAPE, false],
      [PORTRAIT, false],
      [LANDSCAPE, true],
      [PORTRAIT, true],
    ] as const) {
      const page = await openKiosk(office, viewport);
      if (large) await page.getByTestId('access-toggle').click();
      const ids = ['access-toggle', 'lang-toggle', 'service-KTP', 'service-KK', 'service-AKTA', 'priority-button'];
      const parts = await Promise.all(ids.map((id) => box(page.getByTestId(id))));
      for (const [i, a] of parts.entries()) {
        expect(a.x + a.width, `${ids[i]} within the width`).toBeLessThanOrEqual(viewport.width);
        expect(a.y + a.height, `${ids[i]} within the height`).toBeLessThanOrEqual(viewport.height);
        for (const [j, b] of parts.entries()) if (j > i) expect(overlaps(a, b), `${ids[i]} over ${ids[j]} (${viewport.width}x${viewport.height}, large ${large})`).toBe(false);
      }
      await page.close();
    }
  });
});

describe("the demo office's six services (resources/office.demo.json)", () => {
  let demo: ServedOffice;
  let vp: VirtualPrinter;

  beforeAll(async () => {
    vp = await virtualPrinter();
    printers.push(vp);
    const config = JSON.parse(readFileSync('resources/office.demo.json', 'utf8')) as Record<string, unknown>;
    demo = new ServedOffice({ ...config, printer: { transport: { type: 'tcp', host: '127.0.0.1', port: vp.port }, statusPollIntervalMs: 1000, timeouts: FAST_TIMEOUTS } });
    offices.push(demo);
    await demo.start();
  });

  const fontPx = (locator: Locator) => locator.evaluate((el) => parseFloat(el.ownerDocument.defaultView?.getComputedStyle(el).fontSize ?? '0'));

  /** Both rows whole inside the grid (nothing below a fold, no cue), words of a readable size, both buttons below on screen. */
  async function expectTwoWholeRows(page: Page, viewport: { width: number; height: number }, state: string): Promise<void> {
    const gridLocator = page.locator('.service-grid');
    const grid = await box(gridLocator);
    expect(await gridLocator.evaluate((el) => el.scrollHeight - el.clientHeight), `${state}: the grid hides nothing`).toBeLessThanOrEqual(1);
    const cards = await page.locator('.service-grid > [data-testid^="service-"]').all();
    expect(cards).toHaveLength(6);
    for (const [i, card] of cards.entries()) {
      const b = await box(card);
      expect(b.y, `${state}: card ${i} top inside the grid`).toBeGreaterThanOrEqual(grid.y - 0.5);
      expect(b.y + b.height, `${state}: card ${i} bottom inside the grid`).toBeLessThanOrEqual(grid.y + grid.height + 0.5);
      expect(b.height).toBeGreaterThanOrEqual(64);
      for (const words of await card.locator('.service-text > *').all()) {
        if (!(await words.isVisible())) continue;
        const w = await box(words);
        expect(w.y + w.height, `${state}: card ${i} words inside it`).toBeLessThanOrEqual(b.y + b.height);
        expect(await fontPx(words)).toBeGreaterThanOrEqual(16);
      }
    }
    expect(await page.getByTestId('more-services').count(), `${state}: no "more services" cue`).toBe(0);
    for (const id of ['priority-button', 'booking-button']) {
      const b = await box(page.getByTestId(id));
      expect(b.height).toBeGreaterThanOrEqual(64);
      expect(b.y + b.height, `${state}: ${id} on screen`).toBeLessThanOrEqual(viewport.height);
      expect(overlaps(b, grid), `${state}: ${id} over the grid`).toBe(false);
    }
  }

  for (const viewport of [LANDSCAPE, { width: 1366, height: 768 }, PORTRAIT]) {
    const size = `${viewport.width}x${viewport.height}`;
    it(`shows both rows of services whole at ${size}, without "more services"`, async () => {
      const page = await openKiosk(demo, viewport);
      await expectTwoWholeRows(page, viewport, size);
      await page.screenshot({ path: `${SHOTS}/kiosk-demo-${size}.png` });
      await expectAccessible(page, `demo kiosk ${size}`);
      await page.close();
    });
  }

  it('keeps the header tools on one row, and the cue\'s arrows with their words, in large text (portrait)', async () => {
    const page = await openKiosk(demo, PORTRAIT);
    await page.getByTestId('access-toggle').click();
    const tools = await Promise.all(['access-toggle', 'guidance-toggle', 'lang-toggle'].map((id) => box(page.getByTestId(id))));
    const middle = (b: Box) => b.y + b.height / 2;
    for (const tool of tools) {
      expect(Math.abs(middle(tool) - middle(tools[0] as Box)), 'tools on one row').toBeLessThan(2);
      expect(tool.height).toBeGreaterThanOrEqual(64);
      expect(tool.x + tool.width).toBeLessThanOrEqual(PORTRAIT.width);
    }
    const cue = page.getByTestId('more-services');
    await cue.waitFor();
    // Where each character's line is: the first "▼" shares its line with the word after it, the last with the word before.
    const tops = await cue.evaluate((el) => {
      const node = el.firstChild;
      if (!node) return [];
      const range = el.ownerDocument.createRange();
      return Array.from(node.textContent ?? '', (_, i) => {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        return Math.round(range.getBoundingClientRect().top);
      });
    });
    expect((await cue.textContent())?.length).toBe(tops.length);
    expect(tops[0]).toBe(tops[2]);
    expect(tops[tops.length - 1]).toBe(tops[tops.length - 3]);
    await page.screenshot({ path: `${SHOTS}/kiosk-demo-access-1080x1920.png` });
    await page.close();
  });

  it('keeps both rows whole under the printer warning too (1366x768 and 1920x1080)', async () => {
    vp.setStatus('paper_out');
    for (const viewport of [{ width: 1366, height: 768 }, LANDSCAPE]) {
      const size = `${viewport.width}x${viewport.height}`;
      const page = await openKiosk(demo, viewport);
      await page.getByTestId('printer-banner').filter({ hasText: 'kertas habis' }).waitFor({ timeout: 15_000 });
      await expectTwoWholeRows(page, viewport, `${size} paper out`);
      await expectBannerInPlace(page);
      await page.screenshot({ path: `${SHOTS}/kiosk-demo-paperout-${size}.png` });
      await expectAccessible(page, `demo kiosk ${size}, paper out`);
      await page.close();
    }
  });
});

describe('a service list longer than the screen', () => {
  const NAMES = ['KTP-el', 'Kartu Keluarga', 'Akta Kelahiran', 'Akta Kematian', 'Pindah / Datang', 'Konsultasi & Pengaduan', 'Legalisir Dokumen', 'Kartu Identitas Anak'];

  it('says there are more services below until the visitor has scrolled to the last one, and never when all fit', async () => {
    const many = await startOffice({
      services: NAMES.map((name, i) => ({ code: `S${i + 1}`, name: { id: name, en: name }, prefix: String.fromCharCode(65 + i), defaultServiceMinutes: 5 })),
      counters: [{ number: 1, name: 'Loket 1', services: NAMES.map((_, i) => `S${i + 1}`) }],
    });
    const viewport = { width: 1366, height: 768 };
    const page = await openKiosk(many, viewport);
    await page.getByTestId('access-toggle').click();
    const cue = page.getByTestId('more-services');
    await cue.waitFor();
    expect(await cue.textContent()).toBe('▼ Layanan lain ada di bawah: geser layar ▼');
    // The cue stands between the list and the buttons, covering neither.
    const [cueBox, gridBox, priority, booking] = await Promise.all([cue, page.locator('.service-grid'), page.getByTestId('priority-button'), page.getByTestId('booking-button')].map(box));
    for (const other of [gridBox, priority, booking]) expect(overlaps(cueBox as Box, other as Box)).toBe(false);
    expect((cueBox as Box).y + (cueBox as Box).height).toBeLessThanOrEqual(viewport.height);
    await page.screenshot({ path: `${SHOTS}/kiosk-more-services-1366x768.png` });

    // Scrolled to the end (a swipe, a keypad's arrows), the last card is in view and the cue goes.
    await page.locator('.service-grid').evaluate((grid) => grid.scrollTo({ top: grid.scrollHeight }));
    await cue.waitFor({ state: 'detached' });
    const last = await box(page.getByTestId('service-S8'));
    const grid = await box(page.locator('.service-grid'));
    expect(last.y + last.height).toBeLessThanOrEqual(grid.y + grid.height + 1);

    // Three services fit in large text at 1920x1080: no cue at all.
    const plain = await openKiosk(await startOffice(), LANDSCAPE);
    await plain.getByTestId('access-toggle').click();
    await plain.getByTestId('service-AKTA').waitFor();
    await expect.poll(() => plain.evaluate("document.documentElement.classList.contains('access-mode')")).toBe(true);
    expect(await plain.getByTestId('more-services').count()).toBe(0);
    await page.close();
    await plain.close();
  });
});

describe('the language toggle', () => {
  it('is named by what it shows, then what it does', async () => {
    const office = await startOffice();
    const page = await openKiosk(office, LANDSCAPE);
    const toggle = page.getByRole('button', { name: /^ID EN \(ganti bahasa\)$/ });
    await toggle.click();
    await page.getByRole('button', { name: /^ID EN \(change language\)$/ }).waitFor();
    await page.close();
  });
});
