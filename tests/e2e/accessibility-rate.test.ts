import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNSUR_CODES } from '../../src/shared/skm';
import { expectAccessible } from '../helpers/accessibility';
import { launchChromium } from '../helpers/browser';
import { ServedOffice } from '../helpers/servedOffice';
import { testConfigInput } from '../helpers/testConfig';
import { mintTestToken } from '../helpers/token';

/**
 * /rate in its normal look and in large text and high contrast (one touch on the shared access toggle):
 * axe-core (WCAG 2.2 AA, contrast included) on each step of a rating and the SKM, a refused survey and
 * its "Masih di sini?", and the mode gone when the screen returns to its faces.
 */

let office: ServedOffice;
let browser: Browser;
let counterToken: string;

beforeAll(async () => {
  office = new ServedOffice(testConfigInput({ ratings: { thankYouSeconds: 2, idleResetSeconds: 60 } }));
  counterToken = mintTestToken(office.dataDir, 'counter', 1);
  await office.start();
  await office.call('counters.open', { counter: 1 }, counterToken);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await office?.remove();
});

async function servedTicketLabel(): Promise<string> {
  const ticket = await office.call('tickets.issue', { serviceCode: 'KTP' });
  await office.call('counters.callNext', { counter: 1 }, counterToken);
  await office.call('tickets.start', { counter: 1, ticketId: ticket.id }, counterToken);
  await office.call('tickets.finish', { counter: 1, ticketId: ticket.id }, counterToken);
  return ticket.label;
}

/** `onPageClock`: the test may move the page's clock on (page.clock.runFor), for "Masih di sini?". */
async function ratingPage(viewport: { width: number; height: number }, onPageClock = false): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  if (onPageClock) await page.clock.install();
  await page.goto(`${office.url}/rate`);
  await page.getByTestId('face-very-happy').waitFor();
  return page;
}

/** Every answer of the step holds its words: none runs past its button (the longest, "Tidak sekolah / tidak tamat SD"). */
async function expectEveryAnswerWhole(page: Page, state: string): Promise<void> {
  for (const answer of await page.locator('.choice-button').all()) {
    const [button, words] = await Promise.all([answer.boundingBox(), answer.locator('.choice-label').boundingBox()]);
    if (!button || !words) continue;
    expect(words.y, `${state}: words below the button's top`).toBeGreaterThanOrEqual(button.y);
    expect(words.y + words.height, `${state}: words above the button's bottom`).toBeLessThanOrEqual(button.y + button.height);
  }
}

const accessOn = (page: Page) => page.evaluate("document.documentElement.classList.contains('access-mode')") as Promise<boolean>;

