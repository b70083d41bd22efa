import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { ServedOffice } from '../helpers/servedOffice';
import { testConfigInput } from '../helpers/testConfig';

/** Supervisor › Pengaturan › Printer tiket: the office's refusals of a printer setting, in Bahasa Indonesia. */
const SUPERVISOR_PIN = '730514';

let office: ServedOffice;
let browser: Browser;
let supervisor: Page;

beforeAll(async () => {
  office = new ServedOffice(testConfigInput());
  await office.start();
  await office.call('auth.setup', { setupCode: office.setupCode(), name: 'Kepala Uji', pin: SUPERVISOR_PIN });
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  supervisor = await context.newPage();
  await supervisor.goto(`${office.url}/supervisor`);
  await supervisor.getByTestId('pin-submit').waitFor();
  await supervisor.keyboard.type(SUPERVISOR_PIN);
  await supervisor.keyboard.press('Enter');
  await supervisor.getByTestId('monitor').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await office?.remove();
});

async function refusalUnder(path: string): Promise<string | null> {
  await supervisor.getByTestId('settings-save').click();
  await supervisor.getByTestId('settings-problems').waitFor();
  return supervisor.locator(`[data-path="${path}"]`).getByTestId('field-problem').textContent();
}

describe('printer settings', () => {
  it('shows why a device path or a printer address is refused, in Bahasa Indonesia, and saves nothing', async () => {
    await supervisor.getByTestId('tab-settings').click();
    await supervisor.getByTestId('set-printer-transport').selectOption('device');
    const path = supervisor.locator('[data-path="printer.transport.path"] input');
    await path.fill('/home/kiosk/.bashrc');
    expect(await refusalUnder('printer.transport.path')).toBe(
      'Harus perangkat printer atau port serial: /dev/usb/lp0 (printer USB), /dev/ttyUSB0 atau /dev/ttyACM0 (serial lewat USB), /dev/ttyS0 (port serial).',
    );

    await supervisor.getByTestId('set-printer-transport').selectOption('tcp');
    await supervisor.locator('[data-path="printer.transport.host"] input').fill('8.8.8.8');
    expect(await refusalUnder('printer.transport.host')).toMatch(/^Alamat ini bukan di jaringan kantor\./);

    const saved = await office.call('settings.get', {}, (await supervisor.evaluate("localStorage.getItem('loket.token')")) as string);
    expect(saved.config.printer.transport).toEqual({ type: 'none' });
  });
});
