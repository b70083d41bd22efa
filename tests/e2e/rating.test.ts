import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { UNSUR_CODES, accumulateSurveys, computeIkm, type Score, type SurveyAnswers } from '../../src/shared/skm';
import { launchChromium } from '../helpers/browser';
import { ServedOffice } from '../helpers/servedOffice';
import { testConfigInput } from '../helpers/testConfig';
import { mintTestToken } from '../helpers/token';

const SUPERVISOR_PIN = '482915';

let office: ServedOffice;
let browser: Browser;
let counterToken: string;
let supervisorToken: string;
let today: string;
/** Every full survey the office accepted so far, to compute the expected IKM independently. */
const accepted: SurveyAnswers[] = [];
/** Each test's browser windows, closed after it so the next one is always the page in front. */
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  // A short thank-you lock, so five taps in a row fit well inside the one-minute burst window.
  office = new ServedOffice(testConfigInput({ ratings: { thankYouSeconds: 2, idleResetSeconds: 60 } }));
  counterToken = mintTestToken(office.dataDir, 'counter', 1);
  await office.start();
  // The test runs on the office PC (loopback), where the first supervisor is created.
  supervisorToken = (await office.call('auth.setup', { setupCode: office.setupCode(), name: 'Kepala Dinas', pin: SUPERVISOR_PIN })).token;
  today = (await office.call('office.overview', {})).serviceDate;
  await office.call('counters.open', { counter: 1 }, counterToken);
  browser = await launchChromium();
});

afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

afterAll(async () => {
  await browser?.close();
  await office?.remove();
});

/** A resident takes a KTP number (kiosk = loopback) and counter 1 serves it to the end. */
async function servedTicket(): Promise<{ id: string; label: string }> {
  const ticket = await office.call('tickets.issue', { serviceCode: 'KTP' });
  const called = await office.call('counters.callNext', { counter: 1 }, counterToken);
  expect(called.ticket?.id).toBe(ticket.id);
  await office.call('tickets.start', { counter: 1, ticketId: ticket.id }, counterToken);
  await office.call('tickets.finish', { counter: 1, ticketId: ticket.id }, counterToken);
  return { id: ticket.id, label: ticket.label };
}

async function ratingPage(width = 1920, height = 1080): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${office.url}/rate`);
  await page.getByTestId('face-very-happy').waitFor();
  return page;
}

/** What a USB scanner does: types the QR content fast, then Enter, with no field focused. */
async function scan(page: Page, ticketId: string): Promise<void> {
  await page.keyboard.type(`LOKET:${ticketId}`);
  await page.keyboard.press('Enter');
}

async function enterNumber(page: Page, label: string): Promise<void> {
  const [letter = '', digits = ''] = label.split('-');
  await page.getByTestId('enter-ticket').click();
  await page.getByTestId(`keypad-letter-${letter}`).click();
  for (const digit of digits) await page.getByTestId(`keypad-${digit}`).click();
  await page.getByTestId('keypad-ok').click();
}

async function answerSurvey(page: Page, answers: SurveyAnswers): Promise<void> {
  await page.getByTestId('survey-yes').click();
  for (const [i, code] of UNSUR_CODES.entries()) {
    await expect.poll(() => page.getByTestId('progress').textContent()).toContain(`${i + 1} dari 9`);
    await page.getByTestId(`answer-${answers[code]}`).click();
  }
}

async function skipProfile(page: Page): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await expect.poll(() => page.getByTestId('progress').textContent()).toContain(`${i + 1} dari 4`);
    await page.getByTestId('profile-skip').click();
  }
}

function answersOf(scores: readonly Score[]): SurveyAnswers {
  return Object.fromEntries(UNSUR_CODES.map((code, i) => [code, scores[i]])) as SurveyAnswers;
}

/** The report of today's month, as the supervisor's API call sees it. */
function monthReport() {
  return office.call('ratings.report', { period: { kind: 'month', date: today } }, supervisorToken);
}

/** The supervisor signs in on /laporan with the PIN pad and shows the current semester. */
async function laporanPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${office.url}/laporan`);
  for (const digit of SUPERVISOR_PIN) await page.getByTestId(`pin-key-${digit}`).click();
  await page.getByTestId('pin-submit').click();
  await page.getByTestId('report-show').click();
  await page.getByTestId('report-document').waitFor();
  return page;
}

