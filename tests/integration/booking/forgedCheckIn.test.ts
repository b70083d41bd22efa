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
import { OfficeHarness } from '../../helpers/officeHarness';
import { tableFingerprint } from '../../helpers/tableFingerprint';
import { startLanOffice } from '../../helpers/lanOffice';
import type { makeTempDir } from '../../helpers/tempDir';
import { testConfig } from '../../helpers/testConfig';

/**
 * Forged booking codes at the kiosk, against the real SQLite store: each goes to the supervisor's security
 * log with where it came from, a source that keeps showing them is slowed (also when it sends many at
 * once), and nothing is written. A key pair stands in for the city's. Monday 30 November 2026, 09:00 Kupang.
 */
const city = generateKeyPairSync('ed25519');
const impostor = generateKeyPairSync('ed25519');

function signed(claim: Omit<BookingClaim, 'officeId'> & { officeId?: string }, key = city.privateKey): string {
  const full = { officeId: 'test-office', ...claim };
  return signedBookingText(full, sign(null, Buffer.from(signedMessage(full)), key).toString('base64url'));
}

function enrolled(store: Store): void {
  const bookingKey = city.publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
  new SyncStore(store).saveEnrolment({ serverUrl: 'http://127.0.0.1:9', kioskId: 'kiosk-1', officeId: 'test-office', officeName: 'Kantor Uji Loket', bookingKey }, null);
}

/** A genuine booking's slot moved by hand: the city's signature no longer matches. */
const forgedCode = (code: string) => signed({ serviceCode: 'KTP', day: '2026-11-30', slot: '10:00', code }).replace('.10:00.', '.09:00.');
const bookingEvents = <E extends { kind: string }>(events: E[]) => events.filter((e) => e.kind === 'booking_code_refused');

describe('forged booking codes through the dispatcher', () => {
  let h: OfficeHarness;
  const lanKiosk: Caller = { role: 'kiosk', via: 'lan', source: '10.0.0.7', deviceLabel: 'Kios lobi' };
  const window: Caller = { role: 'kiosk', via: 'ipc', source: 'ipc:kiosk' };
  afterEach(() => h.close());

  it('slows a source sending forged codes all at once to three answers, logs them with the device, and writes nothing', async () => {
    h = new OfficeHarness(testConfig());
    enrolled(h.store);
    const before = tableFingerprint(h.store.db);
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => h.dispatcher.dispatch('booking.checkIn', { code: forgedCode(`K7QM3ZP${'ABCDEFGHJKMN'[i]}`) }, lanKiosk)));
    const codes = answers.map((a) => (a.ok ? 'ok' : a.error.code === 'booking_refused' ? (a.error.params as { reason: string }).reason : a.error.code));
    expect(codes.filter((c) => c === 'bad_signature')).toHaveLength(3);
    expect(codes.filter((c) => c === 'locked')).toHaveLength(9);
    expect(answers.find((a) => !a.ok && a.error.code === 'locked')).toMatchObject({ ok: false, status: 429, error: { params: { retryAfterSeconds: 30 } } });
    expect(tableFingerprint(h.store.db)).toEqual(before);

    const events = bookingEvents(h.security.recent().events);
    expect(events.map((e) => e.source)).toEqual(['10.0.0.7']);
    expect(events[0]!.count).toBe(12);
    expect(events[0]!.detail).toContain('"Kios lobi"');
    expect(h.security.recent().events.every((e) => !e.detail.includes('K7QM3ZP') && !e.detail.includes(forgedCode('K7QM3ZPA').split('.').pop()!))).toBe(true);

    // The kiosk window's genuine visitor is not slowed by another device's forgeries.
    const genuine = await h.callAsync('booking.checkIn', { code: signed({ serviceCode: 'KTP', day: '2026-11-30', slot: '09:00', code: 'PQRS2345' }) }, window);
    expect(genuine).toMatchObject({ label: 'A-001', booking: { code: 'PQRS2345' } });
    // The forger's device gets its next answer after the wait, a genuine booking included.
    const later = signed({ serviceCode: 'KK', day: '2026-11-30', slot: '09:00', code: 'TUVW6789' });
    expect((await h.failAsync('booking.checkIn', { code: later }, lanKiosk)).error).toMatchObject({ code: 'locked' });
    h.clock.advance(0.5);
    expect(await h.callAsync('booking.checkIn', { code: later }, lanKiosk)).toMatchObject({ label: 'B-001' });
  });

  it('logs a code signed by another key and one signed for another office, but not a visitor who is late, early, on the wrong day or back again', async () => {
    h = new OfficeHarness(testConfig());
    enrolled(h.store);
    const refused = async (code: string) => ((await h.failAsync('booking.checkIn', { code }, window)).error.params as { reason: string }).reason;
    const used = signed({ serviceCode: 'KTP', day: '2026-11-30', slot: '09:00', code: 'USED2345' });
    await h.callAsync('booking.checkIn', { code: used }, window);
    expect(await refused(used)).toBe('already_used');
    expect(await refused(signed({ serviceCode: 'KTP', day: '2026-11-30', slot: '08:00', code: 'TARD2345' }))).toBe('too_late');
    expect(await refused(signed({ serviceCode: 'KTP', day: '2026-11-30', slot: '11:00', code: 'EARY2345' }))).toBe('too_early');
    expect(await refused(signed({ serviceCode: 'KTP', day: '2026-12-01', slot: '09:00', code: 'DAYS2345' }))).toBe('wrong_day');
    expect(await refused('K7QM-3ZPA')).toBe('not_listed');
    expect(bookingEvents(h.security.recent().events)).toEqual([]);

    expect(await refused(signed({ serviceCode: 'KTP', day: '2026-11-30', slot: '09:00', code: 'FAKE2345' }, impostor.privateKey))).toBe('bad_signature');
    h.clock.advance(0.2);
    expect(await refused(signed({ officeId: 'kel-lain', serviceCode: 'KTP', day: '2026-11-30', slot: '09:00', code: 'ESEW2345' }))).toBe('other_office');
    const events = bookingEvents(h.security.recent().events);
    expect(events.map((e) => [e.source, e.detail])).toEqual([
      ['ipc:kiosk', 'booking signed for another office: "LB1.kel-lain.KTP.202…" (129 characters)'],
      ['ipc:kiosk', 'forged booking code, not signed by the city: "LB1.test-office.KTP.…" (132 characters)'],
    ]);
    // What the supervisor's Sistem tab reads.
    expect(h.call('security.recent', {}).events.filter((e) => e.kind === 'booking_code_refused')).toHaveLength(2);
  });
});

