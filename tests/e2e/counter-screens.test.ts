import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../helpers/accessibility';
import { launchChromium } from '../helpers/browser';
import { ServedOffice } from '../helpers/servedOffice';
import { testConfigInput } from '../helpers/testConfig';
import { SHOTS } from '../helpers/screenshots';

/**
 * The counter desk as a clerk meets it (issue 15): a no-show asks first, closing says what it leaves
 * behind, the call timer survives a recall, the open button says what it does, and a key that cannot act
 * says why. Test counters: 1 serves KTP, 2 serves KTP and KK, 3 serves AKTA and KK. Screenshots go to
 * SHOTS (tests/helpers/screenshots.ts).
 */
const SUPERVISOR_PIN = '730514';
const ANA = { name: 'Ana Tefa', pin: '481526' };

let office: ServedOffice;
let browser: Browser;
let supervisor: string;
let page: Page | null = null;

beforeAll(async () => {
  office = new ServedOffice(testConfigInput());
  await office.start();
  supervisor = (await office.call('auth.setup', { setupCode: office.setupCode(), name: 'Kepala Uji', pin: SUPERVISOR_PIN })).token;
  await office.call('staff.create', { name: ANA.name, role: 'counter', pin: ANA.pin }, supervisor);
  browser = await launchChromium();
});

// Each test starts from an empty queue and closed counters.
afterEach(async () => {
  await page?.context().close();
  page = null;
  const { services, counters } = await office.call('queue.snapshot', {}, supervisor);
  for (const { number, current } of counters) {
    if (current?.state === 'called') await office.call('tickets.noShow', { counter: number, ticketId: current.id }, supervisor);
    if (current?.state === 'serving') await office.call('tickets.finish', { counter: number, ticketId: current.id }, supervisor);
  }
  for (const t of services.flatMap((s) => [...s.waiting, ...s.held])) await office.call('tickets.cancel', { ticketId: t.id, reason: 'test cleanup' }, supervisor);
  for (const { number, state } of (await office.call('queue.snapshot', {}, supervisor)).counters) {
    if (state !== 'closed') await office.call('counters.close', { counter: number }, supervisor);
  }
});

afterAll(async () => {
  await browser?.close();
  await office?.remove();
});

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });
const text = (p: Page, testId: string) => async () => (await p.getByTestId(testId).allTextContents())[0] ?? null;
const issue = (serviceCode: string) => office.call('tickets.issue', { serviceCode });
const ticketState = async (ticketId: string) => (await office.call('tickets.get', { ticketId })).state;

async function signIn(counter: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  page = await context.newPage();
  await page.goto(`${office.url}/counter`);
  await page.getByTestId(`choose-counter-${counter}`).click();
  await page.getByRole('button', { name: ANA.name, exact: true }).click();
  await page.getByTestId('pin-submit').waitFor();
  await page.keyboard.type(ANA.pin);
  await page.keyboard.press('Enter');
  await page.getByTestId('counter-desk').waitFor();
  await page.getByTestId('counter-state').waitFor();
  return page;
}

async function press(p: Page, key: string, action: string): Promise<void> {
  await poll(() => p.getByTestId(`action-${action}`).isEnabled()).toBe(true);
  await p.keyboard.press(key);
}

async function open(p: Page): Promise<void> {
  await press(p, 'o', 'open');
  await poll(text(p, 'counter-state')).toBe('Buka');
}

/** A dialog lies wholly inside the window, and none of its text runs out of its box. */
async function expectDialogFits(p: Page, testId: string): Promise<void> {
  const box = await p.getByTestId(testId).boundingBox();
  const viewport = p.viewportSize();
  if (!box || !viewport) throw new Error(`${testId} is not on screen`);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  const overflowing = await p
    .getByTestId(testId)
    .locator('p, button, h2')
    .evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent));
  expect(overflowing).toEqual([]);
}

/** Seconds shown by a "m:ss" timer. */
async function timerSeconds(p: Page, testId: string): Promise<number> {
  const [m, s] = ((await p.getByTestId(testId).textContent()) ?? '').split(':').map(Number);
  return (m ?? 0) * 60 + (s ?? 0);
}

