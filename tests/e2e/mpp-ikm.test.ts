import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../helpers/accessibility';
import { launchChromium } from '../helpers/browser';
import { SHOTS } from '../helpers/screenshots';
import { signInByName } from '../helpers/staffSignIn';
import { ServedOffice } from '../helpers/servedOffice';
import { mintTestToken } from '../helpers/token';

/**
 * The SKM/IKM per agency in Chromium, in the demo Mal Pelayanan Publik (resources/mpp.example.json: 12
 * agencies): the building's supervisor prints the Laporan SKM of one agency or of the whole building,
 * Samsat's supervisor only Samsat's, and /ikm shows every agency's published IKM on a TV and a phone.
 */
const BUILDING_PIN = '482915';
const SAMSAT_PIN = '730514';
/** Agencies whose residents answered; the others show "no surveys yet". */
const ANSWERED = ['DUKCAPIL', 'IMIGRASI', 'SAMSAT', 'BPJSKES', 'PAJAK', 'POLRESTA', 'BPN', 'PDAM'];

interface DemoConfig {
  office: { name: string };
  agencies: { id: string; name: { id: string } }[];
  services: { code: string; agency: string }[];
  counters: { number: number; agency: string; services: string[] }[];
}

let office: ServedOffice;
let browser: Browser;
let building: string;
let serviceDate: string;
const config = JSON.parse(readFileSync('resources/mpp.example.json', 'utf8')) as DemoConfig;

beforeAll(async () => {
  office = new ServedOffice(config as unknown as Record<string, unknown>);
  const counterTokens = new Map(ANSWERED.map((id) => [id, config.counters.find((c) => c.agency === id) as DemoConfig['counters'][number]]));
  const tokens = new Map([...counterTokens].map(([id, c]) => [id, mintTestToken(office.dataDir, 'counter', c.number)]));
  await office.start();
  building = (await office.call('auth.setup', { setupCode: office.setupCode(), name: 'Manajer Gedung', pin: BUILDING_PIN })).token;
  await office.call('staff.create', { name: 'Kepala Samsat', role: 'supervisor', pin: SAMSAT_PIN, agency: 'SAMSAT' }, building);
  // Three served visitors per agency, each with a full survey linked to the ticket; scores differ by agency.
  for (const [a, id] of ANSWERED.entries()) {
    const counter = counterTokens.get(id) as DemoConfig['counters'][number];
    const token = tokens.get(id) as string;
    await office.call('counters.open', { counter: counter.number }, token);
    for (let i = 0; i < 3; i++) {
      await office.call('tickets.issue', { serviceCode: counter.services[0] as string });
      const called = (await office.call('counters.callNext', { counter: counter.number }, token)).ticket;
      if (!called) throw new Error(`nobody to call at ${id}`);
      await office.call('tickets.start', { counter: counter.number, ticketId: called.id }, token);
      await office.call('tickets.finish', { counter: counter.number, ticketId: called.id }, token);
      const score = (n: number) => (((a + i + n) % 4) + 1) as 1 | 2 | 3 | 4;
      await office.call(
        'ratings.survey',
        { answers: { U1: score(0), U2: score(1), U3: 4, U4: score(2), U5: 3, U6: score(3), U7: 4, U8: score(1), U9: 3 }, ticketRef: called.label },
        building,
      );
      await office.call('ratings.quick', { face: (a + i) % 3 ? 'happy' : 'very-happy', ticketRef: called.label }, building);
    }
  }
  serviceDate = (await office.call('office.overview', {})).serviceDate;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await office?.remove();
});

async function pageAt(width: number, height: number): Promise<Page> {
  return (await browser.newContext({ viewport: { width, height } })).newPage();
}

async function signInAtLaporan(name: string, pin: string): Promise<Page> {
  const page = await pageAt(1920, 1080);
  await signInByName(page, `${office.url}/laporan`, name, pin);
  await page.getByTestId('report-show').waitFor();
  return page;
}

/** The konversi as the page writes it (Bahasa Indonesia: a decimal comma). */
const konversiText = (n: number | undefined) => new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n ?? NaN);

/** Nothing on the page scrolls: neither the document nor any element that clips its content. */
async function expectNoScroll(page: Page): Promise<void> {
  const scrolling = await page.evaluate(`[...document.querySelectorAll('*')]
    .filter((el) => el.clientHeight > 1 && el.scrollHeight > el.clientHeight + 1 && ['auto', 'scroll', 'hidden'].includes(getComputedStyle(el).overflowY))
    .map((el) => el.className || el.tagName)`);
  expect(scrolling).toEqual([]);
  const doc = (await page.evaluate('[document.documentElement.scrollHeight, innerHeight]')) as [number, number];
  expect(doc[0]).toBeLessThanOrEqual(doc[1]);
}

