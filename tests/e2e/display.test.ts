import { createServer } from 'node:net';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { ServedOffice } from '../helpers/servedOffice';
import { testConfigInput } from '../helpers/testConfig';
import { mintTestToken } from '../helpers/token';

/**
 * The TV display against the built office: a visitor takes a number at /kiosk, the counter calls it
 * through the API, and the displays show it within a second and plan exactly the expected clips. Most
 * pages use ?sound=off so no real audio plays; the announcement log is the same either way.
 */

const RUNNING_TEXT = 'Pelayanan GRATIS. Siapkan KK asli sebelum dipanggil.';
const CALL_B112_AT_3 = ['chime', 'nomor-antrian', 'huruf-b', 'seratus', 'dua', 'belas', 'silakan-ke', 'loket', 'tiga'];
const RECALL_B112_AT_3 = ['chime', 'panggilan-ulang', ...CALL_B112_AT_3.slice(1)];

interface Logged {
  callId: number;
  clips: string[];
}

let office: ServedOffice;
let port: number;
let browser: Browser;
let supervisor: string;
let displayToken: string;
const counterToken: Record<number, string> = {};
/** The display paired through the real flow, and one paired by putting a token into its storage. */
let pairedDisplay: Page;
let tokenDisplay: Page;
/** The call id of B-112's first call. */
let firstCallId = 0;
const contexts: BrowserContext[] = [];
/** What the paired display's event stream did, to tell a lost push from a display that heard it and stayed silent. */
const pairedStream: string[] = [];