for (const [name, viewport] of [
  ['1920x1080', { width: 1920, height: 1080 }],
  ['1080x1920', { width: 1080, height: 1920 }],
] as const) {
  for (const large of [true, false]) {
    const mode = large ? 'access' : 'normal';

    describe(`/rate ${large ? 'in large text and high contrast' : 'in its normal look'} (${name})`, () => {
      it('passes axe on every step, and the mode ends with the visit', async () => {
        const page = await ratingPage(viewport);
        const toggle = page.getByTestId('access-toggle');
        expect((await toggle.boundingBox())?.height).toBeGreaterThanOrEqual(64);
        if (large) {
          await toggle.click();
          expect(await toggle.getAttribute('aria-pressed')).toBe('true');
          expect(await accessOn(page)).toBe(true);
        }
        await expectAccessible(page, `rate faces (${mode}, ${name})`);

        // A number typed on the keypad links the rating to the visit.
        const label = await servedTicketLabel();
        const [letter = '', digits = ''] = label.split('-');
        await page.getByTestId('enter-ticket').click();
        await page.getByTestId(`keypad-letter-${letter}`).click();
        await expectAccessible(page, `rate keypad (${mode}, ${name})`);
        for (const digit of digits) await page.getByTestId(`keypad-${digit}`).click();
        await page.getByTestId('keypad-ok').click();
        await page.getByTestId('linked-ticket').waitFor();

        await page.getByTestId('face-happy').click();
        await page.getByTestId('survey-yes').waitFor();
        await expectAccessible(page, `rate invite (${mode}, ${name})`);
        await page.getByTestId('survey-yes').click();
        for (const [i] of UNSUR_CODES.entries()) {
          await expect.poll(() => page.getByTestId('progress').textContent()).toContain(`${i + 1} dari 9`);
          if (i === 0) await expectAccessible(page, `rate question (${mode}, ${name})`);
          await page.getByTestId('answer-3').click();
        }
        await expect.poll(() => page.getByTestId('progress').textContent()).toContain('1 dari 4');
        await expectAccessible(page, `rate profile (${mode}, ${name})`);
        for (let i = 0; i < 4; i++) {
          await expect.poll(() => page.getByTestId('progress').textContent()).toContain(`${i + 1} dari 4`);
          if (i === 2) await expectEveryAnswerWhole(page, `${mode}, ${name}`);
          await page.getByTestId('profile-skip').click();
        }
        await page.getByTestId('thanks').waitFor();
        expect(await accessOn(page)).toBe(large);
        await expectAccessible(page, `rate thanks (${mode}, ${name})`);

        // The thank-you ends the visit: the next resident finds the normal screen.
        await expect.poll(() => accessOn(page), { timeout: 10_000 }).toBe(false);
        await page.getByTestId('face-very-happy').waitFor();
        expect(await page.getByTestId('access-toggle').getAttribute('aria-pressed')).toBe('false');
        await page.context().close();
      });

      it('passes axe on the service choice of an unlinked rating', async () => {
        const page = await ratingPage(viewport);
        if (large) await page.getByTestId('access-toggle').click();
        await page.getByTestId('face-unhappy').click();
        await page.getByTestId('rate-service-KK').waitFor();
        await expectAccessible(page, `rate service (${mode}, ${name})`);
        await page.context().close();
      });

      it('passes axe on a refused survey and on its "Masih di sini?"', async () => {
        const page = await ratingPage(viewport, true);
        if (large) await page.getByTestId('access-toggle').click();
        const label = await servedTicketLabel();
        const [letter = '', digits = ''] = label.split('-');
        await page.getByTestId('enter-ticket').click();
        await page.getByTestId(`keypad-letter-${letter}`).click();
        for (const digit of digits) await page.getByTestId(`keypad-${digit}`).click();
        await page.getByTestId('keypad-ok').click();
        await page.getByTestId('linked-ticket').waitFor();
        await page.getByTestId('face-happy').click();
        await page.getByTestId('survey-yes').click();
        // The same ticket's survey arrives from another device while this resident answers.
        await office.call('ratings.survey', { answers: Object.fromEntries(UNSUR_CODES.map((code) => [code, 4])), ticketRef: label });
        for (const [i] of UNSUR_CODES.entries()) {
          await expect.poll(() => page.getByTestId('progress').textContent()).toContain(`${i + 1} dari 9`);
          await page.getByTestId('answer-3').click();
        }
        for (let i = 0; i < 4; i++) {
          await expect.poll(() => page.getByTestId('progress').textContent()).toContain(`${i + 1} dari 4`);
          await page.getByTestId('profile-skip').click();
        }
        await expect.poll(() => page.getByTestId('rate-refused').textContent()).toBe('Survei untuk nomor ini sudah diisi. Terima kasih!');
        await expectAccessible(page, `rate refused (${mode}, ${name})`);

        // Left there: idleResetSeconds is 60 in this office, then "Masih di sini?".
        await page.clock.runFor(60_000);
        await page.getByTestId('still-here').waitFor();
        await expectAccessible(page, `rate refused, still here (${mode}, ${name})`);
        await page.context().close();
      });
    });
  }
}