describe('the SKM/IKM per agency of a Mal Pelayanan Publik', () => {
  it('per-agency IKM on the Laporan SKM', async () => {
    const period = { kind: 'semester' as const, date: serviceDate };
    const samsat = await office.call('ratings.report', { period, agency: 'SAMSAT' }, building);
    const whole = await office.call('ratings.report', { period }, building);
    expect(samsat.overall?.respondents).toBe(3);
    expect(whole.overall?.respondents).toBe(3 * ANSWERED.length);
    expect(samsat.overall?.konversi).not.toBe(whole.overall?.konversi);

    // The building's supervisor: one agency, then the whole building.
    const page = await signInAtLaporan('Manajer Gedung', BUILDING_PIN);
    const agencyOptions = await page.getByTestId('filter-agency').locator('option').allTextContents();
    expect(agencyOptions).toEqual(['Seluruh gedung', ...config.agencies.map((a) => a.name.id)]);
    await page.getByTestId('filter-agency').selectOption('SAMSAT');
    // The service and counter lists offer only Samsat's.
    expect(await page.getByTestId('filter-service').locator('option').count()).toBe(1 + config.services.filter((s) => s.agency === 'SAMSAT').length);
    expect(await page.getByTestId('filter-counter').locator('option').count()).toBe(1 + config.counters.filter((c) => c.agency === 'SAMSAT').length);
    await page.getByTestId('report-show').click();
    await expect.poll(() => page.getByTestId('report-agency').textContent()).toBe('Instansi: Samsat Kota Kupang');
    expect(await page.getByTestId('report-konversi').textContent()).toBe(konversiText(samsat.overall?.konversi));
    expect(await page.getByTestId('report-respondents').textContent()).toBe('3');
    expect(await page.getByTestId('report-executor').textContent()).toBe('Samsat Kota Kupang, swakelola, melalui anjungan survei Loket');
    expect(await page.getByTestId('service-table').textContent()).not.toContain('KTP-el');
    await page.screenshot({ path: join(SHOTS, 'laporan-mpp-agency-1920x1080.png') });
    await expectAccessible(page, '/laporan: one agency');

    await page.getByTestId('filter-agency').selectOption('');
    await page.getByTestId('report-show').click();
    await expect.poll(() => page.getByTestId('report-agency').textContent()).toBe('Instansi: Seluruh gedung');
    expect(await page.getByTestId('report-executor').textContent()).toBe(`${config.office.name}, swakelola, melalui anjungan survei Loket`);
    expect(await page.getByTestId('report-konversi').textContent()).toBe(konversiText(whole.overall?.konversi));
    await page.context().close();

    // Samsat's supervisor: the agency is fixed to its own, and its report is Samsat's.
    const own = await signInAtLaporan('Kepala Samsat', SAMSAT_PIN);
    expect(await own.getByTestId('filter-agency').isDisabled()).toBe(true);
    expect(await own.getByTestId('filter-agency').locator('option').allTextContents()).toEqual(['Samsat Kota Kupang']);
    await own.getByTestId('report-show').click();
    await expect.poll(() => own.getByTestId('report-agency').textContent()).toBe('Instansi: Samsat Kota Kupang');
    expect(await own.getByTestId('report-konversi').textContent()).toBe(konversiText(samsat.overall?.konversi));
    // Asked directly for another agency's, with its own session, the office refuses.
    const token = await own.evaluate<string | null>("localStorage.getItem('loket.token')");
    const refused = await office.post('ratings.report', { period, agency: 'DUKCAPIL' }, token ?? '');
    expect([refused.status, refused.json.error.code]).toEqual([403, 'forbidden']);
    await own.context().close();
  });

  it("/ikm shows each agency's published IKM on a landscape and a portrait TV without scrolling, and on a phone", async () => {
    const published = await office.call('ratings.published', {});
    expect(published.agencies).toHaveLength(config.agencies.length);
    const samsat = published.agencies.find((a) => a.id === 'SAMSAT');

    for (const [width, height] of [
      [1920, 1080],
      [1080, 1920],
      [360, 800],
    ] as const) {
      const page = await pageAt(width, height);
      await page.goto(`${office.url}/ikm`);
      await page.getByTestId('ikm-agencies').waitFor();
      expect(await page.locator('.ikm-agency').count()).toBe(config.agencies.length);
      expect(await page.getByTestId('ikm-agency-SAMSAT').getByTestId('ikm-agency-konversi').textContent()).toBe(konversiText(samsat?.overall?.konversi));
      expect(await page.getByTestId('ikm-agency-KEMENAG').textContent()).toContain('Belum ada survei');
      expect(await page.getByTestId('ikm-konversi').textContent()).toBe(konversiText(published.overall?.konversi));
      await page.screenshot({ path: join(SHOTS, `ikm-mpp-${width}x${height}.png`) });
      if (width <= 900) {
        // The phone scrolls to the agencies.
        await page.getByTestId('ikm-agencies').scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(SHOTS, `ikm-mpp-${width}x${height}-agencies.png`) });
      }
      if (width > 900) await expectNoScroll(page);
      // Nothing wider than the screen, on the phone too.
      expect((await page.evaluate('document.documentElement.scrollWidth')) as number).toBeLessThanOrEqual(width);
      const toggle = await page.getByTestId('lang-toggle').boundingBox();
      expect(toggle && toggle.x + toggle.width).toBeLessThanOrEqual(width);
      await expectAccessible(page, `/ikm with agencies ${width}x${height}`);
      if (width === 1920) {
        await page.getByTestId('lang-toggle').click();
        await page.getByText('IKM by agency').waitFor();
        await expectNoScroll(page);
      }
      await page.context().close();
    }
  });
});