/** Records the page's event stream openings, closings and pushed calls. */
function traceEventStream(page: Page, into: string[]): void {
  page.on('websocket', (ws) => {
    into.push(`${new Date().toISOString()} open ${ws.url()}`);
    ws.on('framereceived', ({ payload }) => {
      if (String(payload).includes('ticket.called')) into.push(`${new Date().toISOString()} ${String(payload).slice(0, 160)}`);
    });
    ws.on('close', () => into.push(`${new Date().toISOString()} closed`));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function newContext(token?: string, b: Browser = browser): Promise<BrowserContext> {
  const context = await b.newContext({ viewport: { width: 1920, height: 1080 } });
  if (token) await context.addInitScript({ content: `localStorage.setItem('loket.token', ${JSON.stringify(token)})` });
  contexts.push(context);
  return context;
}

async function announcements(page: Page): Promise<Logged[]> {
  return JSON.parse((await page.getByTestId('announcement-log').getAttribute('data-announcements')) ?? 'null') as Logged[];
}

/**
 * The display's first sound state after 'probing', as the page reports it itself (a binding called from a
 * MutationObserver): asking the page would be a Playwright call into it, which counts as a user gesture.
 */
async function soundDecision(context: BrowserContext): Promise<{ decided: Promise<string> }> {
  let decide!: (state: string) => void;
  const decision = new Promise<string>((resolve) => (decide = resolve));
  await context.exposeFunction('reportSoundState', (state: string) => decide(state));
  // Page code, as text: the tests are typed for Node, without the DOM.
  await context.addInitScript({
    content: `
      let last;
      new MutationObserver(() => {
        const state = document.querySelector('[data-testid="display-board"]')?.dataset.sound;
        // Not 'probing': Playwright answers a binding call with a call into the page, itself a user gesture.
        if (state === undefined || state === 'probing' || state === last) return;
        last = state;
        void window.reportSoundState(state);
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-sound'] });
    `,
  });
  return { decided: decision };
}

async function latestCallId(): Promise<number> {
  const [latest] = await office.call('calls.recent', { limit: 1 }, supervisor);
  if (!latest) throw new Error('no call yet');
  return latest.callId;
}

function storedToken(page: Page): Promise<string | null> {
  return page.evaluate<string | null>("localStorage.getItem('loket.token')");
}

/** Resolves once the page shows `label` as the latest call; rejects after `timeoutMs`. */
function showsLatest(page: Page, label: string, timeoutMs: number): Promise<void> {
  return page.locator('[data-testid="latest-call-label"]', { hasText: new RegExp(`^${label}$`) }).waitFor({ timeout: timeoutMs });
}

/** Restarts the office process on the same data; `port` keeps the display's address. */
async function restart(port?: number): Promise<void> {
  await office.start(port === undefined ? {} : { LOKET_PORT: String(port) });
}

/** Every counter frees itself (start + finish) and calls the next ticket; returns the called label. */
async function callNext(counter: number): Promise<string> {
  const token = counterToken[counter];
  const snapshot = await office.call('queue.snapshot', {}, token);
  const current = snapshot.counters.find((c) => c.number === counter)?.current;
  if (current?.state === 'called') await office.call('tickets.start', { counter, ticketId: current.id }, token);
  if (current?.state === 'called' || current?.state === 'serving') await office.call('tickets.finish', { counter, ticketId: current.id }, token);
  const called = await office.call('counters.callNext', { counter }, token);
  if (!called.ticket) throw new Error(`nobody waits for counter ${counter}`);
  return called.ticket.label;
}

beforeAll(async () => {
  office = new ServedOffice(testConfigInput({ display: { runningText: { id: RUNNING_TEXT, en: RUNNING_TEXT }, recentCalls: 4 } }));
  supervisor = mintTestToken(office.dataDir, 'supervisor');
  displayToken = mintTestToken(office.dataDir, 'display');
  for (const n of [1, 2, 3]) counterToken[n] = mintTestToken(office.dataDir, 'counter', n);
  // A fixed port: the display's page must find the office at the same address after a restart.
  port = await freePort();
  await office.start({ LOKET_PORT: String(port) });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await office?.remove();
});

describe('the TV display', () => {
  it('shows an unpaired display a pairing code, and the board once a supervisor enters it', async () => {
    pairedDisplay = await (await newContext()).newPage();
    traceEventStream(pairedDisplay, pairedStream);
    await pairedDisplay.goto(`${office.url}/display?sound=off`);
    const code = (await pairedDisplay.getByTestId('pairing-code').textContent()) ?? '';
    expect(code).toMatch(/^\d{6}$/);
    expect(await pairedDisplay.getByText('Minta supervisor memasukkan kode ini di layar Supervisor › Perangkat').isVisible()).toBe(true);
    expect(await pairedDisplay.getByTestId('display-board').count()).toBe(0);

    expect(await office.call('devices.approve', { code }, supervisor)).toEqual({ role: 'display', label: 'Layar panggilan' });
    await pairedDisplay.getByTestId('display-board').waitFor({ timeout: 5_000 });
    const stored = await storedToken(pairedDisplay);
    expect(stored).toBeTruthy();
    expect(await office.call('calls.recent', { limit: 1 }, stored ?? '')).toEqual([]);
    expect(await pairedDisplay.getByTestId('running-text').textContent()).toContain(RUNNING_TEXT);
  });

  it('shows a call on every display within a second and plans exactly its clips', async () => {
    tokenDisplay = await (await newContext(displayToken)).newPage();
    await tokenDisplay.goto(`${office.url}/display?sound=off`);
    await tokenDisplay.getByTestId('display-board').waitFor();

    for (let i = 0; i < 111; i++) await office.call('tickets.issue', { serviceCode: 'KK' }, supervisor);
    const kiosk = await (await newContext()).newPage();
    await kiosk.goto(`${office.url}/kiosk`);
    await kiosk.getByTestId('service-KK').click();
    expect(await kiosk.getByTestId('ticket-number').textContent()).toBe('B-112');
    const ticket = (await office.call('queue.snapshot', {}, supervisor)).services
      .find((s) => s.code === 'KK')
      ?.waiting.find((t) => t.label === 'B-112');
    if (!ticket) throw new Error('B-112 is not waiting');

    await office.call('counters.open', { counter: 3 }, counterToken[3]);
    const sentAt = Date.now();
    await office.call('counters.callTicket', { counter: 3, ticketId: ticket.id, reason: 'uji tampilan' }, counterToken[3]);
    await Promise.all([showsLatest(pairedDisplay, 'B-112', 1_000), showsLatest(tokenDisplay, 'B-112', 1_000)]);
    expect(Date.now() - sentAt).toBeLessThan(1_000);
    expect(await pairedDisplay.getByTestId('latest-call-counter').textContent()).toBe('Loket 3');

    firstCallId = await latestCallId();
    for (const page of [pairedDisplay, tokenDisplay]) {
      await expect.poll(() => announcements(page)).toEqual([{ callId: firstCallId, clips: CALL_B112_AT_3 }]);
    }
  });

  it('announces a recall again and flashes the call anew', async () => {
    const before = await pairedDisplay.getByTestId('latest-call').getAttribute('data-call-id');
    const ticketId = (await office.call('queue.snapshot', {}, supervisor)).counters.find((c) => c.number === 3)?.current?.id;
    if (!ticketId) throw new Error('counter 3 has no ticket');
    await office.call('counters.recall', { counter: 3, ticketId }, counterToken[3]);
    const recallId = await latestCallId();

    expect(recallId).toBeGreaterThan(firstCallId);
    await expect.poll(() => announcements(pairedDisplay)).toEqual([
      { callId: firstCallId, clips: CALL_B112_AT_3 },
      { callId: recallId, clips: RECALL_B112_AT_3 },
    ]);
    expect(await pairedDisplay.getByTestId('latest-call').getAttribute('data-call-id')).not.toBe(before);
    expect(await pairedDisplay.getByTestId('latest-call').textContent()).toContain('Panggilan ulang');
  });

  it('shows the calls again after a reload without saying them again', async () => {
    await tokenDisplay.reload();
    await showsLatest(tokenDisplay, 'B-112', 5_000);
    // Settled: a call made after the reload is on the screen (pushed live, or read when the display's
    // event stream opened, which counts it as heard). Only that one may have been said since the reload:
    // nothing said before it was said again.
    const ticketId = (await office.call('queue.snapshot', {}, supervisor)).counters.find((c) => c.number === 3)?.current?.id;
    if (!ticketId) throw new Error('counter 3 has no ticket');
    await office.call('counters.recall', { counter: 3, ticketId }, counterToken[3]);
    const recallId = await latestCallId();
    await tokenDisplay.locator(`[data-testid="latest-call"][data-call-id="${recallId}"]`).waitFor({ timeout: 20_000 });
    expect((await announcements(tokenDisplay)).filter((said) => said.callId !== recallId)).toEqual([]);
    try {
      await expect.poll(async () => (await announcements(pairedDisplay)).at(-1), { timeout: 10_000 }).toEqual({ callId: recallId, clips: RECALL_B112_AT_3 });
    } catch (err) {
      throw new Error(`${(err as Error).message}\nthe paired display's event stream:\n${pairedStream.join('\n')}`, { cause: err });
    }
  });

  it('catches up after the office restarts, showing the calls made meanwhile without announcing them', async () => {
    const saidBefore = await announcements(pairedDisplay);
    const heardBefore = saidBefore.length;
    await office.stop();
    await pairedDisplay.getByText('Menghubungkan ulang…').waitFor({ timeout: 5_000 });

    // Meanwhile the office runs elsewhere (another port, same data) and two counters call.
    await restart();
    await office.call('tickets.issue', { serviceCode: 'KTP' }, supervisor);
    await office.call('tickets.issue', { serviceCode: 'KTP' }, supervisor);
    await office.call('counters.open', { counter: 1 }, counterToken[1]);
    await office.call('counters.open', { counter: 2 }, counterToken[2]);
    const first = await callNext(1);
    const second = await callNext(2);
    // Counter 2 serves KK too, whose B-001 has waited longest.
    expect([first, second]).toEqual(['A-001', 'B-001']);
    await office.stop();

    await restart(port);
    await showsLatest(pairedDisplay, second, 15_000);
    await pairedDisplay.getByText('Menghubungkan ulang…').waitFor({ state: 'detached', timeout: 5_000 });
    expect(await pairedDisplay.getByTestId('recent-calls').textContent()).toContain(first);
    // The reconnect has counted the calls made meanwhile as heard (the display stores the newest it heard).
    const caughtUp = String(await latestCallId());
    await expect.poll(() => pairedDisplay.evaluate("localStorage.getItem('loket.display.lastHeardCallId')")).toBe(caughtUp);

    // Live calls are spoken again, and only they: the calls made while it was away were shown, not said.
    await office.call('tickets.issue', { serviceCode: 'KTP' }, supervisor);
    const live = await callNext(1);
    await showsLatest(pairedDisplay, live, 1_000);
    const logged = await announcements(pairedDisplay);
    expect(logged.slice(0, heardBefore)).toEqual(saidBefore);
    expect(logged).toHaveLength(heardBefore + 1);
    expect(live).toBe('A-002');
    expect(logged.at(-1)).toEqual({
      callId: await latestCallId(),
      clips: ['chime', 'nomor-antrian', 'huruf-a', 'dua', 'silakan-ke', 'loket', 'satu'],
    });
  });

  it('goes back to pairing when its credential is revoked', async () => {
    const devices = await office.call('devices.list', {}, supervisor);
    const paired = devices.find((d) => d.role === 'display' && d.label === 'Layar panggilan');
    if (!paired) throw new Error(`no paired display in ${JSON.stringify(devices)}`);
    await office.call('devices.revoke', { id: paired.id }, supervisor);
    await office.call('tickets.issue', { serviceCode: 'KK' }, supervisor);
    await pairedDisplay.getByTestId('pairing-code').waitFor({ timeout: 20_000 });
    expect(await storedToken(pairedDisplay)).toBeNull();
  });
});

describe('sound on the TV display', () => {
  it('asks for a tap before a browser lets it speak, and still shows calls meanwhile', async () => {
    const context = await newContext(displayToken);
    const { decided } = await soundDecision(context);
    const page = await context.newPage();
    await page.goto(`${office.url}/display`);
    // Left alone until the page has decided: Playwright's own page calls count as user gestures, which would unmute it.
    expect(await decided).toBe('blocked');
    await page.getByTestId('sound-overlay').waitFor();
    expect(await page.getByTestId('sound-overlay').textContent()).toContain('Ketuk layar untuk mengaktifkan suara');
    await showsLatest(page, 'A-002', 5_000);
    expect(await page.getByTestId('latest-call-label').textContent()).toBe('A-002');

    await page.mouse.click(960, 540);
    await page.getByTestId('sound-overlay').waitFor({ state: 'detached' });
    expect(await page.getByTestId('display-board').getAttribute('data-sound')).toBe('on');
  });

  it('speaks without a tap where autoplay is allowed (the Electron display window sets the same flag)', async () => {
    const autoplay = await launchChromium({ autoplay: true });
    try {
      const page = await (await newContext(displayToken, autoplay)).newPage();
      await page.goto(`${office.url}/display`);
      // The probe waits for its clip behind the voice pack's preloading; its answer, not its speed, is tested.
      await page.locator('[data-testid="display-board"]:not([data-sound="probing"])').waitFor({ timeout: 15_000 });
      expect(await page.getByTestId('display-board').getAttribute('data-sound')).toBe('on');
      expect(await page.getByTestId('sound-overlay').count()).toBe(0);
    } finally {
      await autoplay.close();
    }
  });
});
