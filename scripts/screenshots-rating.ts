import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { officeClient } from './lib/officeClient';
import { launchChromium } from '../tests/helpers/browser';

/**
 * npx tsx scripts/screenshots-rating.ts http://127.0.0.1:5170
 * Screenshots of /rate (1920×1080 and 1080×1920), /ikm and the Laporan SKM (and its A4 PDF) into
 * docs/screenshots/. Run it on the office PC itself against an office with a fresh data folder (e.g.
 * LOKET_CONFIG=resources/office.demo.json): it creates the first supervisor (or signs in with
 * LOKET_SUPERVISOR_PIN), then issues, serves and rates real tickets so the pages have figures to show.
 */
const baseUrl = (process.argv[2] ?? 'http://127.0.0.1:5170').replace(/\/+$/, '');
const { request: api, supervisorToken: signInSupervisor } = officeClient(baseUrl);
const supervisorToken = () => signInSupervisor(SUPERVISOR_PIN);
const outDir = join(process.cwd(), 'docs', 'screenshots');
const SUPERVISOR_PIN = process.env.LOKET_SUPERVISOR_PIN ?? '482915';
const VIEWPORTS = [
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '1080x1920', width: 1080, height: 1920 },
] as const;
const SEEDED_SURVEYS = 36;

interface Served {
  id: string;
  label: string;
}

/** Issues one ticket of the service and serves it at the first counter that offers it. */
async function serve(token: string, serviceCode: string, counters: { number: number; services: string[] }[]): Promise<Served> {
  const counter = counters.find((c) => c.services.includes(serviceCode))?.number ?? 1;
  await api('counters.open', { counter }, token).catch(() => undefined);
  const ticket = await api<Served>('tickets.issue', { serviceCode });
  const called = await api<{ ticket: Served | null }>('counters.callNext', { counter }, token);
  const id = called.ticket?.id ?? ticket.id;
  await api('tickets.start', { counter, ticketId: id }, token);
  await api('tickets.finish', { counter, ticketId: id }, token);
  return ticket;
}

/** Answers that lean towards 3–4 with a weak U3 and U9, as the domain note's example does. */
function answers(i: number): Record<string, number> {
  const weak = new Set(['U3', 'U9']);
  return Object.fromEntries(
    ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'].map((code, j) => [code, weak.has(code) ? 2 + ((i + j) % 2) : 3 + ((i * 7 + j) % 3 === 0 ? 0 : 1)]),
  );
}

async function seed(token: string): Promise<void> {
  const snapshot = await api<{ counters: { number: number; services: string[] }[] }>('queue.snapshot', {}, token);
  const services = ['KTP', 'KK', 'AKTA_LAHIR'];
  const genders = ['L', 'P'];
  const ages = ['20-29', '30-39', '40-49', '50-59'];
  const educations = ['SMA', 'D4-S1', 'SMP'];
  const occupations = ['Wirausaha', 'Swasta', 'PNS', 'Lainnya'];
  const faces = ['very-happy', 'happy', 'happy', 'very-happy', 'unhappy'];
  for (let i = 0; i < SEEDED_SURVEYS; i++) {
    const ticket = await serve(token, services[i % services.length] ?? 'KTP', snapshot.counters);
    await api('ratings.quick', { face: faces[i % faces.length], ticketRef: ticket.label });
    await api('ratings.survey', {
      answers: answers(i),
      profile: { gender: genders[i % 2], ageBand: ages[i % ages.length], education: educations[i % educations.length], occupation: occupations[i % occupations.length] },
      ticketRef: ticket.label,
    });
  }
}

/** Headless Chromium has no voices; give it one so the "Dengarkan" button shows as on a real kiosk. */
async function withVoices(page: Page): Promise<void> {
  // A string, not a function: tsx would wrap a function's body in helpers the page does not have.
  await page.addInitScript(`
    const voices = [{ lang: 'id-ID', name: 'Bahasa Indonesia', default: true, localService: true, voiceURI: 'id' }];
    Object.defineProperty(window.speechSynthesis, 'getVoices', { value: () => voices });
  `);
}

async function shoot(page: Page, name: string): Promise<void> {
  const path = join(outDir, `${name}.png`);
  await page.screenshot({ path, animations: 'disabled' });
  console.log(path);
}

