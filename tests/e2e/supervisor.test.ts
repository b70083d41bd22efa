import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { ServedOffice } from '../helpers/servedOffice';
import { testConfigInput } from '../helpers/testConfig';
import { mintTestToken } from '../helpers/token';

/**
 * The supervisor dashboard in Chromium against the built office. A scripted morning is played through
 * the API with counter credentials (counter 1 serves KTP, counter 3 serves AKTA and KK); the tests then
 * read it back on the dashboard. They run in order on one office: each builds on the morning.
 */
const SUPERVISOR_PIN = '730514';

let office: ServedOffice;
let browser: Browser;
let supervisor: Page;
let counterTokens: Record<1 | 3, string>;
let today: string;

/** What the morning must show per service: issued, served, no-show. */
const expected = new Map<string, { issued: number; served: number; noShow: number }>();

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });
const text = (page: Page, testId: string) => async () => (await page.getByTestId(testId).allTextContents())[0] ?? null;

beforeAll(async () => {
  office = new ServedOffice(testConfigInput());
  // Counter credentials minted before the start, as `npm run token` would on the office PC.
  counterTokens = { 1: mintTestToken(office.dataDir, 'counter', 1), 3: mintTestToken(office.dataDir, 'counter', 3) };
  await office.start();
  await office.call('auth.setup', { setupCode: office.setupCode(), name: 'Kepala Uji', pin: SUPERVISOR_PIN });
  today = (await office.call('office.overview', {})).serviceDate;
  browser = await launchChromium();
  supervisor = await signInAsSupervisor();
});

afterAll(async () => {
  await browser?.close();
  await office?.remove();
});

