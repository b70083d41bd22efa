import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../helpers/accessibility';
import { launchChromium } from '../helpers/browser';
import { SHOTS } from '../helpers/screenshots';
import { ServedOffice } from '../helpers/servedOffice';
import { testConfigInput } from '../helpers/testConfig';

/**
 * Supervisor › Pengaturan › Booking dari rumah, in Chromium against the served office: the check-in window
 * and a service's booking share are changed and saved through settings.update, and values the office's
 * configuration schema refuses are named at their fields in Bahasa Indonesia, with nothing saved.
 */
const SUPERVISOR_PIN = '730514';

let office: ServedOffice;
let browser: Browser;
let supervisor: Page;

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });
const saved = async () => office.call('settings.get', {}, (await supervisor.evaluate("localStorage.getItem('loket.token')")) as string);
/** The section in the middle of the window, clear of the sticky save bar. */
const showSection = () => supervisor.getByTestId('settings-booking').evaluate((el) => el.scrollIntoView({ block: 'center' }));
const problemAt = (path: string) => supervisor.locator(`[data-path="${path}"]`).getByTestId('field-problem').textContent();

beforeAll(async () => {
  office = new ServedOffice(testConfigInput());
  await office.start();
  await office.call('auth.setup', { setupCode: office.setupCode(), name: 'Kepala Uji', pin: SUPERVISOR_PIN });
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  supervisor = await context.newPage();
  await supervisor.goto(`${office.url}/supervisor`);
  await supervisor.getByTestId('pin-submit').waitFor();
  await supervisor.keyboard.type(SUPERVISOR_PIN);
  await supervisor.keyboard.press('Enter');
  await supervisor.getByTestId('monitor').waitFor();
  await supervisor.getByTestId('tab-settings').click();
  await supervisor.getByTestId('settings-booking').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await office?.remove();
});

describe('booking settings in Pengaturan', () => {
  it('shows the defaults of the file: check-in 30 minutes before to 15 after, no service bookable', async () => {
    expect(await supervisor.getByTestId('set-booking-before').inputValue()).toBe('30');
    expect(await supervisor.getByTestId('set-booking-after').inputValue()).toBe('15');
    for (const i of [0, 1, 2]) expect(await supervisor.getByTestId(`set-service-${i}-booking-share`).inputValue()).toBe('0');
    expect(await supervisor.getByTestId('set-booking-example').textContent()).toBe('Contoh: booking pukul 09.00 bisa check-in pukul 08.30 sampai 09.15.');
  });

  it("saves a new check-in window and KTP's booking share, and the office holds them", async () => {
    await supervisor.getByTestId('set-booking-before').fill('45');
    await supervisor.getByTestId('set-booking-after').fill('20');
    await supervisor.getByTestId('set-service-0-booking-share').fill('40');
    expect(await supervisor.getByTestId('set-booking-example').textContent()).toBe('Contoh: booking pukul 09.00 bisa check-in pukul 08.15 sampai 09.20.');
    await supervisor.getByTestId('settings-save').click();
    await supervisor.getByTestId('settings-saved').waitFor();

    const { config } = await saved();
    expect(config.booking).toMatchObject({ checkInBeforeMinutes: 45, checkInAfterMinutes: 20, slotMinutes: 30 });
    expect(config.services.map((s) => [s.code, s.bookingShare])).toEqual([
      ['KTP', 0.4],
      ['KK', 0],
      ['AKTA', 0],
    ]);
    // Reloaded, the form shows what the office holds, in percent.
    await supervisor.reload();
    await supervisor.getByTestId('tab-settings').click();
    await poll(() => supervisor.getByTestId('set-service-0-booking-share').inputValue()).toBe('40');
    expect(await supervisor.getByTestId('set-booking-before').inputValue()).toBe('45');

    // The change log names the part changed in words, not by its key.
    expect(await supervisor.getByTestId('change-log').textContent()).toContain('Booking dari rumah');
    await showSection();
    await supervisor.screenshot({ path: join(SHOTS, 'supervisor-settings-booking-1920x1080.png') });
    await expectAccessible(supervisor, 'settings: booking');
  });

  it('refuses minutes below zero and a share above 100 %, naming each field in Bahasa Indonesia, and saves nothing', async () => {
    await supervisor.getByTestId('set-booking-before').fill('-10');
    await supervisor.getByTestId('set-booking-after').fill('200');
    await supervisor.getByTestId('set-service-1-booking-share').fill('150');
    await supervisor.getByTestId('settings-save').click();
    await supervisor.getByTestId('settings-problems').waitFor();

    expect(await problemAt('booking.checkInBeforeMinutes')).toBe('Paling kecil 0.');
    expect(await problemAt('booking.checkInAfterMinutes')).toBe('Paling besar 180.');
    expect(await problemAt('services[1].bookingShare')).toBe('Paling besar 100 %.');
    const summary = (await supervisor.getByTestId('settings-problems').textContent()) ?? '';
    expect(summary).toContain('Layanan Kartu Keluarga › bookingShare: Paling besar 100 %.');
    expect(summary).toContain('booking › checkInBeforeMinutes: Paling kecil 0.');
    expect(await supervisor.getByTestId('settings-state').textContent()).not.toBe('Pengaturan sesuai dengan yang berlaku.');

    const { config } = await saved();
    expect(config.booking).toMatchObject({ checkInBeforeMinutes: 45, checkInAfterMinutes: 20 });
    expect(config.services[1]?.bookingShare).toBe(0);

    await showSection();
    await supervisor.screenshot({ path: join(SHOTS, 'supervisor-settings-booking-refused-1920x1080.png') });
    await supervisor.getByTestId('settings-discard').click();
    await poll(() => supervisor.getByTestId('settings-state').textContent()).toBe('Pengaturan sesuai dengan yang berlaku.');
    expect(await supervisor.getByTestId('set-service-1-booking-share').inputValue()).toBe('0');
  });
});