/** "88,33": the konversi as the Indonesian report prints it. */
function printed(konversi: number): string {
  return konversi.toFixed(2).replace('.', ',');
}

describe('the rating screen, as residents', () => {
  it('links by QR scan and by number, takes two full surveys, and the report shows the exact IKM', async () => {
    const first = await servedTicket();
    const page = await ratingPage();
    await scan(page, first.id);
    await expect.poll(() => page.getByTestId('linked-ticket').textContent()).toBe(`Nomor ${first.label} · KTP-el`);
    expect(await page.getByTestId('faces-question').textContent()).toBe(`Bagaimana pelayanan untuk nomor ${first.label}?`);
    await page.getByTestId('face-very-happy').click();
    const firstAnswers = answersOf([4, 3, 2, 4, 3, 4, 4, 3, 2]);
    await answerSurvey(page, firstAnswers);
    await page.getByTestId('profile-P').click();
    await page.getByTestId('profile-skip').click();
    await page.getByTestId('profile-SMA').click();
    await page.getByTestId('profile-Wirausaha').click();
    await page.getByTestId('thanks').waitFor();
    accepted.push(firstAnswers);

    const second = await servedTicket();
    await page.getByTestId('face-happy').waitFor();
    await enterNumber(page, second.label);
    await expect.poll(() => page.getByTestId('linked-ticket').textContent()).toBe(`Nomor ${second.label} · KTP-el`);
    await page.getByTestId('face-happy').click();
    const secondAnswers = answersOf([3, 3, 3, 4, 3, 3, 4, 2, 3]);
    await answerSurvey(page, secondAnswers);
    await skipProfile(page);
    await page.getByTestId('thanks').waitFor();
    accepted.push(secondAnswers);

    const expected = computeIkm(accumulateSurveys(accepted));
    const report = await monthReport();
    expect(report.overall?.respondents).toBe(2);
    expect(report.overall?.konversi).toBe(expected.konversi);
    expect(report.overall?.mutu).toBe(expected.category.mutu);
    expect(report.overall?.unsur.map((u) => u.konversi)).toEqual(expected.unsur.map((u) => u.konversi));
    expect(report.byCounter).toEqual([expect.objectContaining({ counterNumber: 1 })]);
    expect(report.quick.responses).toBe(2);
    expect(report.profile).toContainEqual({ field: 'education', value: 'SMA', n: 1 });

    const laporan = await laporanPage();
    expect(await laporan.getByTestId('report-konversi').textContent()).toBe(printed(expected.konversi));
    expect(await laporan.getByTestId('report-mutu').textContent()).toBe(expected.category.mutu);
    expect(await laporan.getByTestId('report-respondents').textContent()).toBe('2');
    expect(await laporan.getByTestId('unsur-konversi-U3').textContent()).toBe(printed(expected.unsur[2]?.konversi ?? -1));
  });

  it('refuses a second full survey for the same ticket, in plain words', async () => {
    const ticket = await servedTicket();
    const page = await ratingPage(1080, 1920);
    await scan(page, ticket.id);
    await expect.poll(() => page.getByTestId('linked-ticket').textContent()).toContain(ticket.label);
    await page.getByTestId('face-unhappy').click();
    await page.getByTestId('survey-yes').waitFor();

    // While this resident reads the invitation, the same ticket's survey arrives from another device.
    const elsewhere = answersOf([4, 4, 4, 4, 4, 4, 4, 4, 4]);
    await office.call('ratings.survey', { answers: elsewhere, ticketRef: ticket.label });
    accepted.push(elsewhere);

    await answerSurvey(page, answersOf([1, 1, 1, 1, 1, 1, 1, 1, 1]));
    await skipProfile(page);
    await expect.poll(() => page.getByTestId('rate-refused').textContent()).toBe('Survei untuk nomor ini sudah diisi. Terima kasih!');
    await page.getByTestId('refused-ok').click();

    // Scanning the same ticket again is refused straight away, before any question.
    await scan(page, ticket.id);
    await expect.poll(() => page.getByTestId('rate-notice').textContent()).toContain(`Nomor ${ticket.label} sudah memberi penilaian dan mengisi survei`);
    expect(await page.getByTestId('linked-ticket').count()).toBe(0);

    const report = await monthReport();
    expect(report.overall?.respondents).toBe(accepted.length);
    expect(report.overall?.konversi).toBe(computeIkm(accumulateSurveys(accepted)).konversi);
  });

  it('on the tablet of counter 1, opens the rating of each ticket that counter finishes', async () => {
    const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
    contexts.push(context);
    const page = await context.newPage();
    // The tablet learns of finished tickets over the event socket, so it must be connected first.
    const socket = page.waitForEvent('websocket');
    await page.goto(`${office.url}/rate?counter=1`);
    await socket;
    await page.getByTestId('face-very-happy').waitFor();
    expect(await page.getByTestId('linked-ticket').count()).toBe(0);

    const ticket = await servedTicket();
    await expect.poll(() => page.getByTestId('faces-question').textContent()).toBe(`Bagaimana pelayanan untuk nomor ${ticket.label}?`);
    await page.getByTestId('face-very-happy').click();
    await page.getByTestId('survey-no').click();
    await page.getByTestId('thanks').waitFor();
    const linked = await office.call('ratings.lookup', { ticketRef: ticket.label });
    expect(linked.quickDone).toBe(true);
  });

  it('asks "Masih di sini?" before dropping a half-made entry, and keeps it when the resident answers', async () => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    contexts.push(context);
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(`${office.url}/rate`);
    await page.getByTestId('face-very-happy').waitFor();
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    await page.getByTestId('enter-ticket').click();
    await page.getByTestId('ticket-keypad').waitFor();

    // idleResetSeconds is 60 in this office: then ten seconds of countdown, in words.
    await page.clock.runFor(60_000);
    const dialog = page.getByTestId('still-here');
    await dialog.waitFor();
    expect(await dialog.getByRole('heading').textContent()).toBe('Masih di sini?');
    await expect.poll(() => dialog.textContent()).toContain('Penilaian Anda akan dibatalkan dalam 10 detik.');
    await page.getByTestId('still-here-stay').click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByTestId('ticket-keypad').count()).toBe(1);

    // Unanswered, it goes back to the faces for the next resident.
    await page.clock.runFor(60_000);
    await dialog.waitFor();
    await page.clock.runFor(10_000);
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('ticket-keypad').waitFor({ state: 'detached' });
    expect(await page.getByTestId('face-very-happy').isVisible()).toBe(true);
  });

  it('flags five identical unlinked taps from one device as a burst and leaves them out', async () => {
    const before = await monthReport();
    const page = await ratingPage();
    for (let i = 0; i < 5; i++) {
      await page.getByTestId('face-happy').click();
      await page.getByTestId('rate-service-KK').click();
      await page.getByTestId('survey-no').click();
      await page.getByTestId('thanks').waitFor();
      // The thank-you locks the screen; the faces come back by themselves.
      await page.getByTestId('face-happy').waitFor({ timeout: 5_000 });
    }

    const exclusions = await office.call('ratings.exclusions', { limit: 50 }, supervisorToken);
    expect(exclusions.filter((e) => e.kind === 'quick' && e.reason === 'burst')).toHaveLength(5);
    const after = await monthReport();
    expect(after.excluded.quick).toBe(5);
    expect(after.quick.responses).toBe(before.quick.responses);

    const laporan = await laporanPage();
    expect(await laporan.getByTestId('report-excluded').textContent()).toContain('5 penilaian cepat');
  });
});
