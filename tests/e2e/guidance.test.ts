import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../helpers/accessibility';
import { launchChromium } from '../helpers/browser';
import { ServedOffice } from '../helpers/servedOffice';
import { testConfigInput } from '../helpers/testConfig';
import { mintTestToken } from '../helpers/token';
import { SHOTS } from '../helpers/screenshots';

/**
 * Voice guidance on the kiosk and /rate, as a blind visitor meets it: the switch (or F1 / keypad *)
 * turns it on, the first touch on a button says its name and does nothing else, the second activates
 * it, the number taken is said with the people ahead and where to wait, and guidance is off again when
 * the kiosk returns to its start. What is said is observed as the office voice is asked for it
 * (speech.audio, one request per new text) and as the page plays it (HTMLMediaElement.play).
 */

let office: ServedOffice;
let browser: Browser;
let supervisor: string;

interface Voice {
  /** Every text the page asked the office voice for, oldest first. */
  texts: string[];
  /** How many sounds the page started playing. */
  played: () => Promise<number>;
}

/** `onPageClock`: the page's timers run only as the test moves its clock (page.clock), for the idle resets. */
async function open(path: string, viewport = { width: 1920, height: 1080 }, onPageClock = false): Promise<{ page: Page; voice: Voice }> {
  const context = await browser.newContext({ viewport });
  // Counts the sounds the page starts (a string: the test code has no DOM types).
  await context.addInitScript({
    content: `window.loketPlayed = 0;
      const play = HTMLMediaElement.prototype.play;
      HTMLMediaElement.prototype.play = function () { window.loketPlayed += 1; return play.call(this); };`,
  });
  const page = await context.newPage();
  const texts: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/v1/speech.audio')) texts.push((JSON.parse(request.postData() ?? '{}') as { text: string }).text);
  });
  if (onPageClock) await page.clock.install();
  await page.goto(`${office.url}${path}`);
  if (onPageClock) {
    await page.getByTestId('guidance-toggle').waitFor();
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  }
  const played = () => page.evaluate<number>('window.loketPlayed');
  return { page, voice: { texts, played } };
}

const waitingFor = async (code: string): Promise<number> =>
  (await office.call('queue.snapshot', {}, supervisor)).services.find((s) => s.code === code)?.waiting.length ?? -1;

beforeAll(async () => {
  office = new ServedOffice(testConfigInput());
  supervisor = mintTestToken(office.dataDir, 'supervisor');
  await office.start();
  browser = await launchChromium({ autoplay: true });
});

afterAll(async () => {
  await browser?.close();
  await office?.remove();
});

