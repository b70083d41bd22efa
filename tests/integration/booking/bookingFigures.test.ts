import { generateKeyPairSync, sign } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../../src/main/auth/caller';
import { SyncStore } from '../../../src/main/sync/syncStore';
import { signedBookingText, signedMessage } from '../../../src/shared/booking/bookingCode';
import { parseOfficeConfig } from '../../../src/shared/config/officeConfig';
import { OfficeHarness } from '../../helpers/officeHarness';
import { oeboboConfig } from './bookingFixtures';

/**
 * The supervisor's booked-versus-walk-in figures (`bookings.figures`) over a real office database: a
 * pulled list, signed and typed check-ins, walk-ins, calls and a no-show. Monday 30 November 2026 in
 * Kupang (UTC+8), Kelurahan Oebobo: slots of 30 minutes, check-in from 30 minutes before to 15 after.
 */
const KUPANG = (hhmm: string) => Date.UTC(2026, 10, 30, Number(hhmm.slice(0, 2)) - 8, Number(hhmm.slice(3)));
const TODAY = '2026-11-30';
const KIOSK: Caller = { role: 'kiosk', via: 'test' };
const city = generateKeyPairSync('ed25519');

function signed(serviceCode: string, slot: string, code: string): string {
  const claim = { officeId: 'kel-oebobo', serviceCode, day: TODAY, slot, code };
  return signedBookingText(claim, sign(null, Buffer.from(signedMessage(claim)), city.privateKey).toString('base64url'));
}

describe('booked versus walk-in figures of the day', () => {
  let h: OfficeHarness;
  const figures = () => h.call('bookings.figures', {});
  const at = (hhmm: string) => h.clock.set(KUPANG(hhmm));
  const walkIn = () => h.callAsync('tickets.issue', { serviceCode: 'KTP' }, KIOSK);
  const callNext = () => h.call('counters.callNext', { counter: 1 }).ticket!;
  const serve = (ticketId: string) => {
    h.call('tickets.start', { counter: 1, ticketId });
    h.call('tickets.finish', { counter: 1, ticketId });
  };

  beforeAll(() => {
    const parsed = parseOfficeConfig(oeboboConfig());
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    h = new OfficeHarness(parsed.config, KUPANG('07:40'));
    const bookingKey = city.publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
    new SyncStore(h.store).saveEnrolment({ serverUrl: 'http://127.0.0.1:9', kioskId: 'kiosk-1', officeId: 'kel-oebobo', officeName: 'Kelurahan Oebobo', bookingKey }, null);
  });
  afterAll(() => h?.close());

  it('reads no share and no wait before the first ticket, and each bookable service its seats today', () => {
    expect(figures()).toEqual({
      day: TODAY,
      at: KUPANG('07:40'),
      // KTP: 12 slots (08:00–12:00, 13:00–15:00), 3 seats each; AKTA 10; KK is not bookable.
      capacity: [
        { serviceCode: 'KTP', slots: 12, seatsPerSlot: 3, booked: 0 },
        { serviceCode: 'AKTA', slots: 12, seatsPerSlot: 10, booked: 0 },
      ],
      booked: { tickets: 0, called: 0, waitMeanMinutes: null, noShows: 0 },
      walkIn: { tickets: 0, called: 0, waitMeanMinutes: null, noShows: 0 },
      bookedShare: null,
      notCheckedIn: 0,
      missed: 0,
    });
  });

  it('splits waits, no-shows and the share between booked and walk-in tickets; a booking not used counts once its window closes', async () => {
    const bookedAt = KUPANG('07:00');
    h.store.transaction(() =>
      h.store.bookings.replaceDay(
        TODAY,
        [
          { code: 'KTPA2345', serviceCode: 'KTP', slot: '08:30', bookedAt, cancelledAt: null },
          { code: 'KTPB2345', serviceCode: 'KTP', slot: '09:00', bookedAt, cancelledAt: null },
          { code: 'AKTC2345', serviceCode: 'AKTA', slot: '08:00', bookedAt, cancelledAt: KUPANG('07:30') },
          { code: 'AKTD2345', serviceCode: 'AKTA', slot: '08:30', bookedAt, cancelledAt: null },
        ],
        KUPANG('07:40'),
      ),
    );
    at('08:01');
    const w1 = await walkIn();
    at('08:05');
    await h.callAsync('booking.checkIn', { code: signed('KTP', '08:30', 'KTPA2345') }, KIOSK);
    at('08:10');
    const w2 = await walkIn();

    at('08:20');
    h.call('counters.open', { counter: 1 });
    expect(callNext().id).toBe(w1.id);
    serve(w1.id);
    expect(figures()).toMatchObject({ walkIn: { tickets: 2, called: 1, waitMeanMinutes: 19 }, booked: { tickets: 1, called: 0, waitMeanMinutes: null }, notCheckedIn: 2, missed: 0 });

    at('08:31');
    expect(callNext().id).toBe(w2.id);
    serve(w2.id);
    at('08:35');
    await h.callAsync('booking.checkIn', { code: 'ktpb-2345' }, KIOSK);
    await h.callAsync('booking.checkIn', { code: signed('KTP', '09:00', 'KTPE2345') }, KIOSK);

    at('08:45');
    const booked = callNext();
    expect(booked.label).toBe('A-002');
    h.call('tickets.noShow', { counter: 1, ticketId: booked.id });
    expect(figures()).toEqual({
      day: TODAY,
      at: KUPANG('08:45'),
      // The offline check-in (KTPE2345, not in the list) takes a KTP seat too; the cancelled AKTA booking does not.
      capacity: [
        { serviceCode: 'KTP', slots: 12, seatsPerSlot: 3, booked: 3 },
        { serviceCode: 'AKTA', slots: 12, seatsPerSlot: 10, booked: 1 },
      ],
      // Waited from its check-in at 08:05, not from its slot's start at 08:30.
      booked: { tickets: 3, called: 1, waitMeanMinutes: 40, noShows: 1 },
      walkIn: { tickets: 2, called: 2, waitMeanMinutes: 20, noShows: 0 },
      bookedShare: 0.6,
      // AKTD2345's window (08:00–08:45) has just closed.
      notCheckedIn: 1,
      missed: 1,
    });
  });

  it('is for the supervisor only', () => {
    expect(h.fail('bookings.figures', {}, KIOSK).status).toBe(403);
  });
});
