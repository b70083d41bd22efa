import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../helpers/accessibility';
import { launchChromium } from '../helpers/browser';
import { SHOTS } from '../helpers/screenshots';
import { ServedOffice } from '../helpers/servedOffice';
import { signInByName } from '../helpers/staffSignIn';

/**
 * Samsat's own Pengaturan in the demo Mal Pelayanan Publik (resources/mpp.example.json), in Chromium: its
 * supervisor sees only Samsat's services and counters, changes a target wait, saves it with
 * settings.updateAgency, finds it kept after a reload, and the building's configuration is otherwise untouched.
 */
const BUILDING_PIN = '482915';
const SAMSAT_PIN = '730514';
const SAMSAT_SERVICES = ['PKB', 'BBN', 'STNK'];

let office: ServedOffice;
let browser: Browser;
let building: string;

beforeAll(async () => {
  office = new ServedOffice(JSON.parse(readFileSync('resources/mpp.example.json', 'utf8')) as Record<string, unknown>);
  await office.start();
  building = (await office.call('auth.setup', { setupCode: office.setupCode(), name: 'Manajer Gedung', pin: BUILDING_PIN })).token;
  await office.call('staff.create', { name: 'Kepala Samsat', role: 'supervisor', pin: SAMSAT_PIN, agency: 'SAMSAT' }, building);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await office?.remove();
});

async function samsatSettings(width: number, height: number): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width, height } })).newPage();
  await signInByName(page, `${office.url}/supervisor`, 'Kepala Samsat', SAMSAT_PIN);
  await page.getByTestId('monitor').waitFor();
  await page.getByTestId('tab-settings').click();
  await page.getByTestId('settings-agency-own').waitFor();
  return page;
}

describe("an agency's own Pengaturan", () => {
  it("Samsat's supervisor sees only Samsat's services and counters, changes a target wait, and it is kept", async () => {
    const page = await samsatSettings(1366, 768);
    const services = await Promise.all((await page.locator('[data-testid^="set-service-"][data-testid$="-code"]').all()).map((input) => input.inputValue()));
    expect(services).toEqual(SAMSAT_SERVICES);
    const counters = await page.locator('[data-testid^="set-counter-"] > legend').allTextContents();
    expect(counters).toHaveLength(10);
    expect(await page.getByTestId('settings').textContent()).not.toContain('KTP-el');
    // The building's sections and the adding and removing of services and counters are not offered.
    for (const id of ['settings-office', 'settings-printer', 'settings-phone', 'settings-booking', 'change-log', 'add-service', 'add-counter', 'remove-service-0', 'remove-counter-0']) {
      expect(await page.getByTestId(id).count(), id).toBe(0);
    }
    expect(await page.getByTestId('set-service-0-code').isDisabled()).toBe(true);
    await expectAccessible(page, "Samsat's Pengaturan");
    await page.screenshot({ path: join(SHOTS, 'supervisor-agency-settings-1366x768.png') });
    await page.getByTestId('settings-agency-own').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'supervisor-agency-settings-own-1366x768.png') });

    await page.getByTestId('set-service-1-target').fill('35');
    await page.getByTestId('set-agency-policy').selectOption('ratio');
    await page.getByTestId('settings-save').click();
    await page.getByTestId('settings-saved').waitFor();

    const { config } = await office.call('settings.get', {}, building);
    expect(config.services.find((s) => s.code === 'BBN')?.targetWaitMinutes).toBe(35);
    expect(config.agencies?.find((a) => a.id === 'SAMSAT')?.priorityPolicy).toEqual({ mode: 'ratio', priorityPerRegular: 3 });
    expect(config.services.filter((s) => !SAMSAT_SERVICES.includes(s.code)).every((s) => s.targetWaitMinutes !== 35)).toBe(true);

    await page.reload();
    await page.getByTestId('tab-settings').click();
    await expect.poll(() => page.getByTestId('set-service-1-target').inputValue()).toBe('35');
    expect(await page.getByTestId('set-agency-policy').inputValue()).toBe('ratio');
  });

  it('names the field when a prefix is already another agency\'s, and saves nothing', async () => {
    const page = await samsatSettings(1920, 1080);
    await page.screenshot({ path: join(SHOTS, 'supervisor-agency-settings-1920x1080.png') });
    const before = await office.call('settings.get', {}, building);
    await page.getByTestId('set-service-0-prefix').fill('A');
    await page.getByTestId('settings-save').click();
    await page.getByTestId('settings-problems').waitFor();
    const field = page.locator('[data-path="services[0].prefix"]');
    await expect.poll(() => field.textContent()).toContain('KTP');
    await expectAccessible(page, "Samsat's Pengaturan with a problem");
    await page.screenshot({ path: join(SHOTS, 'supervisor-agency-settings-problem-1920x1080.png') });
    expect(await office.call('settings.get', {}, building)).toEqual(before);
  });
});
