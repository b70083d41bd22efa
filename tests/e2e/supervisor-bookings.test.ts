import { generateKeyPairSync, sign } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/main/auth/caller';
import { startOffice, type RunningOffice } from '../../src/main/office';
import { SyncStore } from '../../src/main/sync/syncStore';
import type { MethodInput, MethodName, MethodOutput } from '../../src/shared/api/contract';
import { signedBookingText, signedMessage } from '../../src/shared/booking/bookingCode';
import { expectAccessible } from '../helpers/accessibility';
import { launchChromium } from '../helpers/browser';
import { FakeClock } from '../helpers/fakeClock';
import { SHOTS } from '../helpers/screenshots';
import { makeTempDir } from '../helpers/tempDir';
import { oeboboConfig } from '../integration/booking/bookingFixtures';

/**
 * The supervisor's Booking tab: the office has pulled today's list from the city (a key pair stands in
 * for the city's; the city's own part is tested in booking-checkin.test.ts), a resident's QR is read by
 * the kiosk's USB scanner, and the open tab shows the check-in and its ticket without a reload, with the
 * booked-versus-walk-in figures and the seats of each service. Monday 30 November 2026 in Kupang (UTC+8),
 * Kelurahan Oebobo: slots of 30 minutes, check-in from 30 minutes before a slot to 15 after.
 */
const KUPANG = (hhmm: string) => Date.UTC(2026, 10, 30, Number(hhmm.slice(0, 2)) - 8, Number(hhmm.slice(3)));
const TODAY = '2026-11-30';
const KIOSK: Caller = { role: 'kiosk', via: 'test' };
const SUPERVISOR: Caller = { role: 'supervisor', via: 'test' };
const VIEWPORTS = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
];
const city = generateKeyPairSync('ed25519');

const dir = makeTempDir('loket-e2e-');
const clock = new FakeClock(KUPANG('08:01'));
const setupCodes: string[] = [];
let office: RunningOffice;
let browser: Browser;
let supervisor: Page;

function signed(serviceCode: string, slot: string, code: string): string {
  const claim = { officeId: 'kel-oebobo', serviceCode, day: TODAY, slot, code };
  return signedBookingText(claim, sign(null, Buffer.from(signedMessage(claim)), city.privateKey).toString('base64url'));
}

async function call<M extends MethodName>(method: M, input: MethodInput<M>, caller: Caller = SUPERVISOR): Promise<MethodOutput<M>> {
  const answer = await office.dispatcher.dispatch(method, input, caller);
  if (!answer.ok) throw new Error(`${method}: ${JSON.stringify(answer.error)}`);
  return answer.result as MethodOutput<M>;
}

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });
const text = (testId: string) => async () => (await supervisor.getByTestId(testId).textContent())?.trim() ?? null;

beforeAll(async () => {
  const configPath = join(dir.path, 'office.json');
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
    shell: {
      announceSetupCode: (code) => {
        setupCodes.push(code);
        return Promise.resolve({ printed: true, detail: 'captured by the test' });
      },
    },
  });
  // Enrolled with the city's key; today's list pulled at 07.55: two KTP bookings, one AKTA, one cancelled.
  const bookingKey = city.publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
  new SyncStore(office.store).saveEnrolment({ serverUrl: 'http://127.0.0.1:9', kioskId: 'kiosk-1', officeId: 'kel-oebobo', officeName: 'Kelurahan Oebobo', bookingKey }, null);
  const bookedAt = KUPANG('07:00');
  office.store.transaction(() =>
    office.store.bookings.replaceDay(
      TODAY,
      [
        { code: 'K7QM3ZPA', serviceCode: 'KTP', slot: '08:30', bookedAt, cancelledAt: null },
        { code: 'M4RT7WXY', serviceCode: 'KTP', slot: '10:00', bookedAt, cancelledAt: null },
        { code: 'P9HV2CDE', serviceCode: 'AKTA', slot: '08:00', bookedAt, cancelledAt: null },
        { code: 'Q3WX8KLM', serviceCode: 'AKTA', slot: '09:00', bookedAt, cancelledAt: KUPANG('07:20') },
      ],
      KUPANG('07:55'),
    ),
  );
  // A walk-in took a number at 08.01 and was called at 08.04.
  await call('tickets.issue', { serviceCode: 'KTP' }, KIOSK);
  clock.set(KUPANG('08:04'));
  await call('counters.open', { counter: 1 });
  await call('counters.callNext', { counter: 1 });
  clock.set(KUPANG('08:05'));

  const { token } = await call('auth.setup', { setupCode: setupCodes[setupCodes.length - 1]!, name: 'Kepala Uji', pin: '730514' }, { role: null, via: 'test', local: true });
  // The LAN server checks a session against the real time, not the office's fake clock: keep it valid today.
  office.store.db.prepare('UPDATE sessions SET expires_at = ?').run(Date.now() + 3600_000);
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: VIEWPORTS[0] });
  await context.addInitScript({ content: `localStorage.setItem('loket.token', ${JSON.stringify(token)})` });
  supervisor = await context.newPage();
  await supervisor.goto(`${office.lan.url}/supervisor`);
  await supervisor.getByTestId('tab-bookings').click();
  await supervisor.getByTestId('bookings').waitFor();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await office?.close();
  dir.remove();
});

