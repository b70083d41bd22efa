import { generateKeyPairSync, sign } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../../src/main/auth/caller';
import { mintToken } from '../../../src/main/auth/tokens';
import type { RunningOffice } from '../../../src/main/office';
import type { Store } from '../../../src/main/store/store';
import { SyncStore } from '../../../src/main/sync/syncStore';
import { signedBookingText, signedMessage, type BookingClaim } from '../../../src/shared/booking/bookingCode';
import { FakeClock, MONDAY_9AM_KUPANG } from '../../helpers/fakeClock';
import { createNetnsPeer, netnsUnavailableReason, type NetnsPeer } from '../../helpers/netnsPeer';
import { tableFingerprint } from '../../helpers/tableFingerprint';
import { startLanOffice } from '../../helpers/lanOffice';
import type { makeTempDir } from '../../helpers/tempDir';
import { testConfig } from '../../helpers/testConfig';
import { printingOffice, type PrintingOffice } from '../printer/helpers';

/**
 * The kiosks' side of a check-in on their own, with a key pair standing in for the city's (the city's own
 * part is tested in officeCheckIn.test.ts): two kiosks scanning one code at once, the printed ticket, a
 * ticket voided by the printer, and callers from another host on the office LAN.
 * The office is open around the clock; Monday 30 November 2026, 09:00 in Kupang.
 */
const KIOSK: Caller = { role: 'kiosk', via: 'test' };
const city = generateKeyPairSync('ed25519');

function signed(claim: Omit<BookingClaim, 'officeId'>): string {
  const full = { officeId: 'test-office', ...claim };
  return signedBookingText(full, sign(null, Buffer.from(signedMessage(full)), city.privateKey).toString('base64url'));
}

/** The enrolment as the city gave it, with the city's booking key. */
function enrolled(store: Store): void {
  const bookingKey = city.publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
  new SyncStore(store).saveEnrolment({ serverUrl: 'http://127.0.0.1:9', kioskId: 'kiosk-1', officeId: 'test-office', officeName: 'Kantor Uji Loket', bookingKey }, null);
}

describe('two kiosks and the ticket printer', () => {
  let office: PrintingOffice;
  afterEach(() => office.close());

  it('gives one ticket when two kiosks check the same booking in at once, the other told when it was used; the paper names the booking', async () => {
    office = await printingOffice(testConfig());
    const { h, vp } = office;
    enrolled(h.store);
    const code = signed({ serviceCode: 'KTP', day: '2026-11-30', slot: '09:00', code: 'K7QM3ZPA' });
    // The first kiosk's check-in waits for its paper while the second one asks.
    const [one, two] = await Promise.all([h.dispatcher.dispatch('booking.checkIn', { code }, KIOSK), h.dispatcher.dispatch('booking.checkIn', { code }, KIOSK)]);
    const answers = [one, two];
    const ticket = answers.flatMap((a) => (a.ok ? [a.result] : []));
    const refused = answers.flatMap((a) => (a.ok ? [] : [a.error]));
    expect(ticket).toMatchObject([{ label: 'A-001', print: { outcome: 'printed', confirmed: true }, booking: { code: 'K7QM3ZPA', slot: '09:00' } }]);
    expect(refused).toMatchObject([{ code: 'booking_refused', params: { reason: 'already_used', firstCheckInAt: h.clock.now() } }]);
    expect(h.store.db.prepare("SELECT count(*) AS n FROM tickets WHERE service_code = 'KTP'").get()).toEqual({ n: 1 });
    expect(vp.tickets).toHaveLength(1);
    const lines = vp.tickets[0]!.document.blocks.flatMap((b) => (b.kind === 'text' ? [b.content] : []));
    expect(lines.some((l) => /^Booking K7QM-3ZPA +pukul 09\.00$/.test(l.trim()))).toBe(true);
  });

  it('lets a booking be used again when its ticket was voided because the paper did not come out', async () => {
    office = await printingOffice(testConfig({ printer: { onPrintFailure: 'void' } }), { onPrintFailure: 'void' });
    const { h, vp } = office;
    enrolled(h.store);
    const code = signed({ serviceCode: 'KK', day: '2026-11-30', slot: '09:00', code: 'M4RT7WXY' });
    vp.setStatus('cover_open');
    const voided = await h.callAsync('booking.checkIn', { code }, KIOSK);
    expect(voided).toMatchObject({ label: 'B-001', state: 'cancelled', print: { voided: true } });
    vp.setStatus('ok');
    const again = await h.callAsync('booking.checkIn', { code }, KIOSK);
    expect(again).toMatchObject({ label: 'B-002', state: 'waiting', print: { outcome: 'printed' } });
    expect(h.call('bookings.day', {}).rows).toEqual([{ code: 'M4RT7WXY', serviceCode: 'KK', slot: '09:00', listed: false, cancelledAt: null, checkedInAt: h.clock.now(), ticketLabel: 'B-002' }]);
  });
});

const unavailable = netnsUnavailableReason();

describe.skipIf(unavailable !== null)(`booking.checkIn from another host on the office LAN${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  let office: RunningOffice;
  let peer: NetnsPeer;
  let dir: ReturnType<typeof makeTempDir>;
  let port = 0;

  beforeAll(async () => {
    peer = await createNetnsPeer();
    ({ office, dir, port } = await startLanOffice({ clock: new FakeClock(MONDAY_9AM_KUPANG) }));
    enrolled(office.store);
  });
  afterAll(async () => {
    await office?.close();
    peer?.close();
    dir?.remove();
  });

  const fromPeer = (body: unknown, headers: Record<string, string> = {}) =>
    peer.run<{ status: number; body: string }>('http', {
      url: `http://${peer.hostAddress}:${port}/api/v1/booking.checkIn`,
      headers: { 'content-type': 'application/json', host: `${peer.hostAddress}:${port}`, ...headers },
      body: JSON.stringify(body),
    });

  it('needs the kiosk role: a stranger on the Wi-Fi, the TV and a counter PC are refused and nothing changes', async () => {
    // A genuine booking inside its window: only the caller is wrong.
    const live = signed({ serviceCode: 'KTP', day: '2026-11-30', slot: '09:00', code: 'PQRS2345' });
    const before = tableFingerprint(office.store.db);
    const stranger = await fromPeer({ code: live });
    const display = await fromPeer({ code: live }, { authorization: `Bearer ${mintToken(office.store, 'display', null, 'TV')}` });
    const counter = await fromPeer({ code: live }, { authorization: `Bearer ${mintToken(office.store, 'counter', 1, 'PC loket 1')}` });
    const after = tableFingerprint(office.store.db);
    // Minting the tokens above wrote device_tokens; nothing else may differ.
    expect({ ...after, device_tokens: null }).toEqual({ ...before, device_tokens: null });
    expect([stranger.status, JSON.parse(stranger.body).error.code]).toEqual([401, 'unauthorized']);
    expect([display.status, JSON.parse(display.body).error.code]).toEqual([403, 'forbidden']);
    expect([counter.status, JSON.parse(counter.body).error.code]).toEqual([403, 'forbidden']);
    const kiosk = await fromPeer({ code: live }, { authorization: `Bearer ${mintToken(office.store, 'kiosk', null, 'Kios lobi')}` });
    expect(kiosk.status).toBe(200);
    expect(JSON.parse(kiosk.body).result).toMatchObject({ booking: { code: 'PQRS2345' }, state: 'waiting' });
  });
});