async function signInAsSupervisor(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${office.url}/supervisor`);
  await page.getByTestId('pin-submit').waitFor();
  await page.keyboard.type(SUPERVISOR_PIN);
  await page.keyboard.press('Enter');
  await page.getByTestId('monitor').waitFor();
  return page;
}

function count(code: string, field: 'issued' | 'served' | 'noShow'): void {
  const row = expected.get(code) ?? { issued: 0, served: 0, noShow: 0 };
  row[field] += 1;
  expected.set(code, row);
}

async function issue(serviceCode: string): Promise<void> {
  await office.call('tickets.issue', { serviceCode });
  count(serviceCode, 'issued');
}

/** The counter calls the next ticket and serves it, or marks it a no-show. */
async function callAnd(counter: 1 | 3, outcome: 'served' | 'noShow'): Promise<void> {
  const token = counterTokens[counter];
  const { ticket } = await office.call('counters.callNext', { counter }, token);
  if (!ticket) throw new Error(`counter ${counter} found nobody waiting`);
  if (outcome === 'noShow') {
    await office.call('tickets.noShow', { counter, ticketId: ticket.id }, token);
  } else {
    await office.call('tickets.start', { counter, ticketId: ticket.id }, token);
    await office.call('tickets.finish', { counter, ticketId: ticket.id }, token);
  }
  count(ticket.serviceCode, outcome);
}

async function openTab(id: string): Promise<void> {
  await supervisor.getByTestId(`tab-${id}`).click();
}

describe('the supervisor dashboard', () => {
  it("shows today's numbers of a scripted morning in the KPI cards and the per-service table", async () => {
    for (const code of ['KTP', 'KTP', 'KK', 'KTP', 'AKTA', 'KTP', 'KK']) await issue(code);
    await office.call('counters.open', { counter: 1 }, counterTokens[1]);
    await office.call('counters.open', { counter: 3 }, counterTokens[3]);
    await callAnd(1, 'served');
    await callAnd(1, 'noShow');
    await callAnd(1, 'served');
    await callAnd(3, 'served');
    await callAnd(3, 'noShow');
    await office.call('counters.close', { counter: 1 }, counterTokens[1]);
    await office.call('counters.close', { counter: 3 }, counterTokens[3]);

    await openTab('stats');
    await poll(text(supervisor, 'kpi-issued-value')).toBe('7');
    expect(await text(supervisor, 'kpi-served-value')()).toBe('3');
    expect(await text(supervisor, 'kpi-noShow-value')()).toBe('2');
    for (const [code, want] of expected) {
      const cells = await supervisor.getByTestId(`row-layanan-${code}`).locator('td').allTextContents();
      // Columns: service, target, issued, served, no-show, …
      expect(cells.slice(2, 5), code).toEqual([String(want.issued), String(want.served), String(want.noShow)]);
    }
  });

  it('exports the per-service table as a CSV whose rows match the morning', async () => {
    await openTab('stats');
    await supervisor.getByTestId('row-layanan-KTP').waitFor();
    const [download] = await Promise.all([supervisor.waitForEvent('download'), supervisor.getByTestId('export-layanan-csv').click()]);
    expect(download.suggestedFilename()).toBe(`loket-statistik-layanan-${today}_${today}.csv`);
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const [header = '', ...rows] = csv.trim().split(/\r?\n/).map((line) => line);
    expect(header.split(',').slice(0, 5)).toEqual(['Layanan', 'Target tunggu', 'Nomor diambil', 'Dilayani', 'Tidak hadir']);
    const names: Record<string, string> = { KTP: 'KTP-el', KK: 'Kartu Keluarga', AKTA: 'Akta Kelahiran' };
    for (const [code, want] of expected) {
      const row = rows.map((r) => r.split(',')).find((cells) => cells[0] === names[code]);
      expect(row?.slice(2, 5), code).toEqual([String(want.issued), String(want.served), String(want.noShow)]);
    }
  });

  it('lowers a quota below today’s count after confirming, and the kiosk shows the service full without a reload', async () => {
    const kiosk = await (await browser.newContext({ viewport: { width: 1080, height: 1920 } })).newPage();
    await kiosk.goto(`${office.url}/kiosk`);
    await poll(async () => kiosk.getByTestId('service-KK').isEnabled()).toBe(true);

    await openTab('settings');
    // Service 1 is KK, taken twice this morning.
    await supervisor.getByTestId('set-service-1-quota').fill('1');
    await supervisor.getByTestId('settings-save').click();
    await supervisor.getByTestId('confirm-dialog').waitFor();
    expect(await supervisor.getByTestId('consequences').textContent()).toContain('Kuota KK menjadi 1, padahal hari ini sudah 2 nomor diambil');
    await supervisor.getByTestId('confirm-yes').click();
    await supervisor.getByTestId('settings-saved').waitFor();
    expect((await office.call('settings.get', {}, await supervisorToken())).config.services[1]?.dailyQuota).toBe(1);

    await poll(text(kiosk, 'service-KK')).toContain('Kuota hari ini habis');
    expect(await kiosk.getByTestId('service-KK').isDisabled()).toBe(true);
    await kiosk.context().close();
  });

  it('shows each refused field next to its input', async () => {
    await openTab('settings');
    await supervisor.getByTestId('set-service-2-prefix').fill('A');
    await supervisor.getByTestId('settings-save').click();
    await supervisor.getByTestId('settings-problems').waitFor();
    const field = supervisor.locator('[data-path="services[2].prefix"]');
    // In the supervisor's language, from the rule duplicate_prefix and its params (no longer the English line).
    expect(await field.getByTestId('field-problem').textContent()).toContain('Huruf "A" sudah dipakai layanan KTP');
    await supervisor.getByTestId('settings-discard').click();
    await poll(text(supervisor, 'settings-state')).toBe('Pengaturan sesuai dengan yang berlaku.');
  });

  it('alerts on the Monitor when a counter is open and idle while people wait', async () => {
    await openTab('monitor');
    await supervisor.getByTestId('monitor-counter-1').waitFor();
    // KTP still has a visitor waiting from the morning; counter 1 is closed, so nothing is wrong yet
    // (the alert list of that same reading has been drawn: alerts, or the calm line).
    await supervisor.locator('[data-testid="monitor-alerts"], [data-testid="monitor-no-alerts"]').first().waitFor();
    expect(await supervisor.getByTestId('alert-idle_with_queue').count()).toBe(0);
    await office.call('counters.open', { counter: 1 }, counterTokens[1]);
    await poll(text(supervisor, 'alert-idle_with_queue')).toContain('Loket 1 buka tetapi tidak memanggil, padahal 1 orang menunggu');
    expect(await supervisor.getByTestId('monitor-counter-1').getAttribute('class')).toContain('row--attention');
  });
});

/** The supervisor page's own credential, to read the settings back through the API. */
async function supervisorToken(): Promise<string> {
  return (await supervisor.evaluate("localStorage.getItem('loket.token')")) as string;
}
