import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../helpers/accessibility';
import { launchChromium } from '../helpers/browser';
import { SHOTS } from '../helpers/screenshots';
import { ServedOffice } from '../helpers/servedOffice';
import { mintTestToken } from '../helpers/token';

/**
 * TVs by zone in the demo Mal Pelayanan Publik (resources/mpp.example.json: "Lantai 1" shows Dukcapil,
 * Samsat, Polresta and Imigrasi; "Lantai 2" the eight others). A supervisor pairs a TV to a zone in
 * Perangkat; a zone TV shows only its agencies' calls and waiting services, a building TV all; calls are
 * planned with the agency's short name.
 */

const SUPERVISOR_PIN = '583920';

let office: ServedOffice;
let browser: Browser;
let supervisor: string;
const clerk: Record<number, string> = {};
const contexts: BrowserContext[] = [];
let floor1: Page;
let floor2: Page;
let building: Page;

beforeAll(async () => {
  office = new ServedOffice(JSON.parse(readFileSync('resources/mpp.example.json', 'utf8')) as Record<string, unknown>);
  supervisor = mintTestToken(office.dataDir, 'supervisor');
  // Counter 1: Dukcapil (Lantai 1); counter 29: BPJS Kesehatan (Lantai 2).
  for (const n of [1, 29]) clerk[n] = mintTestToken(office.dataDir, 'counter', n);
  await office.start();
  await office.call('auth.setup', { setupCode: office.setupCode(), name: 'Pengelola Gedung', pin: SUPERVISOR_PIN });
  browser = await launchChromium();
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await office?.remove();
});

async function page(width = 1920, height = 1080): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  contexts.push(context);
  return context.newPage();
}

/** A TV paired through the API (as the supervisor's Perangkat does): its pairing screen, the code approved with a zone. */
async function pairedTv(zone: string | null): Promise<Page> {
  const tv = await page();
  await tv.goto(`${office.url}/display?sound=off`);
  const code = (await tv.getByTestId('pairing-code').textContent()) ?? '';
  await office.call('devices.approve', { code, zone }, supervisor);
  await tv.getByTestId('display-board').waitFor({ timeout: 5_000 });
  return tv;
}

async function callNext(counter: number): Promise<string> {
  const { ticket } = await office.call('counters.callNext', { counter }, clerk[counter]);
  if (!ticket) throw new Error(`nobody waits for counter ${counter}`);
  return ticket.label;
}

function shows(tv: Page, label: string): Promise<void> {
  return tv.locator('[data-testid="latest-call-label"]', { hasText: new RegExp(`^${label}$`) }).waitFor({ timeout: 2_000 });
}

async function spoken(tv: Page): Promise<string[]> {
  return JSON.parse((await tv.getByTestId('announcement-log').getAttribute('data-texts')) ?? '[]') as string[];
}

async function recentLabels(tv: Page): Promise<string[]> {
  return (await tv.locator('[data-testid="recent-call"] .recent-label').allTextContents()).map((t) => t.trim());
}

