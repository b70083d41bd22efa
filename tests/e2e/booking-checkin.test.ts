import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/main/auth/caller';
import { startOffice, type RunningOffice } from '../../src/main/office';
import type { MethodInput, MethodName, MethodOutput } from '../../src/shared/api/contract';
import { expectAccessible } from '../helpers/accessibility';
import { launchChromium } from '../helpers/browser';
import { FakeClock } from '../helpers/fakeClock';
import { SHOTS } from '../helpers/screenshots';
import { ServedOffice } from '../helpers/servedOffice';
import { makeTempDir } from '../helpers/tempDir';
import { oeboboConfig } from '../integration/booking/bookingFixtures';
import { ADMIN_PASSWORD, CityServerHarness } from '../integration/server/cityServerHarness';
import { FaultProxy } from '../integration/sync/faultProxy';
import { box, overlaps } from '../helpers/layoutBoxes';

/**
 * "Sudah punya booking?" at the kiosk of an office whose city server is out of reach. Residents book on
 * the city's site (one on a phone, the others through its API); the office enrolled before and then lost
 * the network, so it never pulled the day's list. A signed QR still checks in: held up to the camera
 * (Chromium's fake camera playing a video made from the QR image the city gives the resident) or read
 * by a USB scanner (fast keystrokes ending in Enter); a short code typed on screen cannot be checked
 * without the list. Each ticket lands in its place in the queue; each refusal says what to do.
 * Monday 30 November 2026 in Kupang (UTC+8): Kelurahan Oebobo, slots of 30 minutes, check-in from 30
 * minutes before a slot to 15 after.
 */
const KUPANG = (hhmm: string) => Date.UTC(2026, 10, 30, Number(hhmm.slice(0, 2)) - 8, Number(hhmm.slice(3)));
const TODAY = '2026-11-30';
const LANDSCAPE = { width: 1920, height: 1080 };
const PORTRAIT = { width: 1080, height: 1920 };
const SUPERVISOR: Caller = { role: 'supervisor', via: 'test' };
const KIOSK: Caller = { role: 'kiosk', via: 'test' };

interface Booked {
  code: string;
  signed: string;
}

const dir = makeTempDir('loket-e2e-');
const clock = new FakeClock(KUPANG('07:40'));
let city: CityServerHarness;
let proxy: FaultProxy;
let office: RunningOffice;
let browser: Browser;
const booked: Record<string, Booked> = {};

async function call<M extends MethodName>(method: M, input: MethodInput<M>, caller = SUPERVISOR): Promise<MethodOutput<M>> {
  const answer = await office.dispatcher.dispatch(method, input, caller);
  if (!answer.ok) throw new Error(`${method}: ${JSON.stringify(answer.error)}`);
  return answer.result as MethodOutput<M>;
}

const waiting = async (serviceCode: string) => (await call('queue.snapshot', {})).services.find((s) => s.code === serviceCode)?.waiting.map((t) => t.label);

