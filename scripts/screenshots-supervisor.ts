import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { officeClient } from './lib/officeClient';
import { launchChromium } from '../tests/helpers/browser';

/**
 * npx tsx scripts/screenshots-supervisor.ts http://127.0.0.1:5170
 * Screenshots of the supervisor dashboard (Monitor, Statistik, Pengaturan, Sinkronisasi) at 1366×768 and
 * 1920×1080 into docs/screenshots/. Run it on the office PC (first-run setup only works from loopback)
 * against LOKET_CONFIG=resources/office.demo.json with a fresh data folder, or one seeded with history
 * (`npm run seed`, when available); it adds a scripted morning of real tickets through the API either way.
 * On an office already set up, give the supervisor PIN: LOKET_SUPERVISOR_PIN=…
 */
const baseUrl = (process.argv[2] ?? 'http://127.0.0.1:5170').replace(/\/+$/, '');
const { request: api, supervisorToken: signInSupervisor } = officeClient(baseUrl);
const supervisorToken = () => signInSupervisor(SUPERVISOR_PIN);
const outDir = join(process.cwd(), 'docs', 'screenshots');
const SUPERVISOR_PIN = process.env.LOKET_SUPERVISOR_PIN ?? '482915';
const VIEWPORTS = [
  { name: '1366x768', width: 1366, height: 768 },
  { name: '1920x1080', width: 1920, height: 1080 },
] as const;
const TABS = ['monitor', 'stats', 'settings', 'sync'] as const;

interface Ticket {
  id: string;
  label: string;
}

/** A morning at the Dukcapil office: served, no-shows, priority visitors, a break, and a counter idle beside its queue. */
async function scriptedMorning(token: string): Promise<void> {
  const issue = (serviceCode: string, priorityReason?: string) =>
    api<Ticket>('tickets.issue', priorityReason ? { serviceCode, priorityReason } : { serviceCode }, token);
  const plan: [string, number][] = [
    ['KTP', 14],
    ['KK', 9],
    ['AKTA_LAHIR', 6],
    ['AKTA_MATI', 2],
    ['PINDAH', 4],
    ['KONSULTASI', 3],
  ];
  const reasons = ['lansia', 'disabilitas', 'hamil'];
  let n = 0;
  for (const [code, count] of plan) {
    for (let i = 0; i < count; i += 1) {
      n += 1;
      await issue(code, n % 7 === 0 ? reasons[n % reasons.length] : undefined);
    }
  }
  for (const counter of [1, 2, 3, 4, 5, 6]) await api('counters.open', { counter }, token).catch(() => undefined);
  // Each counter serves a few and sends one no-show; Loket 3 then stops calling while KK and PINDAH wait.
  const serve = async (counter: number, times: number, noShowAt: number): Promise<void> => {
    for (let i = 0; i < times; i += 1) {
      const called = await api<{ ticket: Ticket | null }>('counters.callNext', { counter }, token);
      if (!called.ticket) return;
      if (i === noShowAt) {
        await api('tickets.noShow', { counter, ticketId: called.ticket.id }, token);
        continue;
      }
      await api('tickets.start', { counter, ticketId: called.ticket.id }, token);
      await api('tickets.finish', { counter, ticketId: called.ticket.id }, token);
    }
  };
  await serve(1, 5, 2);
  await serve(2, 5, 4);
  await serve(3, 2, 9);
  await serve(4, 4, 1);
  await serve(5, 2, 9);
  await serve(6, 2, 9);
  // Loket 1 is serving someone now; Loket 2 is on a prayer break; Loket 4 has called a number.
  const serving = await api<{ ticket: Ticket | null }>('counters.callNext', { counter: 1 }, token);
  if (serving.ticket) await api('tickets.start', { counter: 1, ticketId: serving.ticket.id }, token);
  await api('counters.pause', { counter: 2, reason: 'ibadah' }, token);
  await api('counters.callNext', { counter: 4 }, token);
}

async function shoot(page: Page, what: string, size: string): Promise<void> {
  const path = join(outDir, `supervisor-${what}-${size}.png`);
  await page.screenshot({ path, animations: 'disabled' });
  console.log(path);
}

async function photograph(browser: Browser, token: string, viewport: (typeof VIEWPORTS)[number]): Promise<void> {
  const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
  await context.addInitScript(`localStorage.setItem('loket.token', ${JSON.stringify(token)})`);
  const page = await context.newPage();
  await page.goto(`${baseUrl}/supervisor`);
  for (const tab of TABS) {
    await page.getByTestId(`tab-${tab}`).click();
    const ready = { monitor: 'monitor', stats: 'kpi-cards', settings: 'settings', sync: 'sync-status' }[tab];
    await page.getByTestId(ready).waitFor();
    if (tab === 'stats') {
      await page.getByTestId('compare').check();
      await page.getByTestId('kpi-issued-previous').waitFor();
      await page.waitForTimeout(300);
    }
    await shoot(page, tab, viewport.name);
    if (tab === 'stats') {
      // Last month of a seeded office: the cards, then the charts below them.
      await page.getByTestId('range-lastMonth').click();
      await page.getByTestId('kpi-issued-previous').waitFor();
      await page.waitForTimeout(800);
      await shoot(page, 'stats-month', viewport.name);
      // Just below the sticky header, so it does not cover the charts' titles.
      await page.locator('.stats-charts').evaluate((el) => {
        el.scrollIntoView({ block: 'start' });
        el.ownerDocument.defaultView?.scrollBy(0, -130);
      });
      await page.waitForTimeout(500);
      await shoot(page, 'stats-charts', viewport.name);
    }
  }
  await context.close();
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const browser = await launchChromium();
  try {
    const token = await supervisorToken();
    await scriptedMorning(token);
    for (const viewport of VIEWPORTS) await photograph(browser, token, viewport);
  } finally {
    await browser.close();
  }
}

await main();