describe('TVs by zone in a Mal Pelayanan Publik', () => {
  it('lets the supervisor pair a TV to a zone in Perangkat, and the TV names its zone', async () => {
    floor1 = await page();
    await floor1.goto(`${office.url}/display?sound=off`);
    const code = (await floor1.getByTestId('pairing-code').textContent()) ?? '';

    const desk = await page(1366, 768);
    await desk.goto(`${office.url}/supervisor`);
    await desk.getByTestId('pin-submit').waitFor();
    await desk.keyboard.type(SUPERVISOR_PIN);
    await desk.keyboard.press('Enter');
    await desk.getByTestId('tab-devices').click();
    await desk.getByTestId('pair-zone-lantai-1').check();
    await desk.getByTestId('pair-code').fill(code);
    await desk.getByTestId('pair-submit').click();
    await floor1.getByTestId('display-board').waitFor({ timeout: 5_000 });
    await expect.poll(() => floor1.getByTestId('display-zone').textContent(), { timeout: 5_000 }).toBe('Lantai 1');
    expect(await desk.getByTestId('devices-notice').textContent()).toContain('Layar panggilan sudah dipasangkan untuk Lantai 1.');

    const paired = (await office.call('devices.list', {}, supervisor)).find((d) => d.label === 'Layar panggilan');
    expect(paired?.zone).toBe('lantai-1');
    // The list offers to move it; the choice shows the zone it has.
    expect(await desk.getByTestId(`device-zone-${paired?.id ?? ''}`).inputValue()).toBe('lantai-1');
    await desk.screenshot({ path: join(SHOTS, 'supervisor-devices-zones-1366x768.png') });
    await expectAccessible(desk, 'Perangkat with display zones');
  });

  it('shows a zone TV only its agencies\' calls and waiting services, while a building TV shows all', async () => {
    floor2 = await pairedTv('lantai-2');
    building = await pairedTv(null);
    await expect.poll(() => floor2.getByTestId('display-zone').textContent(), { timeout: 5_000 }).toBe('Lantai 2');
    expect(await building.getByTestId('display-zone').count()).toBe(0);

    for (const serviceCode of ['KTP', 'KTP', 'JKN', 'JKN']) await office.call('tickets.issue', { serviceCode });
    await office.call('counters.open', { counter: 1 }, clerk[1]);
    await office.call('counters.open', { counter: 29 }, clerk[29]);

    expect(await callNext(1)).toBe('A-001');
    await Promise.all([shows(floor1, 'A-001'), shows(building, 'A-001')]);
    expect(await callNext(29)).toBe('I-001');
    await Promise.all([shows(floor2, 'I-001'), shows(building, 'I-001')]);

    // The Lantai 1 TV still shows its own call: the BPJS call never reached it.
    expect(await floor1.getByTestId('latest-call-label').textContent()).toBe('A-001');
    expect(await floor1.getByTestId('latest-call-agency').textContent()).toBe('Dukcapil');
    expect(await floor2.getByTestId('latest-call-agency').textContent()).toBe('BPJS Kesehatan');
    expect(await recentLabels(building)).toEqual(['A-001']);
    expect(await recentLabels(floor1)).toEqual([]);
    expect(await recentLabels(floor2)).toEqual([]);

    // Waiting: Lantai 1 lists Dukcapil's KTP and no BPJS service; Lantai 2 the reverse; the building both.
    expect(await floor1.getByTestId('waiting-KTP').count()).toBe(1);
    expect(await floor1.getByTestId('waiting-JKN').count()).toBe(0);
    expect(await floor2.getByTestId('waiting-JKN').count()).toBe(1);
    expect(await floor2.getByTestId('waiting-KTP').count()).toBe(0);
    expect(await building.getByTestId('waiting-KTP').count()).toBe(1);
    expect(await building.getByTestId('waiting-JKN').count()).toBe(1);

    await floor1.screenshot({ path: join(SHOTS, 'display-zone-lantai-1-1920x1080.png') });
    await expectAccessible(floor1, 'a zone TV with a call');
    // Portrait: the zone stays under the building's name, the agency under the counter.
    await floor1.setViewportSize({ width: 1080, height: 1920 });
    expect(await floor1.getByTestId('display-zone').isVisible()).toBe(true);
    await floor1.screenshot({ path: join(SHOTS, 'display-zone-lantai-1-1080x1920.png') });
    await floor1.setViewportSize({ width: 1920, height: 1080 });
  });

  it("plans each call with the agency's short name after the counter, on the zone TV and the building TV", async () => {
    await expect.poll(() => spoken(floor1)).toEqual(['Nomor antrian A satu, silakan ke loket satu, Dukcapil.']);
    await expect.poll(() => spoken(floor2)).toEqual(['Nomor antrian I satu, silakan ke loket dua puluh sembilan, BPJS Kesehatan.']);
    await expect
      .poll(() => spoken(building))
      .toEqual(['Nomor antrian A satu, silakan ke loket satu, Dukcapil.', 'Nomor antrian I satu, silakan ke loket dua puluh sembilan, BPJS Kesehatan.']);
  });

  it('moves a TV to the other zone when the supervisor changes it', async () => {
    const tv = (await office.call('devices.list', {}, supervisor)).find((d) => d.zone === 'lantai-2');
    if (!tv) throw new Error('no Lantai 2 TV');
    await office.call('devices.setZone', { id: tv.id, zone: 'lantai-1' }, supervisor);
    // The TV reads its zone when the settings change, on reconnect and every minute; a reload shows it at once.
    await floor2.reload();
    await expect.poll(() => floor2.getByTestId('display-zone').textContent(), { timeout: 5_000 }).toBe('Lantai 1');
    await expect.poll(() => floor2.getByTestId('latest-call-label').textContent(), { timeout: 5_000 }).toBe('A-001');
    expect(await floor2.getByTestId('waiting-JKN').count()).toBe(0);
  });
});