describe('voice guidance on the kiosk', () => {
  it('is a large switch beside large text, and says how it works and where the visitor is', async () => {
    const { page, voice } = await open('/kiosk');
    const toggle = page.getByTestId('guidance-toggle');
    await toggle.waitFor();
    const box = await toggle.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(64);
    expect(await toggle.textContent()).toContain('Panduan suara');
    await expectAccessible(page, 'kiosk, guidance off');

    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await expect
      .poll(() => voice.texts)
      .toContain(
        'Panduan suara aktif. Sentuh tombol sekali untuk mendengar namanya, lalu sentuh sekali lagi untuk memilih. Sentuh layanan yang Anda perlukan',
      );
    await expect.poll(() => voice.played()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/kiosk-guidance-on-1920x1080.png` });
    await expectAccessible(page, 'kiosk, guidance on');
    await page.close();
  });

  it('speaks a service at the first touch without issuing, issues at the second, and says the number, the people ahead and where to wait', async () => {
    const { page, voice } = await open('/kiosk');
    await page.getByTestId('guidance-toggle').click();
    const service = page.getByTestId('service-KTP');
    const before = await waitingFor('KTP');

    await service.click();
    await expect.poll(() => voice.texts.some((t) => t.startsWith('KTP-el'))).toBe(true);
    expect(await service.getAttribute('data-guidance-armed')).toBe('');
    // Nothing was issued: the start screen stays and the queue is unchanged.
    expect(await page.getByTestId('ticket-number').count()).toBe(0);
    expect(await waitingFor('KTP')).toBe(before);
    await page.screenshot({ path: `${SHOTS}/kiosk-guidance-armed-1920x1080.png` });
    await expectAccessible(page, 'kiosk, guidance, a service named at the first touch');

    await service.click();
    const label = (await page.getByTestId('ticket-number').textContent()) ?? '';
    expect(label).toMatch(/^A-\d+$/);
    expect(await waitingFor('KTP')).toBe(before + 1);
    await expect.poll(() => voice.texts.find((t) => t.startsWith('Nomor antrian Anda'))).toMatch(
      /^Nomor antrian Anda A [a-z ]+, untuk layanan KTP-el\. (Anda berikutnya|Antrian di depan Anda: \d+)\..* Silakan duduk di ruang tunggu\. Nomor Anda akan dipanggil dengan suara dan tampil di layar televisi\.$/,
    );
    await page.screenshot({ path: `${SHOTS}/kiosk-guidance-confirmation-1920x1080.png` });
    await expectAccessible(page, 'kiosk, guidance, number issued');

    // "Selesai" is a button like any other: named first, then back to the start, where guidance is off.
    const done = page.getByTestId('done-button');
    await done.click();
    await expect.poll(() => voice.texts).toContain('Selesai');
    await done.click();
    await page.getByTestId('service-KTP').waitFor();
    expect(await page.getByTestId('guidance-toggle').getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('[data-guidance="off"]').count()).toBe(1);
    // Off: one touch issues at once.
    await page.getByTestId('service-KTP').click();
    await page.getByTestId('ticket-number').waitFor();
    expect(await waitingFor('KTP')).toBe(before + 2);
    await page.close();
  });

  it('turns on and off with the F1 key (or * on a numeric keypad) and lets keyboard use act at once', async () => {
    const { page, voice } = await open('/kiosk', { width: 1080, height: 1920 });
    const toggle = page.getByTestId('guidance-toggle');
    await toggle.waitFor();
    await page.keyboard.press('F1');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await page.screenshot({ path: `${SHOTS}/kiosk-guidance-on-1080x1920.png` });
    await expectAccessible(page, 'kiosk portrait, guidance on');

    // Focus reached by keyboard is said; Enter then acts at once, without a second press.
    const before = await waitingFor('KK');
    await page.getByTestId('service-KK').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => voice.texts.some((t) => t.startsWith('Kartu Keluarga'))).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByTestId('ticket-number').waitFor();
    expect(await waitingFor('KK')).toBe(before + 1);
    await page.getByTestId('done-button').press('Enter');
    await page.getByTestId('service-KK').waitFor();

    await page.keyboard.press('F1');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('NumpadMultiply');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => voice.texts).toContain('Panduan suara mati.');
    await page.close();
  });
});

describe('voice guidance and large text end when the visitor walks away', () => {
  it('on the kiosk: "Masih di sini?" is said with the seconds left, then guidance and large text are off for the next visitor', async () => {
    const { page, voice } = await open('/kiosk', { width: 1920, height: 1080 }, true);
    const access = page.getByTestId('access-toggle');
    const toggle = page.getByTestId('guidance-toggle');
    await access.click();
    await toggle.click();
    expect(await access.getAttribute('aria-pressed')).toBe('true');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');

    // The office's idleResetSeconds is 20: the question, its words and its countdown spoken as one.
    await page.clock.runFor(20_000);
    await page.getByTestId('still-here').waitFor();
    await expect.poll(() => voice.texts).toContain('Masih di sini? Pilihan Anda akan dibatalkan dalam 10 detik.');
    await page.clock.runFor(10_000);
    await page.getByTestId('still-here').waitFor({ state: 'detached' });
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await access.getAttribute('aria-pressed')).toBe('false');
    expect(await page.evaluate("document.documentElement.classList.contains('access-mode')")).toBe(false);
    expect(await page.locator('[data-guidance="off"]').count()).toBe(1);
    await page.close();
  });

  it('on /rate: F1 turns guidance on, and the idle reset turns it off', async () => {
    const { page, voice } = await open('/rate', { width: 1080, height: 1920 }, true);
    const toggle = page.getByTestId('guidance-toggle');
    await page.keyboard.press('F1');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => voice.texts.some((t) => t.startsWith('Panduan suara aktif.'))).toBe(true);

    // /rate's idleResetSeconds is 45 by default, then ten seconds of countdown.
    await page.clock.runFor(45_000);
    await page.getByTestId('still-here').waitFor();
    await expect.poll(() => voice.texts).toContain('Masih di sini? Penilaian Anda akan dibatalkan dalam 10 detik.');
    await page.clock.runFor(10_000);
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await page.getByTestId('still-here').count()).toBe(0);
    await page.close();
  });
});

describe('voice guidance and read-aloud on /rate', () => {
  it('reads the question, each answer at the first touch, and the next question after the second', async () => {
    const { page, voice } = await open('/rate');
    await page.getByTestId('faces-question').waitFor();
    await page.getByTestId('guidance-toggle').click();
    await expect.poll(() => voice.texts.some((t) => t.endsWith('Bagaimana pelayanan kami hari ini?'))).toBe(true);

    const happy = page.getByTestId('face-happy');
    await happy.click();
    await expect.poll(() => voice.texts).toContain('Puas');
    expect(await page.getByTestId('faces-question').count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/rate-guidance-armed-1920x1080.png` });
    await expectAccessible(page, '/rate, guidance, a face named at the first touch');

    await happy.click();
    await expect.poll(() => voice.texts).toContain('Layanan apa yang Anda terima?');
    const ktp = page.getByTestId('rate-service-KTP');
    await ktp.click();
    await expect.poll(() => voice.texts).toContain('A KTP-el');
    await ktp.click();
    await expect.poll(() => voice.texts).toContain('Terima kasih! Isi survei lengkap?');
    const yes = page.getByText('Ya, isi survei');
    await yes.click();
    await expect.poll(() => voice.texts).toContain('Ya, isi survei');
    await yes.click();
    await page.getByTestId('question').waitFor();
    const question = (await page.getByTestId('question').textContent()) ?? '';
    await expect.poll(() => voice.texts).toContain(question);
    const answer = page.getByTestId('answer-4');
    const answerLabel = ((await answer.textContent()) ?? '').replace(/●/g, '').trim();
    await answer.click();
    await expect.poll(() => voice.texts).toContain(answerLabel);
    expect(await page.getByTestId('question').textContent()).toBe(question);
    await page.screenshot({ path: `${SHOTS}/rate-guidance-question-1920x1080.png` });
    await expectAccessible(page, '/rate, guidance, an SKM answer named at the first touch');
    await answer.click();
    await expect.poll(() => page.getByTestId('question').textContent()).not.toBe(question);
    await expect.poll(() => voice.texts).toContain((await page.getByTestId('question').textContent()) ?? '');
    await page.close();
  });

  it('"Dengarkan" is always there and reads the question and its answers in the office voice', async () => {
    const { page, voice } = await open('/rate');
    const listen = page.getByTestId('listen-button');
    await listen.click();
    await expect.poll(() => voice.texts).toContain('Bagaimana pelayanan kami hari ini? Sangat tidak puas. Tidak puas. Puas. Sangat puas.');
    await expect.poll(() => voice.played()).toBeGreaterThan(0);
    await page.close();
  });
});
