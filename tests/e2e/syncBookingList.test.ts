import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/main/auth/caller';
import { startOffice, type RunningOffice } from '../../src/main/office';
import { SyncStore } from '../../src/main/sync/syncStore';
import { signBookingList } from '../../src/server/services/bookingListFile';
import type { MethodInput, MethodName, MethodOutput } from '../../src/shared/api/contract';
import { bookingListFileName, type BookingListFilePayload } from '../../src/shared/booking/bookingListFile';
import { expectAccessible } from '../helpers/accessibility';
import { launchChromium } from '../helpers/browser';
import { FakeClock } from '../helpers/fakeClock';
import { SHOTS } from '../helpers/screenshots';
import { makeTempDir } from '../helpers/tempDir';
import { oeboboConfig } from '../integration/booking/bookingFixtures';

/**
 * Supervisor › Sinkronisasi › "Muat daftar booking dari USB" in Chromium: the van's stick stands in as a
 * folder of the configuration's sync.exportFolders (the same rule as removable media: only those places,
 * only files of the booking list's name). A key pair stands in for the city's (the city's own download is
 * tested in tests/integration/booking/bookingListUsb.test.ts). Tuesday 1 December 2026, 17.30 in Kupang.
 */
const KUPANG = (day: number, hhmm: string) => Date.UTC(2026, 11, day, Number(hhmm.slice(0, 2)) - 8, Number(hhmm.slice(3)));
const SUPERVISOR: Caller = { role: 'supervisor', via: 'test' };
const city = generateKeyPairSync('ed25519');
const citySigner = { sign: (message: string) => sign(null, Buffer.from(message, 'utf8'), city.privateKey).toString('base64url') };

const dir = makeTempDir('loket-e2e-');
const stick = join(dir.path, 'USB');
const clock = new FakeClock(KUPANG(1, '17:30'));
const setupCodes: string[] = [];
let office: RunningOffice;
let browser: Browser;
let page: Page;

async function call<M extends MethodName>(method: M, input: MethodInput<M>, caller: Caller = SUPERVISOR): Promise<MethodOutput<M>> {
  const answer = await office.dispatcher.dispatch(method, input, caller);
  if (!answer.ok) throw new Error(`${method}: ${JSON.stringify(answer.error)}`);
  return answer.result as MethodOutput<M>;
}

/** A file the city signed, put on the stick. */
function onStick(officeId: string, createdAt: number): string {
  const payload: BookingListFilePayload = {
    officeId,
    createdAt,
    days: [
      {
        day: '2026-12-02',
        bookings: [
          { code: 'K7QM3ZPA', serviceCode: 'KTP', slot: '09:00', bookedAt: KUPANG(1, '08:00'), cancelledAt: null },
          { code: 'W8RT2MNB', serviceCode: 'KTP', slot: '09:30', bookedAt: KUPANG(1, '08:10'), cancelledAt: KUPANG(1, '12:00') },
        ],
      },
      { day: '2026-12-03', bookings: [{ code: 'P9HV2CDE', serviceCode: 'AKTA', slot: '10:00', bookedAt: KUPANG(1, '09:00'), cancelledAt: null }] },
    ],
  };
  const name = bookingListFileName(officeId, createdAt);
  writeFileSync(join(stick, name), signBookingList(payload, citySigner));
  return name;
}

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });
const notice = async () => (await page.getByTestId('sync-booking-list-notice').locator('.staff-notice-text').textContent())?.trim() ?? null;