const unavailable = netnsUnavailableReason();

describe.skipIf(unavailable !== null)(`forged booking codes from another host on the office LAN${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
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

  it("answers a paired kiosk's burst of forged codes three times, then makes it wait, and logs the peer's address and label", async () => {
    const token = mintToken(office.store, 'kiosk', null, 'Kios lobi');
    const request = (code: string) => ({
      url: `http://${peer.hostAddress}:${port}/api/v1/booking.checkIn`,
      headers: { 'content-type': 'application/json', host: `${peer.hostAddress}:${port}`, authorization: `Bearer ${token}` },
      body: JSON.stringify({ code }),
    });
    const before = tableFingerprint(office.store.db);
    const { results } = await peer.run<{ results: { status: number; body: string }[] }>('burst', {
      requests: Array.from({ length: 10 }, (_, i) => request(forgedCode(`K7QM3ZP${'ABCDEFGHJK'[i]}`))),
    });
    const answers = results.map((r) => [r.status, JSON.parse(r.body).error?.params?.reason ?? JSON.parse(r.body).error?.code]);
    expect(answers.filter(([, why]) => why === 'bad_signature')).toHaveLength(3);
    expect(answers.filter(([status, why]) => status === 429 && why === 'locked')).toHaveLength(7);
    expect(tableFingerprint(office.store.db)).toEqual(before);

    const events = bookingEvents(office.security.recent().events);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ source: peer.peerAddress, count: 10 });
    expect(events[0]!.detail).toMatch(/^"Kios lobi": /);

    // The office PC's own kiosk window (loopback) is another source: its visitors check in at once.
    const genuine = signed({ serviceCode: 'KTP', day: '2026-11-30', slot: '09:00', code: 'PQRS2345' });
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/booking.checkIn`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: genuine }) });
    expect(res.status).toBe(200);
  });
});