describe('the counter desk, as a clerk meets it', () => {
  it('asks before a no-show: X opens a confirmation, Esc keeps the visitor, Enter confirms', async () => {
    const p = await signIn(1);
    await open(p);
    const t = await issue('KTP');
    await press(p, ' ', 'callNext');
    await poll(text(p, 'current-label')).toBe(t.label);

    await p.keyboard.press('x');
    await p.getByTestId('confirm-dialog').waitFor();
    expect(await p.getByTestId('confirm-dialog').getByRole('heading').textContent()).toBe(`Tandai ${t.label} tidak hadir?`);
    expect(await ticketState(t.id)).toBe('called');
    await expectDialogFits(p, 'confirm-dialog');
    await expectAccessible(p, 'counter: no-show confirmation');
    await p.screenshot({ path: `${SHOTS}/counter-noshow-confirm-1366x768.png` });

    await p.keyboard.press('Escape');
    await p.getByTestId('confirm-dialog').waitFor({ state: 'detached' });
    expect(await ticketState(t.id)).toBe('called');
    expect(await p.getByTestId('current-label').textContent()).toBe(t.label);

    await p.keyboard.press('x');
    await p.getByTestId('confirm-dialog').waitFor();
    await p.keyboard.press('Enter');
    await poll(() => ticketState(t.id)).toBe('no_show');
    await poll(text(p, 'current-ticket')).toContain('Belum ada nomor');
  });

  it('counts "Sejak dipanggil" from the first call, through a recall', async () => {
    const p = await signIn(1);
    await open(p);
    const t = await issue('KTP');
    await press(p, 'n', 'callNext');
    await poll(text(p, 'current-label')).toBe(t.label);
    await poll(() => timerSeconds(p, 'since-called')).toBeGreaterThanOrEqual(2);

    await press(p, 'r', 'recall');
    await poll(text(p, 'recall-count')).toBe('1×');
    expect(await timerSeconds(p, 'since-called')).toBeGreaterThanOrEqual(2);
    // A reload after the recall still counts from the first call.
    await p.reload();
    await p.getByTestId('since-called').waitFor();
    expect(await timerSeconds(p, 'since-called')).toBeGreaterThanOrEqual(2);
    await expectAccessible(p, 'counter: a recalled ticket');
  });

  it('names the open button for what it does: "Buka loket" when closed, "Selesai istirahat" on a break', async () => {
    const p = await signIn(2);
    await poll(text(p, 'counter-state')).toBe('Tutup');
    expect(await p.getByTestId('action-open').locator('.action-label').textContent()).toBe('Buka loket');
    expect(await p.textContent('body')).not.toContain('Buka kembali');
    await expectAccessible(p, 'counter: closed desk');
    await p.screenshot({ path: `${SHOTS}/counter-closed-1366x768.png` });

    await open(p);
    await press(p, 'p', 'pause');
    await p.getByTestId('pause-istirahat').click();
    await poll(() => p.getByTestId('action-open').locator('.action-label').textContent()).toBe('Selesai istirahat');
    await expectAccessible(p, 'counter: on a break');
  });

  it('says why Space called nobody: a closed counter, a break, nobody waiting', async () => {
    const p = await signIn(1);
    await poll(text(p, 'counter-state')).toBe('Tutup');
    await issue('KTP');
    await p.keyboard.press(' ');
    await poll(text(p, 'desk-notice')).toBe('Loket tutup: tidak ada yang dipanggil. Tekan O untuk membuka loket.×');
    await expectAccessible(p, 'counter: Space on a closed counter');
    await p.screenshot({ path: `${SHOTS}/counter-space-closed-1366x768.png` });

    await open(p);
    await press(p, 'p', 'pause');
    await p.getByTestId('pause-istirahat').click();
    await poll(text(p, 'counter-state')).toContain('Istirahat');
    await p.keyboard.press(' ');
    await poll(text(p, 'desk-notice')).toContain('Loket sedang istirahat');

    await press(p, 'o', 'open');
    await poll(text(p, 'counter-state')).toBe('Buka');
    const waiting = (await office.call('queue.snapshot', {}, supervisor)).services.flatMap((s) => s.waiting);
    for (const t of waiting) await office.call('tickets.cancel', { ticketId: t.id, reason: 'test' }, supervisor);
    await poll(text(p, 'waiting-KTP')).toBe('0 menunggu');
    await p.keyboard.press(' ');
    await poll(text(p, 'desk-notice')).toContain('Belum ada yang menunggu untuk layanan loket ini.');
  });

  it('will not close over a held ticket, and names the people left waiting', async () => {
    const p = await signIn(1);
    await open(p);
    const held = await issue('KTP');
    const next = await issue('KTP');
    await press(p, 'n', 'callNext');
    await poll(text(p, 'current-label')).toBe(held.label);
    await press(p, 'h', 'hold');
    await p.getByTestId(`resume-${held.label}`).waitFor();

    await p.getByTestId('action-close').click();
    await p.getByTestId('close-dialog').waitFor();
    expect(await p.getByTestId('close-held').textContent()).toContain(`Nomor ${held.label} ditahan di loket ini`);
    expect(await p.getByTestId('close-waiting').textContent()).toBe(
      'Masih menunggu untuk layanan loket ini: 1 orang, dan tidak ada loket lain yang buka untuk mereka. Beri tahu supervisor sebelum menutup.',
    );
    expect(await p.getByTestId('close-dialog').getByTestId('confirm-yes').count()).toBe(0);
    await expectDialogFits(p, 'close-dialog');
    await expectAccessible(p, 'counter: closing refused over a held ticket');
    await p.screenshot({ path: `${SHOTS}/counter-close-held-1366x768.png` });
    await p.keyboard.press('Escape');

    // The core refuses it too, whoever asks.
    expect((await office.post('counters.close', { counter: 1 }, supervisor)).json.error.code).toBe('counter_busy');

    // Called back and marked no-show, the counter may close; another open counter is named.
    await office.call('counters.open', { counter: 2 }, supervisor);
    await p.getByTestId(`resume-${held.label}`).click();
    await poll(text(p, 'current-label')).toBe(held.label);
    await p.keyboard.press('x');
    await p.getByTestId('confirm-yes').click();
    await poll(() => ticketState(held.id)).toBe('no_show');
    await press(p, 'n', 'callNext');
    // The next visitor on the desk, not merely the held one gone (an empty desk would pass that too).
    await poll(text(p, 'current-label')).toBe(next.label);
    await p.keyboard.press('x');
    await p.getByTestId('confirm-yes').click();
    await poll(text(p, 'current-ticket')).toContain('Belum ada nomor');
    await issue('KTP');
    await poll(text(p, 'waiting-KTP')).toBe('1 menunggu');
    await p.getByTestId('action-close').click();
    await p.getByTestId('close-dialog').waitFor();
    expect(await p.getByTestId('close-waiting').textContent()).toBe('Masih menunggu untuk layanan loket ini: 1 orang. Loket lain yang buka untuk mereka: 1.');
    await expectAccessible(p, 'counter: closing with people waiting');
    await p.getByTestId('confirm-yes').click();
    await poll(text(p, 'counter-state')).toBe('Tutup');
  });
});