describe("the supervisor's Booking tab", () => {
  it("says plainly whether bookings can be checked and when the day's list came, and lists it with the seats of each service", async () => {
    expect(await text('bookings-key')()).toBe('Kunci booking kota tersimpan: kios dapat memeriksa QR booking, juga saat internet putus.');
    expect(await text('bookings-pulled')()).toBe('Daftar booking hari ini terakhir diambil dari server kota pukul 07.55.');
    expect(await supervisor.getByTestId('booking-row-K7QM3ZPA').locator('td').allTextContents()).toEqual(['08.30', 'KTP-el', 'K7QM-3ZPA', 'Daftar kota', '–', 'Belum', '–']);
    expect(await supervisor.getByTestId('booking-row-Q3WX8KLM').locator('td').allTextContents()).toEqual(['09.00', 'Akta Kelahiran', 'Q3WX-8KLM', 'Daftar kota', '07.20', '–', '–']);
    // KTP: 12 slots of 3 seats; AKTA: 12 of 10; the cancelled booking frees its seat.
    expect(await supervisor.getByTestId('bookings-capacity-KTP').locator('th, td').allTextContents()).toEqual(['KTP-el', '12', '3', '36', '2']);
    expect(await supervisor.getByTestId('bookings-capacity-AKTA').locator('th, td').allTextContents()).toEqual(['Akta Kelahiran', '12', '10', '120', '1']);
    expect(await text('bookings-figure-walkIn-value')()).toBe('1');
    expect(await text('bookings-figure-booked-value')()).toBe('0');
    // At 08.05 every booking not cancelled can still check in (AKTA 08.00's window runs to 08.15).
    expect(await text('bookings-figure-notCheckedIn-value')()).toBe('3');
  });

  it('shows a QR read by the kiosk scanner as checked in, with its ticket, without a reload', async () => {
    const kiosk = await browser.newPage({ viewport: VIEWPORTS[0] });
    await kiosk.goto(`${office.lan.url}/kiosk`);
    await kiosk.getByTestId('booking-button').waitFor();
    // A USB scanner types the QR's text in a burst, then Enter.
    await kiosk.keyboard.type(signed('KTP', '08:30', 'K7QM3ZPA'));
    await kiosk.keyboard.press('Enter');
    await kiosk.getByTestId('ticket-number').waitFor();
    expect(await kiosk.getByTestId('ticket-number').textContent()).toBe('A-002');
    await kiosk.close();

    await poll(text('booking-ticket-K7QM3ZPA')).toBe('A-002');
    expect(await text('booking-checkin-K7QM3ZPA')()).toBe('08.05');
    expect(await text('bookings-figure-booked-value')()).toBe('1');
    expect(await supervisor.getByTestId('bookings-figure-booked').textContent()).toContain('50% dari semua tiket hari ini');
    expect(await text('bookings-figure-waitWalkIn-value')()).toBe('3 mnt');
    expect(await text('bookings-figure-notCheckedIn-value')()).toBe('2');
  });

  it('counts a booking whose check-in window has closed as missed', async () => {
    clock.set(KUPANG('08:16'));
    // No event tells of a window closing: the tab's own 10-second refresh shows it.
    const missed = async () => (await supervisor.getByTestId('bookings-figure-notCheckedIn').textContent()) ?? '';
    await expect.poll(missed, { timeout: 20_000 }).toContain('1 sudah lewat waktu check-in');
  });

  it('is accessible and whole at 1920x1080 and 1366x768, in Bahasa Indonesia and English', async () => {
    for (const viewport of VIEWPORTS) {
      await supervisor.setViewportSize(viewport);
      await expectAccessible(supervisor, `supervisor bookings ${viewport.width}x${viewport.height}`);
      const width = await supervisor.locator('html').evaluate((html) => html.scrollWidth);
      expect(width, 'no sideways scrolling').toBeLessThanOrEqual(viewport.width);
      const lastTab = await supervisor.getByTestId('tab-system').boundingBox();
      expect((lastTab?.x ?? Infinity) + (lastTab?.width ?? 0), 'every tab on screen').toBeLessThanOrEqual(viewport.width);
      // Back to the top of whichever box scrolls, so the tabs show.
      await supervisor.getByTestId('tab-bookings').evaluate((tab) => {
        for (let e: typeof tab | null = tab; e; e = e.parentElement) e.scrollTo({ top: 0, behavior: 'instant' });
      });
      await supervisor.screenshot({ path: join(SHOTS, `supervisor-bookings-${viewport.width}x${viewport.height}.png`) });
      await supervisor.getByTestId('bookings-capacity').evaluate((e) => e.scrollIntoView({ block: 'end', behavior: 'instant' }));
      await supervisor.screenshot({ path: join(SHOTS, `supervisor-bookings-list-${viewport.width}x${viewport.height}.png`) });
    }
    await supervisor.getByTestId('lang-toggle').click();
    await poll(text('bookings-key')).toBe("The city's booking key is stored: the kiosk can check booking QRs, also when the internet is down.");
    expect(await supervisor.getByTestId('booking-row-K7QM3ZPA').locator('td').nth(3).textContent()).toBe('City list');
    await expectAccessible(supervisor, 'supervisor bookings in English');
    await supervisor.getByTestId('lang-toggle').click();
  });
});
