import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../helpers/accessibility';
import { launchChromium } from '../helpers/browser';
import { ServedOffice } from '../helpers/servedOffice';
import { testConfigInput } from '../helpers/testConfig';
import { mintTestToken } from '../helpers/token';
import { SHOTS } from '../helpers/screenshots';

/**
 * The supervisor dashboard as an office head reads it (issue 15), on an office without a ticket printer:
 * the Monitor alerts when people wait and no counter serves them, names a missing printer as such, the
 * header names the supervisor, the staff form shows its own refusal, Sinkronisasi says days not rows, and
 * an IKM grade from one respondent carries a small-sample note.
 */
const SUPERVISOR = { name: 'Kepala Uji', pin: '730514' };

let office: ServedOffice;
let browser: Browser;
let token: string;
let page: Page;
const counterTokens = new Map<number, string>();

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });
const text = (p: Page, testId: string) => async () => (await p.getByTestId(testId).allTextContents())[0] ?? null;

beforeAll(async () => {
  office = new ServedOffice(testConfigInput());
  for (const n of [1, 2, 3]) counterTokens.set(n, mintTestToken(office.dataDir, 'counter', n));
  await office.start();
  token = (await office.call('auth.setup', { setupCode: office.setupCode(), name: SUPERVISOR.name, pin: SUPERVISOR.pin })).token;
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  await context.addInitScript({ content: `localStorage.setItem('loket.token', ${JSON.stringify(token)})` });
  // What the charts draw on their canvases, with the font of each text: read back by the statistics test.
  await context.addInitScript({
    content: `window.__drawn = []; const fill = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (text, x, y, max) { window.__drawn.push({ text: String(text), font: this.font }); return fill.call(this, text, x, y, max); };`,
  });
  page = await context.newPage();
  await page.goto(`${office.url}/supervisor`);
  await page.getByTestId('monitor').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await office?.remove();
});

async function openTab(id: string, marker: string): Promise<void> {
  await page.getByTestId(`tab-${id}`).click();
  await page.getByTestId(marker).waitFor();
}

