import { request } from 'node:http';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createOfficeServices } from '../../src/main/office';
import { Store } from '../../src/main/store/store';
import { UNSUR_CODES } from '../../src/shared/skm';
import type { VirtualPrinter } from '../../tools/virtual-printer/virtual-printer';
import { expectAccessible } from '../helpers/accessibility';
import { launchChromium } from '../helpers/browser';
import { FakeClock } from '../helpers/fakeClock';
import { ServedOffice } from '../helpers/servedOffice';
import { testConfig, testConfigInput } from '../helpers/testConfig';
import { mintTestToken } from '../helpers/token';
import { FAST_TIMEOUTS, virtualPrinter } from '../integration/printer/helpers';
import { SHOTS } from '../helpers/screenshots';

/**
 * A visitor's own phone (360×800, touch) on the office Wi-Fi: the ticket from the kiosk, its QR code
 * opened, the queue moving, the call, the rating, and the refusals. The office prints to the virtual
 * printer, so the address the phone opens is the one read back from the printed QR code.
 */
const SURVEY = { U1: 4, U2: 3, U3: 4, U4: 4, U5: 3, U6: 4, U7: 4, U8: 3, U9: 4 } as const;

let vp: VirtualPrinter;
let office: ServedOffice;
let browser: Browser;
let port = 0;
let counterToken: string;
let supervisorToken: string;
let yesterdaysCode = '';
const contexts: BrowserContext[] = [];

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const p = (server.address() as { port: number }).port;
  await new Promise((r) => server.close(r));
  return p;
}

beforeAll(async () => {
  vp = await virtualPrinter();
  port = await freePort();
  const lan = { publicUrl: `http://localhost:${port}` };
  const printer = { transport: { type: 'tcp', host: '127.0.0.1', port: vp.port }, statusPollIntervalMs: 1000, timeouts: FAST_TIMEOUTS };
  office = new ServedOffice(testConfigInput({ lan, printer }));
  // A ticket of yesterday, issued before this start: its code must open nothing today.
  const store = Store.open(office.dataDir);
  try {
    const yesterday = createOfficeServices(store, testConfig({ lan }), new FakeClock(Date.now() - 26 * 3600_000), null);
    const old = yesterday.core.issue({ serviceCode: 'KK' });
    yesterdaysCode = yesterday.core.phoneCodeOf(old.id) as string;
    yesterday.phoneLive.close();
    yesterday.speech.close();
  } finally {
    store.close();
  }
  counterToken = mintTestToken(office.dataDir, 'counter', 1);
  await office.start({ LOKET_PORT: String(port) });
  supervisorToken = (await office.call('auth.setup', { setupCode: office.setupCode(), name: 'Kepala Dinas', pin: '482915' })).token;
  await office.call('counters.open', { counter: 1 }, counterToken);
  browser = await launchChromium();
});

afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

afterAll(async () => {
  await browser?.close();
  await office?.remove();
  await vp?.close();
});

/** A phone: small screen, touch, and a record of its vibrations (what a test can observe of the buzz). */
async function phone(url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
  contexts.push(context);
  await context.addInitScript(() => {
    const w = globalThis as unknown as { __vibrations: unknown[]; navigator: object };
    w.__vibrations = [];
    Object.defineProperty(w.navigator, 'vibrate', { value: (pattern: unknown) => (w.__vibrations.push(pattern), true) });
  });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

const vibrations = (page: Page) => page.evaluate(() => (globalThis as unknown as { __vibrations: unknown[] }).__vibrations.length);

/** Counter 1 serves this ticket to the end, whoever else waits. */
async function serve(ticketId: string): Promise<void> {
  await office.call('counters.callTicket', { counter: 1, ticketId, reason: 'test' }, counterToken);
  await office.call('tickets.start', { counter: 1, ticketId }, counterToken);
  await office.call('tickets.finish', { counter: 1, ticketId }, counterToken);
}

async function serveNext(): Promise<string> {
  const called = await office.call('counters.callNext', { counter: 1 }, counterToken);
  const id = called.ticket!.id;
  await office.call('tickets.start', { counter: 1, ticketId: id }, counterToken);
  await office.call('tickets.finish', { counter: 1, ticketId: id }, counterToken);
  return id;
}

/** The address in the QR code of the ticket printed last. */
function lastPrintedAddress(): string {
  const qr = vp.tickets.at(-1)?.document.blocks.find((b) => b.kind === 'qr');
  return qr && qr.kind === 'qr' ? qr.payload : '';
}

function shot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: `${SHOTS}/phone-${name}-360x800.png` });
}

