import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { Store } from '../src/main/store/store';
import { launchChromium } from '../tests/helpers/browser';
import { ServedOffice } from '../tests/helpers/servedOffice';
import { testConfigInput } from '../tests/helpers/testConfig';
import { CityServerHarness } from '../tests/integration/server/cityServerHarness';

/**
 * npx tsx scripts/screenshots-sync.ts   (after `npx electron-vite build`)
 * Pengaturan › Sinkronisasi of an office whose clock was wrong, at 1920×1080: (1) the PC's clock three
 * days ahead of the city's, with today's counts held; (2) after the clock was set, a service day still
 * dated three days ahead, with the button that moves it back. Real office, real city server (PGlite).
 */
const outDir = join(process.cwd(), 'docs', 'screenshots');
const PIN = '730514';
const DAY = 24 * 3600_000;
const isoDay = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);

async function photograph(browser: Browser, { office, token }: { office: ServedOffice; token: string }, city: CityServerHarness, name: string): Promise<void> {
  await office.call('sync.enrol', { serverUrl: city.url, code: await city.enrolmentCode('test-office') }, token);
  await office.call('sync.pushNow', {}, token);
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  await context.addInitScript(`localStorage.setItem('loket.token', ${JSON.stringify(token)})`);
  const page = await context.newPage();
  await page.goto(`${office.url}/supervisor`);
  await page.getByTestId('tab-sync').click();
  await page.getByTestId('sync-clock').waitFor();
  const path = join(outDir, `supervisor-sync-${name}-1920x1080.png`);
  await page.screenshot({ path, animations: 'disabled' });
  console.log(path);
  await context.close();
}

async function officeWithTickets(serviceDate?: string): Promise<{ office: ServedOffice; token: string }> {
  const office = new ServedOffice(testConfigInput());
  if (serviceDate) {
    // The day a clock that ran ahead opened, as the office keeps it after the clock was set.
    const store = Store.open(office.dataDir);
    store.transaction(() => store.meta.set('service_date', serviceDate));
    store.close();
  }
  await office.start();
  const { token } = await office.call('auth.setup', { setupCode: office.setupCode(), name: 'Kepala Uji', pin: PIN });
  for (const service of ['KTP', 'KTP', 'KK']) await office.call('tickets.issue', { serviceCode: service }, token);
  return { office, token };
}

async function main(): Promise<void> {
  const browser = await launchChromium();
  try {
    const behind = await CityServerHarness.start('pglite', Date.now() - 3 * DAY);
    await behind.createOffice('test-office', 'Kantor Uji Loket');
    const ahead = await officeWithTickets();
    await photograph(browser, ahead, behind, 'clock-ahead');
    await ahead.office.remove();
    await behind.close();

    const city = await CityServerHarness.start('pglite', Date.now());
    await city.createOffice('test-office', 'Kantor Uji Loket');
    const dayAhead = await officeWithTickets(isoDay(Date.now() + 3 * DAY));
    await photograph(browser, dayAhead, city, 'day-ahead');
    await dayAhead.office.remove();
    await city.close();
  } finally {
    await browser.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