async function ratePages(browser: Browser, token: string): Promise<void> {
  const snapshot = await api<{ counters: { number: number; services: string[] }[] }>('queue.snapshot', {}, token);
  for (const viewport of VIEWPORTS) {
    const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
    const page = await context.newPage();
    await withVoices(page);
    await page.goto(`${baseUrl}/rate`);
    await page.getByTestId('face-very-happy').waitFor();
    await shoot(page, `rate-faces-${viewport.name}`);

    await page.getByTestId('enter-ticket').click();
    await page.getByTestId('keypad-letter-A').click();
    for (const d of '17') await page.getByTestId(`keypad-${d}`).click();
    await shoot(page, `rate-keypad-${viewport.name}`);
    await page.getByTestId('keypad-cancel').click();

    await page.getByTestId('face-happy').click();
    await shoot(page, `rate-service-${viewport.name}`);
    await page.getByTestId('back-button').click();

    const ticket = await serve(token, 'KTP', snapshot.counters);
    await page.keyboard.type(`LOKET:${ticket.id}`);
    await page.keyboard.press('Enter');
    await page.getByTestId('linked-ticket').waitFor();
    await shoot(page, `rate-faces-linked-${viewport.name}`);

    await page.getByTestId('face-very-happy').click();
    await page.getByTestId('survey-yes').waitFor();
    await shoot(page, `rate-invite-${viewport.name}`);
    await page.getByTestId('survey-yes').click();
    for (const score of [4, 3]) await page.getByTestId(`answer-${score}`).click();
    await shoot(page, `rate-question-${viewport.name}`);
    for (const score of [3, 4, 4, 3, 4]) await page.getByTestId(`answer-${score}`).click();
    await page.getByTestId('answer-4').click();
    await page.getByTestId('answer-2').click();
    await page.getByTestId('profile-P').click();
    await page.getByTestId('profile-30-39').click();
    await shoot(page, `rate-profile-${viewport.name}`);
    await page.getByTestId('access-toggle').click();
    await shoot(page, `rate-profile-contrast-${viewport.name}`);
    await page.getByTestId('access-toggle').click();
    await page.getByTestId('profile-SMA').click();
    await page.getByTestId('profile-Wirausaha').click();
    await page.getByTestId('thanks').waitFor();
    await shoot(page, `rate-thanks-${viewport.name}`);

    // The same ticket again: refused before any question.
    await page.getByTestId('face-happy').waitFor({ timeout: 35_000 });
    await page.keyboard.type(`LOKET:${ticket.id}`);
    await page.keyboard.press('Enter');
    await page.getByTestId('rate-notice').waitFor();
    await shoot(page, `rate-already-${viewport.name}`);
    await context.close();
  }
}

async function ikmPages(browser: Browser): Promise<void> {
  for (const viewport of [...VIEWPORTS, { name: 'phone', width: 390, height: 844 }]) {
    const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/ikm`);
    await page.getByTestId('ikm-konversi').waitFor();
    await shoot(page, `ikm-${viewport.name}`);
    await context.close();
  }
}

async function laporanPages(browser: Browser): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/laporan`);
  await shoot(page, 'laporan-signin-1366x900');
  for (const digit of SUPERVISOR_PIN) await page.getByTestId(`pin-key-${digit}`).click();
  await page.getByTestId('pin-submit').click();
  await page.getByTestId('report-show').click();
  await page.getByTestId('report-document').waitFor();
  await shoot(page, 'laporan-1366x900');
  await page.screenshot({ path: join(outDir, 'laporan-full.png'), fullPage: true });
  await page.getByTestId('period-custom').click();
  await page.getByTestId('period-from').fill('2030-01-01');
  await page.getByTestId('period-to').fill('2030-01-31');
  await page.getByTestId('report-show').click();
  await page.getByTestId('report-error').waitFor();
  await shoot(page, 'laporan-future-1366x900');
  await page.getByTestId('period-semester').click();
  await page.getByTestId('report-show').click();
  await page.getByTestId('report-document').waitFor();

  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });
  await shoot(page, 'laporan-print-page1');
  await page.pdf({ path: join(outDir, 'laporan-print.pdf'), format: 'A4', printBackground: true, preferCSSPageSize: true });
  console.log(join(outDir, 'laporan-print.pdf'));
  await context.close();
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const token = await supervisorToken();
  await seed(token);
  const browser = await launchChromium();
  try {
    await ratePages(browser, token);
    await ikmPages(browser);
    await laporanPages(browser);
  } finally {
    await browser.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