async function book(key: string, serviceCode: string, slot: string): Promise<void> {
  const res = await fetch(`${city.url}/api/public/v1/bookings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ officeId: 'kel-oebobo', serviceCode, day: TODAY, slot }),
  });
  const json = (await res.json()) as Booked;
  expect(res.status, JSON.stringify(json)).toBe(200);
  booked[key] = json;
}

/**
 * A Y4M video (the format Chromium's fake camera plays) of the QR image as the city serves it to the
 * resident (PNG, 720 px), held up in front of the camera: 640×480, the code in the middle on a grey
 * background. Y4M is a text header and raw frames, each the luma plane then the two chroma planes (4:2:0).
 */
function qrVideo(png: Buffer, path: string): void {
  const image = PNG.sync.read(png);
  const [width, height, side] = [640, 480, 400];
  const luma = Buffer.alloc(width * height, 120);
  const [left, top] = [(width - side) / 2, (height - side) / 2];
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const i = (Math.floor((y * image.height) / side) * image.width + Math.floor((x * image.width) / side)) * 4;
      const light = 0.299 * image.data[i]! + 0.587 * image.data[i + 1]! + 0.114 * image.data[i + 2]!;
      luma[(top + y) * width + left + x] = Math.round(16 + (219 * light) / 255);
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
  writeFileSync(path, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), frame, frame]));
}

/** A plain grey video: a camera that sees no code. */
function emptyVideo(path: string): void {
  const frame = Buffer.concat([Buffer.from('FRAME\n'), Buffer.alloc(640 * 480, 90), Buffer.alloc(320 * 240 * 2, 128)]);
  writeFileSync(path, Buffer.concat([Buffer.from('YUV4MPEG2 W640 H480 F10:1 Ip A1:1 C420jpeg\n'), frame]));
}

interface Kiosk {
  page: Page;
  /** Every booking.checkIn the page sent, in order. */
  checkIns: string[];
  /** Requests that left the office's own origin (the kiosk is offline: none may). */
  foreign: string[];
}

/** A page of its own context (axe-core needs one), gone with the page. */
async function newPage(on: Browser, viewport: { width: number; height: number }): Promise<Page> {
  const context = await on.newContext({ viewport });
  const page = await context.newPage();
  // Closed with its browser too (the camera's), when closing it again has nothing left to do.
  page.once('close', () => void context.close().catch(() => undefined));
  return page;
}

async function openKiosk(on: Browser, viewport: { width: number; height: number }): Promise<Kiosk> {
  const page = await newPage(on, viewport);
  const checkIns: string[] = [];
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (url.endsWith('/api/v1/booking.checkIn')) checkIns.push((JSON.parse(request.postData() ?? '{}') as { code: string }).code);
    if (!url.startsWith(office.lan.url) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  await page.goto(`${office.lan.url}/kiosk`);
  await page.getByTestId('booking-button').waitFor();
  return { page, checkIns, foreign };
}

/** Every part on screen and none over another. */
async function expectWhole(page: Page, ids: string[], viewport: { width: number; height: number }): Promise<void> {
  const parts = await Promise.all(ids.map((id) => box(page.getByTestId(id))));
  for (const [i, a] of parts.entries()) {
    expect(a.x + a.width, `${ids[i]} within the width`).toBeLessThanOrEqual(viewport.width);
    expect(a.y + a.height, `${ids[i]} within the height at ${viewport.width}x${viewport.height}`).toBeLessThanOrEqual(viewport.height);
    for (const [j, b] of parts.entries()) if (j > i) expect(overlaps(a, b), `${ids[i]} over ${ids[j]}`).toBe(false);
  }
}

/** The kiosk's own keystrokes as a USB scanner types them: the whole code in a burst, then Enter. */
async function scan(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

async function shoot(page: Page, name: string): Promise<void> {
  for (const [orientation, viewport] of [
    ['landscape', LANDSCAPE],
    ['portrait', PORTRAIT],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: `${SHOTS}/kiosk-booking-${name}-${orientation}.png` });
  }
  await page.setViewportSize(LANDSCAPE);
}

beforeAll(async () => {
  city = await CityServerHarness.start('pglite', KUPANG('07:40'));
  proxy = await new FaultProxy(city.url).start();
  await city.createOffice('kel-oebobo', 'Kelurahan Oebobo');
  const configPath = join(dir.path, 'office.json');
  // The number stays on screen while the test looks at it from both sides.
  writeFileSync(configPath, JSON.stringify(oeboboConfig({ kiosk: { confirmationSeconds: 60, idleResetSeconds: 20 } })));
  office = await startOffice({
    configPath,
    dataDir: join(dir.path, 'data'),
    host: '127.0.0.1',
    port: 0,
    loopbackIsKiosk: true,
    rendererDir: resolve('out/renderer'),
    voiceDir: resolve('resources/voice'),
    clock,
  });
  // Enrolled while online: the office has the city's booking key and has pushed its slots.
  await call('sync.enrol', { serverUrl: proxy.url, code: await city.enrolmentCode('kel-oebobo') });
  expect((await call('sync.pushNow', {})).ok).toBe(true);
  browser = await launchChromium({ autoplay: true });

  // 07:50: the residents book. One on a phone, on the city's site; the rest through its API.
  city.nowMs = KUPANG('07:50');
  const phone = await browser.newPage({ viewport: { width: 360, height: 800 } });
  await phone.goto(`${city.url}/booking/kantor/kel-oebobo/KTP?day=${TODAY}`);
  await phone.getByRole('button', { name: '08.30 3 tempat' }).click();
  await phone.locator('[data-booking-code]').waitFor();
  booked.camera = {
    code: ((await phone.locator('[data-booking-code]').textContent()) ?? '').replace('-', ''),
    signed: (await phone.locator('.qr').getAttribute('data-signed')) ?? '',
  };
  await phone.close();
  await book('scanned', 'KTP', '08:30');
  await book('priority', 'KTP', '09:00');
  await book('typed', 'AKTA', '08:30');
  await book('late', 'AKTA', '08:00');

  // Then the office's network goes: it never pulls the day's list.
  proxy.offline = true;
  await call('sync.pushNow', {});
  expect(await call('bookings.day', {})).toMatchObject({ cityKeyKnown: true, rows: [] });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await office?.close();
  await proxy?.close();
  await city?.close();
  dir.remove();
});

describe('"Sudah punya booking?" on the start screen', () => {
  let demo: ServedOffice;

  beforeAll(async () => {
    // The demo office's six services: the most a start screen holds in one layout.
    demo = await new ServedOffice(JSON.parse(readFileSync('resources/office.demo.json', 'utf8')) as Record<string, unknown>).start();
  });
  afterAll(() => demo?.remove());

  it('is a large button beside priority service that pushes no service card off the screen, at 1920×1080, 1080×1920 and 1366×768', async () => {
    for (const viewport of [LANDSCAPE, PORTRAIT, { width: 1366, height: 768 }]) {
      const page = await newPage(browser, viewport);
      await page.goto(`${demo.url}/kiosk`);
      const button = page.getByTestId('booking-button');
      await button.waitFor();
      expect(await button.textContent()).toBe('Sudah punya booking?Pindai kode QR atau ketik kode booking');
      expect((await box(button)).height).toBeGreaterThanOrEqual(64);
      const services = ['KTP', 'KK', 'AKTA_LAHIR', 'AKTA_MATI', 'PINDAH', 'KONSULTASI'].map((code) => `service-${code}`);
      expect(await page.locator('[data-testid^="service-"]').count()).toBe(services.length);
      await expectWhole(page, [...services, 'priority-button', 'booking-button'], viewport);
      const name = viewport === LANDSCAPE ? 'landscape' : viewport === PORTRAIT ? 'portrait' : `${viewport.width}x${viewport.height}`;
      await page.screenshot({ path: `${SHOTS}/kiosk-booking-start-${name}.png` });
      await page.close();
    }
  });

  it('reads "Already booked?" in English', async () => {
    const { page } = await openKiosk(browser, LANDSCAPE);
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => page.getByTestId('booking-button').textContent()).toBe('Already booked?Scan the QR code or type the booking code');
    await expectAccessible(page, 'kiosk start with the booking button, in English');
    await page.close();
  });
});

describe('checking in with the city unreachable', () => {
  it('checks in the QR held up to the camera, and places the ticket at its slot: an earlier walk-in ahead', async () => {
    clock.set(KUPANG('08:05'));
    expect((await call('tickets.issue', { serviceCode: 'KTP' }, KIOSK)).label).toBe('A-001');

    // The camera sees nothing yet: the screen as the visitor finds it.
    const empty = join(dir.path, 'empty.y4m');
    emptyVideo(empty);
    const idleCamera = await launchChromium({ fakeCamera: empty });
    try {
      const { page } = await openKiosk(idleCamera, LANDSCAPE);
      await page.getByTestId('booking-button').click();
      await page.locator('[data-testid="camera"][data-state="on"]').waitFor();
      expect(await page.locator('.camera-caption').textContent()).toBe('Arahkan kode QR ke kamera ini');
      expect(await page.locator('h1').textContent()).toBe('Tunjukkan kode QR booking Anda');
      await expectAccessible(page, 'check-in screen, camera on');
      await expectWhole(page, ['back-button', 'checkin-priority', 'camera', 'booking-key-A', 'booking-key-backspace', 'booking-key-ok'], LANDSCAPE);
      await shoot(page, 'checkin');
      await page.setViewportSize(PORTRAIT);
      await expectWhole(page, ['back-button', 'checkin-priority', 'camera', 'booking-key-A', 'booking-key-backspace', 'booking-key-ok'], PORTRAIT);
    } finally {
      await idleCamera.close();
    }

    clock.set(KUPANG('08:10'));
    const video = join(dir.path, 'camera-qr.y4m');
    qrVideo(Buffer.from(await (await fetch(`${city.url}/booking/kode/${booked.camera!.code}/qr.png`)).arrayBuffer()), video);
    const camera = await launchChromium({ fakeCamera: video });
    try {
      const kiosk = await openKiosk(camera, LANDSCAPE);
      const { page } = kiosk;
      await page.getByTestId('booking-button').click();
      await page.getByTestId('ticket-number').waitFor();
      expect(kiosk.checkIns).toEqual([booked.camera!.signed]);
      expect(await page.getByTestId('ticket-number').textContent()).toBe('A-002');
      expect(await page.getByTestId('ticket-booking').textContent()).toBe(`Booking ${booked.camera!.code.slice(0, 4)}-${booked.camera!.code.slice(4)} · pukul 08.30`);
      expect(await page.getByTestId('ticket-ahead').textContent()).toBe('Antrian di depan Anda: 1');
      await expectAccessible(page, 'number of a checked-in booking');
      await shoot(page, 'confirmation');
      // Offline means offline: the decoder's WebAssembly came from the office, nothing from anywhere else.
      expect(kiosk.foreign).toEqual([]);
    } finally {
      await camera.close();
    }
    expect(await waiting('KTP')).toEqual(['A-001', 'A-002']);
  });

  it("takes a USB scanner's burst anywhere, the start screen included, but never a person's slow typing; walk-ins who came before the slot stay ahead", async () => {
    clock.set(KUPANG('08:20'));
    expect((await call('tickets.issue', { serviceCode: 'KTP' }, KIOSK)).label).toBe('A-003');
    clock.set(KUPANG('08:25'));
    const kiosk = await openKiosk(browser, LANDSCAPE);
    const { page } = kiosk;
    // A person typing the code on a keyboard, one key every 150 ms, is not a scan.
    await page.keyboard.type(booked.scanned!.signed.slice(0, 12), { delay: 150 });
    await page.keyboard.press('Enter');
    await scan(page, booked.scanned!.signed);
    await page.getByTestId('ticket-number').waitFor();
    expect(kiosk.checkIns).toEqual([booked.scanned!.signed]);
    expect(await page.getByTestId('ticket-number').textContent()).toBe('A-004');
    // Both booked for 08.30: behind the walk-ins who came before 08.30, in the order they checked in.
    expect(await waiting('KTP')).toEqual(['A-001', 'A-003', 'A-002', 'A-004']);
    clock.set(KUPANG('08:35'));
    expect((await call('tickets.issue', { serviceCode: 'KTP' }, KIOSK)).label).toBe('A-005');
    expect(await waiting('KTP')).toEqual(['A-001', 'A-003', 'A-002', 'A-004', 'A-005']);
    await page.close();
  });

  it('refuses the same booking a second time with the time of the first check-in, and a forged one as not valid', async () => {
    clock.set(KUPANG('08:36'));
    const { page } = await openKiosk(browser, LANDSCAPE);
    await page.getByTestId('booking-button').click();
    await page.getByTestId('booking-key-A').waitFor();
    await scan(page, booked.scanned!.signed);
    const refused = page.getByTestId('checkin-refused');
    await refused.waitFor();
    expect(await refused.getAttribute('data-reason')).toBe('already_used');
    expect(await page.getByTestId('checkin-refusal').textContent()).toBe('Booking ini sudah dipakai pukul 08.25. Setiap booking hanya bisa dipakai sekali.');
    expect(await refused.locator('.checkin-advice').textContent()).toBe('Jika Anda belum menerima nomor antrian, silakan hubungi petugas.');
    await expectAccessible(page, 'check-in refused: used twice');
    await shoot(page, 'refused-used');

    // The QR of another slot with this booking's signature: the city never signed it.
    await page.getByTestId('checkin-retry').click();
    await page.getByTestId('booking-key-A').waitFor();
    await scan(page, booked.scanned!.signed.replace('.08:30.', '.09:00.'));
    await expect.poll(() => refused.getAttribute('data-reason')).toBe('bad_signature');
    expect(await page.getByTestId('checkin-refusal').textContent()).toBe('Kode booking ini tidak sah. Silakan hubungi petugas.');
    await expectAccessible(page, 'check-in refused: forged');
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => page.getByTestId('checkin-refusal').textContent()).toBe('This booking code is not valid. Please ask the staff.');
    await page.getByTestId('error-ok-button').click();
    await page.getByTestId('service-KTP').waitFor();
    expect(await waiting('KTP')).toEqual(['A-001', 'A-003', 'A-002', 'A-004', 'A-005']);
    await page.close();
  });

  it('cannot check a typed short code without the day’s list, and says to scan the QR or ask the staff', async () => {
    const kiosk = await openKiosk(browser, LANDSCAPE);
    const { page } = kiosk;
    await page.getByTestId('booking-button').click();
    const code = booked.typed!.code;
    for (const c of code) await page.getByTestId(`booking-key-${c}`).click();
    expect(await page.getByTestId('booking-key-display').textContent()).toBe(`${code.slice(0, 4)}-${code.slice(4)}`);
    // Eight characters: the keys are off, Check-in is on.
    expect(await page.getByTestId('booking-key-A').isDisabled()).toBe(true);
    await page.getByTestId('booking-key-ok').click();
    const refused = page.getByTestId('checkin-refused');
    await refused.waitFor();
    expect(kiosk.checkIns).toEqual([code]);
    expect(await refused.getAttribute('data-reason')).toBe('not_listed');
    expect(await page.getByTestId('checkin-refusal').textContent()).toBe('Kode ini belum dikenal kantor. Pindai QR booking Anda, atau minta bantuan petugas.');
    expect(await page.getByTestId('checkin-retry').textContent()).toBe('Coba lagi');
    await expectAccessible(page, 'check-in refused: typed code without a list');
    await shoot(page, 'refused-not-listed');
    expect(await waiting('AKTA')).toEqual([]);
    await page.close();
  });

  it('tells a late visitor the booked place is gone and gives a normal number of the same service with one touch', async () => {
    const { page } = await openKiosk(browser, LANDSCAPE);
    await scan(page, booked.late!.signed);
    const refused = page.getByTestId('checkin-refused');
    await refused.waitFor();
    expect(await refused.getAttribute('data-reason')).toBe('too_late');
    expect(await page.getByTestId('checkin-refusal').textContent()).toBe('Waktu check-in booking jam 08.00 sudah lewat (sampai pukul 08.15). Silakan ambil nomor antrian biasa.');
    expect(await refused.locator('.normal-offer-lost').textContent()).toBe('Tempat booking Anda tidak berlaku lagi. Nomor antrian biasa mengantre seperti pengunjung tanpa booking.');
    const offer = page.getByTestId('normal-ticket-button');
    expect(await offer.textContent()).toBe('CAmbil nomor antrian biasaAkta Kelahiran');
    expect((await box(offer)).height).toBeGreaterThanOrEqual(64);
    expect(await page.getByTestId('checkin-retry').count()).toBe(0);
    await expectAccessible(page, 'check-in refused: too late, with the normal ticket');
    await shoot(page, 'refused-late');

    await offer.click();
    await page.getByTestId('ticket-number').waitFor();
    expect(await page.getByTestId('ticket-number').textContent()).toBe('C-001');
    expect(await page.getByTestId('ticket-booking').count()).toBe(0);
    expect(await waiting('AKTA')).toEqual(['C-001']);
    await page.close();
  });

  it('keeps the Pasal 29 group chosen on the check-in screen: the booked visitor goes first', async () => {
    clock.set(KUPANG('08:40'));
    const { page } = await openKiosk(browser, LANDSCAPE);
    await page.getByTestId('booking-button').click();
    await page.getByTestId('checkin-priority').click();
    await page.getByTestId('priority-reason-lansia').click();
    expect(await page.getByTestId('checkin-priority').textContent()).toBe('Prioritas: Lanjut usia');
    await expectAccessible(page, 'check-in screen with a priority group chosen');
    await scan(page, booked.priority!.signed);
    await page.getByTestId('ticket-number').waitFor();
    expect(await page.locator('.priority-tag').textContent()).toBe('Prioritas: Lanjut usia');
    expect(await page.getByTestId('ticket-booking').textContent()).toMatch(/ · pukul 09\.00$/);
    expect((await waiting('KTP'))?.[0]).toBe(await page.getByTestId('ticket-number').textContent());
    await page.close();
  });

  it("shows the office's check-ins on the city dashboard once the office reconnects", async () => {
    clock.set(KUPANG('08:45'));
    city.nowMs = KUPANG('08:45');
    const checkedIn = (await call('bookings.day', {})).rows.filter((r) => r.checkedInAt !== null).length;
    expect(checkedIn).toBeGreaterThanOrEqual(3);
    proxy.offline = false;
    expect((await call('sync.pushNow', {})).ok).toBe(true);

    city.nowMs = KUPANG('08:48');
    const page = await newPage(browser, LANDSCAPE);
    await page.goto(`${city.url}/admin/signin`);
    await page.getByLabel('Kata sandi').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    const row = page.locator('tr[data-booking-office="kel-oebobo"]');
    const cells = (await row.locator('td').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect([cells[0], cells[1], cells[2], cells[8]]).toEqual(['Kelurahan Oebobo', String(Object.keys(booked).length), String(checkedIn), 'data 3 menit lalu']);
    await page.close();
  });
});

describe('the check-in screen for every visitor', () => {
  it('speaks with voice guidance: the heading on arrival, a key at the first touch, the refusal in full', async () => {
    const kiosk = await openKiosk(browser, LANDSCAPE);
    const { page } = kiosk;
    const said: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/v1/speech.audio')) said.push((JSON.parse(request.postData() ?? '{}') as { text: string }).text);
    });
    await page.getByTestId('guidance-toggle').click();
    await page.getByTestId('booking-button').click();
    await page.getByTestId('booking-button').click();
    await expect.poll(() => said).toContain('Tunjukkan kode QR booking Anda');
    await page.getByTestId('booking-key-K').click();
    await expect.poll(() => said).toContain('K');
    expect(await page.getByTestId('booking-key-display').textContent()).toBe('____-____');
    await page.getByTestId('booking-key-K').click();
    expect(await page.getByTestId('booking-key-display').textContent()).toBe('K___-____');
    await scan(page, 'LB1.bukan-kode-booking');
    await page.getByTestId('checkin-refused').waitFor();
    await expect.poll(() => said).toContain('Kode booking tidak terbaca. Pindai QR-nya lagi, atau ketik 8 huruf dan angka kodenya.');
    await page.close();
  });

  it('asks "Masih di sini?" on the check-in screen, then returns to the start', async () => {
    const page = await newPage(browser, PORTRAIT);
    await page.clock.install();
    await page.goto(`${office.lan.url}/kiosk`);
    await page.getByTestId('booking-button').click();
    await page.getByTestId('booking-key-A').waitFor();
    await page.clock.runFor(20_000);
    await page.getByTestId('still-here').waitFor();
    await page.clock.runFor(10_000);
    await page.getByTestId('still-here').waitFor({ state: 'detached' });
    await page.getByTestId('booking-button').waitFor();
    expect(await page.getByTestId('booking-key-A').count()).toBe(0);
    await page.close();
  });

  it('keeps every key at least 64 px and on screen in large text and high contrast', async () => {
    for (const viewport of [LANDSCAPE, PORTRAIT]) {
      const { page } = await openKiosk(browser, viewport);
      await page.getByTestId('access-toggle').click();
      await page.getByTestId('booking-button').click();
      await page.getByTestId('booking-key-A').waitFor();
      for (const key of await page.locator('.booking-keys .keypad-key').all()) {
        const b = await box(key);
        expect(Math.min(b.width, b.height)).toBeGreaterThanOrEqual(64);
      }
      await page.locator('[data-testid="camera"][data-state="unavailable"]').waitFor();
      await expectWhole(page, ['back-button', 'checkin-priority', 'camera', 'booking-key-A', 'booking-key-backspace', 'booking-key-ok'], viewport);
      await expectAccessible(page, `check-in screen, large text (${viewport.width}x${viewport.height})`);
      await page.screenshot({ path: `${SHOTS}/kiosk-booking-access-checkin-${viewport === LANDSCAPE ? 'landscape' : 'portrait'}.png`, fullPage: true });
      await page.close();
    }
  });
});
