import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { SHOTS } from '../helpers/screenshots';
import { ServedOffice } from '../helpers/servedOffice';
import { signInByName } from '../helpers/staffSignIn';
import { mppConfigInput } from '../helpers/mppConfig';

/**
 * The supervisors of a Mal Pelayanan Publik in Chromium: the building's supervisor gives a new account to
 * Samsat; Samsat's supervisor then sees only Samsat's tabs, queue and staff, and the office refuses it the
 * building's business even when asked directly.
 */
const BUILDING_PIN = '482915';
const SAMSAT_PIN = '730514';

let office: ServedOffice;
let browser: Browser;

beforeAll(async () => {
  office = new ServedOffice(mppConfigInput() as unknown as Record<string, unknown>);
  await office.start();
  await office.call('auth.setup', { setupCode: office.setupCode(), name: 'Manajer Gedung', pin: BUILDING_PIN });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await office?.remove();
});

async function signIn(name: string, pin: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await signInByName(page, `${office.url}/supervisor`, name, pin);
  await page.getByTestId('monitor').waitFor();
  return page;
}

describe('supervisors of a Mal Pelayanan Publik', () => {
  it("the building's supervisor adds a supervisor for Samsat, who then sees and changes only Samsat", async () => {
    await office.call('tickets.issue', { serviceCode: 'KTP' });
    await office.call('tickets.issue', { serviceCode: 'PKB' });

    const manager = await signIn('Manajer Gedung', BUILDING_PIN);
    await manager.getByTestId('tab-staff').click();
    await manager.getByTestId('staff-name').fill('Kepala Samsat');
    await manager.getByTestId('staff-role-supervisor').check();
    await manager.getByTestId('staff-agency').selectOption('SAMSAT');
    await manager.getByTestId('staff-pin').fill(SAMSAT_PIN);
    await manager.getByTestId('staff-pin-again').fill(SAMSAT_PIN);
    await manager.getByTestId('staff-submit').click();
    await expect.poll(() => manager.locator('table').textContent()).toContain('Kepala Samsat');
    expect(await manager.locator('tr', { hasText: 'Kepala Samsat' }).textContent()).toContain('Samsat');

    const samsat = await signIn('Kepala Samsat', SAMSAT_PIN);
    const tabs = await samsat.locator('[data-testid^="tab-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(tabs).toEqual(['tab-monitor', 'tab-stats', 'tab-settings', 'tab-staff']);
    await expect.poll(() => samsat.locator('header').first().textContent()).toContain('Supervisor · Samsat');
    await expect.poll(() => samsat.getByTestId('monitor').textContent()).toContain('Pajak kendaraan');
    expect(await samsat.getByTestId('monitor').textContent()).not.toContain('KTP-el');
    expect(await samsat.getByTestId('monitor').textContent()).not.toContain('Loket 1');
    expect(await samsat.getByTestId('reprint-last').count()).toBe(0);
    await samsat.screenshot({ path: join(SHOTS, 'supervisor-mpp-agency-1366x768.png') });
    await samsat.getByTestId('tab-stats').click();
    // Today's figures: Samsat's one ticket, not the building's two.
    await samsat.getByTestId('kpi-cards').waitFor({ timeout: 15_000 });
    const services = await samsat.getByTestId('filter-service').locator('option').allTextContents();
    expect(services.some((name) => name.includes('Pajak kendaraan'))).toBe(true);
    expect(services.some((name) => name.includes('KTP-el'))).toBe(false);
    await samsat.screenshot({ path: join(SHOTS, 'supervisor-mpp-agency-stats-1366x768.png') });
    await samsat.getByTestId('tab-staff').click();
    await expect.poll(() => samsat.locator('table').textContent()).toContain('Kepala Samsat');
    expect(await samsat.locator('table').textContent()).not.toContain('Manajer Gedung');
    // No agency choice for an agency's supervisor: its new accounts are Samsat's.
    expect(await samsat.getByTestId('staff-agency').count()).toBe(0);

    // Asked directly, with its own session, the office refuses it the building's business.
    const token = await samsat.evaluate<string | null>("localStorage.getItem('loket.token')");
    expect(token).toBeTruthy();
    const answer = await office.post('devices.list', {}, token ?? '');
    expect([answer.status, answer.json.error.code]).toEqual([403, 'forbidden']);
    expect((await office.post('monitor.live', {}, token ?? '')).json.result.services.map((s: { serviceCode: string }) => s.serviceCode)).toEqual(['PKB']);
  });
});