describe("following a ticket on the visitor's phone", () => {
  it('issues at the kiosk, follows the queue, rings at the call, and rates once; the IKM counts it', async () => {
    // Two people ahead, then the visitor at the kiosk.
    await office.call('tickets.issue', { serviceCode: 'KTP' });
    await office.call('tickets.issue', { serviceCode: 'KTP' });
    const kiosk = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await kiosk.goto(`${office.url}/kiosk`);
    const printed = vp.tickets.length;
    await kiosk.getByTestId('service-KTP').click();
    const label = (await kiosk.getByTestId('ticket-number').textContent()) ?? '';
    await expect.poll(() => vp.tickets.length).toBe(printed + 1);
    const address = lastPrintedAddress();
    expect(address).toMatch(new RegExp(`^http://localhost:${port}/t/[0-9A-Z]{13}$`));
    await kiosk.close();

    const page = await phone(address);
    await expect.poll(() => page.getByTestId('phone-number').textContent()).toBe(label);
    expect(await page.getByTestId('phone-service').textContent()).toBe('KTP-el');
    await expect.poll(() => page.getByTestId('phone-ahead').textContent()).toBe('2 orang');
    expect(await page.getByTestId('phone-wait').textContent()).toBe('± 10 menit');
    await page.getByTestId('phone-live').filter({ hasText: 'Diperbarui langsung' }).waitFor();
    await expectAccessible(page, 'phone page, waiting');
    await shot(page, 'waiting');

    await page.getByTestId('phone-enable-alerts').tap();
    await page.getByTestId('phone-alerts-on').waitFor();
    expect(await vibrations(page)).toBe(1);

    await serveNext();
    await expect.poll(() => page.getByTestId('phone-ahead').textContent()).toBe('1 orang');
    await serveNext();
    await expect.poll(() => page.getByTestId('phone-ahead').textContent()).toBe('Anda berikutnya');
    await expectAccessible(page, 'phone page, next');

    // The call: full screen, sound and vibration.
    const called = await office.call('counters.callNext', { counter: 1 }, counterToken);
    expect(called.ticket?.label).toBe(label);
    await page.getByTestId('phone-call').waitFor();
    expect(await page.getByTestId('phone-call-go').textContent()).toBe('Silakan ke Loket 1');
    expect(await vibrations(page)).toBe(2);
    await expectAccessible(page, 'phone page, called');
    await shot(page, 'called');
    await page.getByTestId('phone-call-ok').tap();
    await page.getByTestId('phone-state').filter({ hasText: 'Silakan ke Loket 1' }).waitFor();
    expect(await page.getByTestId('phone-call').count()).toBe(0);

    // A recall rings again.
    await office.call('counters.recall', { counter: 1, ticketId: called.ticket!.id }, counterToken);
    await page.getByTestId('phone-call').filter({ hasText: 'Anda dipanggil lagi' }).waitFor();
    expect(await vibrations(page)).toBe(3);
    await page.getByTestId('phone-call-ok').tap();

    await office.call('tickets.start', { counter: 1, ticketId: called.ticket!.id }, counterToken);
    await page.getByTestId('phone-state').filter({ hasText: 'Sedang dilayani di Loket 1' }).waitFor();
    await office.call('tickets.finish', { counter: 1, ticketId: called.ticket!.id }, counterToken);
    await page.getByTestId('phone-rate-start').waitFor();
    expect(await page.getByTestId('phone-state').textContent()).toBe('Layanan selesai. Terima kasih atas kunjungan Anda!');
    await expectAccessible(page, 'phone page, finished: invitation to rate');
    await shot(page, 'finished');

    // The one-tap rating, then the full SKM, as on the rating tablet.
    await page.getByTestId('phone-rate-start').tap();
    await page.getByTestId('phone-face-very-happy').tap();
    await page.getByTestId('phone-survey-yes').tap();
    for (const [i, code] of UNSUR_CODES.entries()) {
      await page.getByTestId('phone-question').waitFor();
      expect(await page.getByTestId('phone-progress').textContent()).toContain(`${i + 1} dari 9`);
      if (i === 2) {
        await expectAccessible(page, 'phone page, survey question');
        await shot(page, 'question');
      }
      await page.getByTestId(`phone-answer-${SURVEY[code]}`).tap();
    }
    await page.getByTestId('phone-profile-P').tap();
    for (let i = 0; i < 3; i++) await page.getByTestId('phone-profile-skip').tap();
    await page.getByTestId('phone-thanks').waitFor();
    await expectAccessible(page, 'phone page, thanks');
    await shot(page, 'thanks');

    // Counted in the IKM exactly like a tablet's survey, with its channel.
    const today = (await office.call('office.overview', {})).serviceDate;
    const report = await office.call('ratings.report', { period: { kind: 'month', date: today } }, supervisorToken);
    expect(report.overall?.respondents).toBe(1);
    expect(report.quick.responses).toBe(1);
    expect(report.byChannel).toEqual([
      { channel: 'tablet', quick: 0, survey: 0 },
      { channel: 'phone', quick: 1, survey: 1 },
    ]);
    expect(report.overall?.unsur.find((u) => u.code === 'U2')?.nrr).toBe(3);
    // The Laporan SKM says where the answers were given.
    const laporan = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await laporan.goto(`${office.url}/laporan`);
    for (const digit of '482915') await laporan.getByTestId(`pin-key-${digit}`).click();
    await laporan.getByTestId('pin-submit').click();
    await laporan.getByTestId('report-show').click();
    await laporan.getByTestId('report-document').waitFor();
    expect(await laporan.getByTestId('report-respondents').textContent()).toBe('1');
    expect(await laporan.getByTestId('report-channels').textContent()).toBe(
      'Tempat pengisian: di tablet kantor 0 survei lengkap dan 0 penilaian cepat; di ponsel pengunjung 1 survei lengkap dan 1 penilaian cepat. Keduanya dihitung dengan cara yang sama.',
    );
    await laporan.getByTestId('report-channels').scrollIntoViewIfNeeded();
    await laporan.screenshot({ path: `${SHOTS}/report-channels-1366x900.png` });
    await laporan.close();

    // Opened again, the page thanks and offers no second rating; the office refuses one.
    await page.reload();
    await page.getByTestId('phone-rated').waitFor();
    expect(await page.getByTestId('phone-rate-start').count()).toBe(0);
    const code = address.slice(address.lastIndexOf('/') + 1);
    const again = await office.post('phone.rateQuick', { code, face: 'unhappy' });
    expect(again.status).toBe(409);
    expect(again.json.error.params).toEqual({ reason: 'already_rated' });
  });

  it('catches up after the connection drops, and speaks English when asked', async () => {
    await office.call('tickets.issue', { serviceCode: 'KTP' });
    const mine = await office.call('tickets.issue', { serviceCode: 'KTP' });
    const page = await phone(lastPrintedAddress());
    await page.getByTestId('phone-number').filter({ hasText: mine.label }).waitFor();
    await page.getByTestId('phone-live').filter({ hasText: 'Diperbarui langsung' }).waitFor();

    // The Wi-Fi drops: the stream breaks and the phone cannot reach the office for a while.
    await office.stop();
    await page.getByTestId('phone-live').filter({ hasText: 'Menghubungkan ulang' }).waitFor();
    await page.context().setOffline(true);
    await office.start({ LOKET_PORT: String(port) });
    await shot(page, 'reconnecting');
    await expectAccessible(page, 'phone page, reconnecting');
    // Meanwhile the counter serves the visitor ahead.
    await serveNext();
    // Back on the Wi-Fi: the page catches up at once.
    await page.context().setOffline(false);
    await expect.poll(() => page.getByTestId('phone-ahead').textContent(), { timeout: 20_000 }).toBe('Anda berikutnya');
    await page.getByTestId('phone-live').filter({ hasText: 'Diperbarui langsung' }).waitFor();

    await page.getByTestId('phone-lang').tap();
    await page.getByTestId('phone-ahead').filter({ hasText: 'You are next' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByTestId('phone-service').textContent()).toBe('ID card');
    await expectAccessible(page, 'phone page, English');
    await shot(page, 'english');
  });

  it('says where a transferred ticket came from', async () => {
    const mine = await office.call('tickets.issue', { serviceCode: 'KTP' });
    const page = await phone(lastPrintedAddress());
    await page.getByTestId('phone-number').filter({ hasText: mine.label }).waitFor();
    expect(await page.getByTestId('phone-transferred').count()).toBe(0);
    await office.call('counters.callTicket', { counter: 1, ticketId: mine.id, reason: 'test' }, counterToken);
    await office.call('tickets.transfer', { counter: 1, ticketId: mine.id, toService: 'KK' }, counterToken);
    await page.getByTestId('phone-service').filter({ hasText: 'Kartu Keluarga' }).waitFor();
    expect(await page.getByTestId('phone-transferred').textContent()).toBe('Dipindahkan dari KTP-el');
    expect(await page.getByTestId('phone-number').textContent()).toBe(mine.label);
    await expectAccessible(page, 'phone page, transferred');
  });
});

describe('refusals on the phone page', () => {
  it('says so for a wrong code and for a closed day, in plain words', async () => {
    const wrong = await phone(`http://localhost:${port}/t/7K3MQ9XA2BWRT`);
    await wrong.getByTestId('phone-problem').filter({ hasText: 'Kode tiket ini tidak dikenal' }).waitFor();
    await expectAccessible(wrong, 'phone page, unknown code');
    await shot(wrong, 'unknown-code');
    const old = await phone(`http://localhost:${port}/t/${yesterdaysCode}`);
    await old.getByTestId('phone-problem').filter({ hasText: 'hari layanan yang sudah ditutup' }).waitFor();
    await expectAccessible(old, 'phone page, closed day');
  });

  it('refuses the page, the ticket and the stream under a foreign Host', async () => {
    const t = await office.call('tickets.issue', { serviceCode: 'AKTA' });
    const get = (path: string, host: string) =>
      new Promise<number>((resolve, reject) => {
        const req = request(`http://127.0.0.1:${port}${path}`, { headers: { host } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
    const page = await phone(`http://localhost:${port}/t/0000000000000`);
    await page.getByTestId('phone-problem').waitFor();
    expect(await get('/t/0000000000000', `evil.example:${port}`)).toBe(403);
    expect(await get('/t/0000000000000/events', `evil.example:${port}`)).toBe(403);
    expect(await get('/t/0000000000000', `localhost:${port}`)).toBe(200);
    expect(t.label).toMatch(/^C-/);
  });
});

describe('the rating tablet', () => {
  it("links a visit from the ticket's QR code when it holds the phone page's address", async () => {
    const { id } = await office.call('tickets.issue', { serviceCode: 'KTP' });
    const address = lastPrintedAddress();
    await serve(id);
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    contexts.push(context);
    const tablet = await context.newPage();
    await tablet.goto(`${office.url}/rate`);
    await tablet.getByTestId('face-very-happy').waitFor();
    // A USB scanner types the QR code's content fast, then Enter.
    await tablet.keyboard.type(address);
    await tablet.keyboard.press('Enter');
    const label = (await office.call('tickets.get', { ticketId: id }, supervisorToken)).label;
    await tablet.getByTestId('linked-ticket').filter({ hasText: `Nomor ${label} · KTP-el` }).waitFor();
  });
});

describe('the rating tablet, by hand', () => {
  it('takes the phone code printed under the QR code, typed on its keypad', async () => {
    const { id } = await office.call('tickets.issue', { serviceCode: 'KTP' });
    const printed = vp.tickets.at(-1)!.document.blocks.flatMap((b) => (b.kind === 'text' ? [b.content] : []));
    const code = (printed.find((line) => line.startsWith('Kode: ')) ?? '').slice('Kode: '.length);
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{5}$/);
    await serve(id);
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    contexts.push(context);
    const tablet = await context.newPage();
    await tablet.goto(`${office.url}/rate`);
    await tablet.getByTestId('enter-ticket').click();
    await tablet.getByTestId('keypad-mode').click();
    for (const c of code.replace(/-/g, '')) await tablet.getByTestId(`keypad-code-${c}`).click();
    expect(await tablet.getByTestId('keypad-code-display').textContent()).toBe(code);
    await expectAccessible(tablet, 'rating tablet, phone code keypad');
    await tablet.screenshot({ path: `${SHOTS}/rate-code-keypad-1920x1080.png` });
    await tablet.getByTestId('keypad-code-ok').click();
    const label = (await office.call('tickets.get', { ticketId: id }, supervisorToken)).label;
    await tablet.getByTestId('linked-ticket').filter({ hasText: `Nomor ${label} · KTP-el` }).waitFor();
  });
});

describe('the page weight and the old phones', () => {
  it('stays under 40 KB gzipped in all, as one classic script with no syntax newer than the old Android browsers read', async () => {
    const t = await office.call('tickets.issue', { serviceCode: 'KTP' });
    const get = async (path: string) => Buffer.from(await (await fetch(`${office.url}${path}`)).arrayBuffer());
    const html = await get(`/t/${lastPrintedAddress().split('/').pop()}`);
    const script = await get('/phone/phone.js');
    const style = await get('/phone/phone.css');
    const total = [html, script, style].reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
    expect(total).toBeLessThan(40 * 1024);
    const code = script.toString('utf8');
    expect(code.startsWith('(function(')).toBe(true);
    // Optional chaining, nullish coalescing, class fields and module syntax arrived after Chrome 49; the build lowers or refuses them.
    expect(code).not.toMatch(/\?\.[A-Za-z_$(]|\?\?|^import |^export |\bimport\(/m);
    // Chrome before 84 and Safari before 14.1 ignore flex gap: boxes would touch, so spacing is margins.
    expect(style.toString('utf8')).not.toMatch(/[{;\s](row-|column-)?gap\s*:/);
    expect(t.label).toMatch(/^A-/);
  });
});

describe('the supervisor', () => {
  async function supervisor(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${office.url}/supervisor`);
    await page.getByTestId('pin-submit').waitFor();
    await page.keyboard.type('482915');
    await page.keyboard.press('Enter');
    await page.getByTestId('monitor').waitFor();
    return page;
  }

  it('sees the public address in Pengaturan and checks that it reaches this office', async () => {
    const page = await supervisor();
    await page.getByTestId('tab-settings').click();
    const field = page.getByTestId('settings-public-url');
    await field.waitFor();
    expect(await field.inputValue()).toBe(`http://localhost:${port}`);
    await page.getByTestId('settings-public-url-check').click();
    await page.getByTestId('settings-public-url-result').filter({ hasText: 'Terjangkau' }).waitFor();
    // Reached from the office PC itself: the wording sends the supervisor to a phone for the firewall and client isolation.
    expect(await page.getByTestId('settings-public-url-result').textContent()).toBe(
      `Terjangkau dari komputer ini: http://localhost:${port} menjawab sebagai kantor ini. Pastikan juga dengan ponsel di Wi-Fi pengunjung: firewall komputer ini dan isolasi klien Wi-Fi hanya terlihat dari ponsel.`,
    );
    await field.fill('http://8.8.8.8:5170');
    await page.getByTestId('settings-public-url-check').click();
    await page.getByTestId('settings-public-url-result').filter({ hasText: 'tidak bisa dipakai' }).waitFor();
    await field.fill(`http://localhost:${port}`);
    await page.getByTestId('settings-public-url-check').click();
    await page.getByTestId('settings-public-url-result').filter({ hasText: 'Terjangkau' }).waitFor();
    await expectAccessible(page, 'Pengaturan, phones section');
    await field.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/settings-phones-1920x1080.png` });
  });

  it("sees guessed codes on the Sistem tab's security log", async () => {
    await office.post('phone.ticket', { code: 'ZZZZZZZZZZZZZ' });
    const page = await supervisor();
    await page.getByTestId('tab-system').click();
    await page.getByText('Kode ponsel tiket tidak dikenal').first().waitFor();
    await page.getByText('Kode ponsel tiket tidak dikenal').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/system-security-1920x1080.png` });
  });
});