beforeAll(async () => {
  mkdirSync(stick);
  const configPath = join(dir.path, 'office.json');
  writeFileSync(configPath, JSON.stringify(oeboboConfig({ sync: { exportFolders: [stick] } })));
  office = await startOffice({
    configPath,
    dataDir: join(dir.path, 'data'),
    host: '127.0.0.1',
    port: 0,
    loopbackIsKiosk: true,
    rendererDir: resolve('out/renderer'),
    voiceDir: resolve('resources/voice'),
    clock,
    shell: {
      announceSetupCode: (code) => {
        setupCodes.push(code);
        return Promise.resolve({ printed: true, detail: 'captured by the test' });
      },
    },
  });
  // Enrolled while the van still had signal: it holds the city's booking key. The city is out of reach now.
  const bookingKey = city.publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
  new SyncStore(office.store).saveEnrolment({ serverUrl: 'http://127.0.0.1:9', kioskId: 'kiosk-1', officeId: 'kel-oebobo', officeName: 'Kelurahan Oebobo', bookingKey }, null);

  const { token } = await call('auth.setup', { setupCode: setupCodes[setupCodes.length - 1]!, name: 'Kepala Uji', pin: '730514' }, { role: null, via: 'test', local: true });
  // The LAN server checks a session against the real time, not the office's fake clock: keep it valid today.
  office.store.db.prepare('UPDATE sessions SET expires_at = ?').run(Date.now() + 3600_000);
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  await context.addInitScript({ content: `localStorage.setItem('loket.token', ${JSON.stringify(token)})` });
  page = await context.newPage();
  await page.goto(`${office.lan.url}/supervisor`);
  await page.getByTestId('tab-sync').click();
  await page.getByTestId('sync-booking-list').waitFor();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await office?.close();
  dir.remove();
});

describe('Sinkronisasi: booking lists from the USB stick', () => {
  it('says so when the stick holds no booking list', async () => {
    await page.getByTestId('sync-booking-list-find').click();
    await poll(notice).toBe('Tidak ada berkas daftar booking (loket-booking-….booking.json) di USB. Colokkan USB berisi berkas dari admin kota, lalu tekan lagi.');
    expect(await page.getByTestId('sync-booking-list-file').count()).toBe(0);
  });

  it("refuses another office's file in words that say what to do, and loads the van's own", async () => {
    const other = onStick('kel-oesapa', KUPANG(1, '16:00'));
    const own = onStick('kel-oebobo', KUPANG(1, '17:00'));
    writeFileSync(join(stick, 'catatan.json'), '{}');
    await page.getByTestId('sync-booking-list-find').click();
    await poll(async () => page.getByTestId('sync-booking-list-file').locator('code').allTextContents()).toEqual([own, other]);

    await page.getByTestId('sync-booking-list-file').filter({ hasText: other }).getByTestId('sync-booking-list-load').click();
    await poll(notice).toBe('Berkas ini untuk kantor kel-oesapa, bukan kantor ini. Minta admin kota mengunduh daftar booking untuk kantor ini. Tidak ada yang diubah.');
    expect(office.store.bookings.pulledAt('2026-12-02')).toBeNull();

    await page.getByTestId('sync-booking-list-file').filter({ hasText: own }).getByTestId('sync-booking-list-load').click();
    await poll(notice).toBe(`Daftar booking dimuat dari ${own}: 2 hari (2026-12-02 s.d. 2026-12-03), 3 booking, 1 dibatalkan.`);
    expect(office.store.bookings.pulledAt('2026-12-02')).toBe(KUPANG(1, '17:00'));
    expect(office.store.bookings.listed('W8RT2MNB')?.cancelledAt).toBe(KUPANG(1, '12:00'));

    const button = await page.getByTestId('sync-booking-list-find').boundingBox();
    expect(button?.height ?? 0, 'a full touch target').toBeGreaterThanOrEqual(64);
    await expectAccessible(page, 'sinkronisasi with booking list files');
    await page.getByTestId('sync-booking-list').evaluate((e) => e.scrollIntoView({ block: 'end', behavior: 'instant' }));
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(SHOTS, 'supervisor-sync-booking-list-1920x1080.png') });
  });

  it('refuses the older file once the newer is loaded, in English too', async () => {
    await page.getByTestId('lang-toggle').click();
    await poll(async () => page.getByTestId('sync-booking-list-find').textContent()).toBe('Load booking lists from USB');
    const older = onStick('kel-oebobo', KUPANG(1, '15:00'));
    await page.getByTestId('sync-booking-list-find').click();
    await page.getByTestId('sync-booking-list-file').filter({ hasText: older }).getByTestId('sync-booking-list-load').click();
    await poll(notice).toBe('This file is older than the lists the office already holds, or holds only past days. Ask the city administrator for a new file. Nothing was changed.');
    expect(office.store.bookings.pulledAt('2026-12-02')).toBe(KUPANG(1, '17:00'));
    await page.getByTestId('lang-toggle').click();
  });
});