describe('the supervisor dashboard, as an office head reads it', () => {
  it('names the supervisor as such in the header', async () => {
    expect(await page.locator('.staff-header-person').textContent()).toBe(`Supervisor: ${SUPERVISOR.name}`);
    expect(await page.textContent('header')).not.toContain('Petugas');
  });

  it('alerts when people wait and no open counter serves them, not only after a wait passes its target', async () => {
    await openTab('monitor', 'monitor');
    await poll(text(page, 'monitor-no-alerts')).toBe('Semua berjalan normal: tidak ada peringatan.');
    await expectAccessible(page, 'supervisor monitor: calm');

    for (let i = 0; i < 7; i++) await office.call('tickets.issue', { serviceCode: i < 4 ? 'KTP' : 'KK' });
    await poll(text(page, 'monitor-alerts')).toContain('Antrian KTP-el: 4 orang menunggu, tetapi tidak ada loket buka yang melayani layanan ini');
    await poll(text(page, 'monitor-alerts')).toContain('Antrian Kartu Keluarga: 3 orang menunggu');
    expect(await page.getByTestId('monitor-no-alerts').count()).toBe(0);
    expect(await page.getByTestId('alert-no_counter_open').first().getAttribute('class')).toContain('alert-item--critical');
    await expectAccessible(page, 'supervisor monitor: people waiting, every counter closed');
    await page.screenshot({ path: `${SHOTS}/supervisor-monitor-unserved-1920x1080.png` });

    // Counter 2 serves KTP and KK: once it opens, nobody is left without a counter.
    await office.call('counters.open', { counter: 2 }, counterTokens.get(2));
    await poll(() => page.getByTestId('alert-no_counter_open').count()).toBe(0);
    await poll(text(page, 'monitor-alerts')).toContain('Loket 2 buka tetapi tidak memanggil');
  });

  it('says no printer is set up, in a plain colour, instead of an alarm', async () => {
    await openTab('monitor', 'monitor');
    await poll(text(page, 'monitor-printer')).toBe('Tidak ada printer tiket yang dipasang (atur di Pengaturan → Printer tiket)');
    const cls = (await page.getByTestId('monitor-printer').getAttribute('class')) ?? '';
    expect(cls).not.toContain('fact--over');
    expect(await page.textContent('body')).not.toContain('Belum diketahui');
  });

  it('shows a refused new staff member inside the form that made it', async () => {
    await openTab('staff', 'add-staff-form');
    await page.getByTestId('staff-name').fill('Dewi Manu');
    await page.getByTestId('staff-pin').fill('1111');
    await page.getByTestId('staff-pin-again').fill('1111');
    await page.getByTestId('staff-submit').click();
    await poll(text(page, 'add-staff-notice')).toContain('terlalu mudah ditebak');
    // Inside the form's box, just above its button: where the supervisor is looking.
    const form = await page.getByTestId('add-staff-form').boundingBox();
    const notice = await page.getByTestId('add-staff-notice').boundingBox();
    const submit = await page.getByTestId('staff-submit').boundingBox();
    if (!form || !notice || !submit) throw new Error('the form is not on screen');
    expect(notice.x).toBeGreaterThanOrEqual(form.x);
    expect(notice.x + notice.width).toBeLessThanOrEqual(form.x + form.width);
    expect(notice.y).toBeGreaterThanOrEqual(form.y);
    expect(notice.y + notice.height).toBeLessThanOrEqual(submit.y);
    expect(submit.y - (notice.y + notice.height)).toBeLessThan(40);
    expect(await page.getByTestId('staff-notice').count()).toBe(0);
    await expectAccessible(page, 'supervisor staff: refused PIN');
    await page.screenshot({ path: `${SHOTS}/supervisor-staff-refused-1920x1080.png` });
  });

  it('says how many days of figures the city has not received, never a row count', async () => {
    await openTab('sync', 'sync-status');
    await poll(text(page, 'sync-pending')).toMatch(/^(Data 1 hari \(.+\)|Tidak ada: semua data sudah terkirim)$/);
    expect(await page.getByTestId('sync-status').textContent()).not.toMatch(/baris/i);
    await expectAccessible(page, 'supervisor sync');
    await page.screenshot({ path: `${SHOTS}/supervisor-sync-1920x1080.png` });
  });

  it('notes that an IKM grade from one respondent is not yet representative', async () => {
    const counter = counterTokens.get(2);
    const two = (await office.call('queue.snapshot', {}, token)).counters.find((c) => c.number === 2);
    if (two?.state !== 'open') await office.call('counters.open', { counter: 2 }, counter);
    if ((await office.call('queue.snapshot', {}, token)).services.every((s) => s.waiting.length === 0)) await office.call('tickets.issue', { serviceCode: 'KTP' });
    const called = (await office.call('counters.callNext', { counter: 2 }, counter)).ticket;
    if (!called) throw new Error('nobody to call');
    await office.call('tickets.start', { counter: 2, ticketId: called.id }, counter);
    await office.call('tickets.finish', { counter: 2, ticketId: called.id }, counter);
    await office.call('ratings.survey', { answers: { U1: 2, U2: 2, U3: 3, U4: 2, U5: 3, U6: 2, U7: 2, U8: 3, U9: 2 }, ticketRef: called.label }, token);

    await openTab('stats', 'stats');
    await poll(text(page, 'ikm-small-sample')).toBe(
      'Sampel kecil: baru 1 responden, minimal 30. Mutu ini belum mewakili.',
    );
    await page.getByTestId('chart-heatmap').waitFor();
    // What the canvases really drew: every label at 14 px or more (the heatmap's were ~11 px), the heatmap's
    // weekdays and the wait chart's legend entry for bars over the target among them.
    const drawn = await page.evaluate<{ text: string; font: string }[]>('window.__drawn');
    const texts = drawn.map((d) => d.text);
    expect(texts).toEqual(expect.arrayContaining(['Sen', 'Min', 'Jam', 'Tunggu rata-rata di atas target']));
    const small = drawn.filter((d) => Number(/(\d+(?:\.\d+)?)px/.exec(d.font)?.[1] ?? 0) < 14);
    expect(small).toEqual([]);
    await expectAccessible(page, 'supervisor statistics');
    await page.screenshot({ path: `${SHOTS}/supervisor-stats-1920x1080.png`, fullPage: true });
  });
});
