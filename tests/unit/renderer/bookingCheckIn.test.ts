import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/renderer/src/api/apiError';
import { bookingLine, spokenBookingLine } from '../../../src/renderer/src/screens/kiosk/booking/bookingLine';
import { bookingRefusalOf, type BookingRefusal } from '../../../src/renderer/src/screens/kiosk/booking/bookingRefusal';
import { mayTryAgain, normalTicketOffer, refusalAdvice, refusalMessage, spokenRefusal } from '../../../src/renderer/src/screens/kiosk/booking/refusalWords';
import { chosenReason, isAbandonable, takesScans, type KioskStep } from '../../../src/renderer/src/screens/kiosk/kioskFlow';
import type { IssuedTicket } from '../../../src/renderer/src/screens/kiosk/issuedTicket';
import { spokenConfirmation } from '../../../src/renderer/src/screens/kiosk/spokenConfirmation';

const KUPANG = 'Asia/Makassar';
const kupang = (date: string, hhmm: string): number => Date.parse(`${date}T${hhmm}:00+08:00`);

describe('a refused check-in in the visitor’s words', () => {
  it('says when check-in opens for a booking that came too early', () => {
    const early: BookingRefusal = { reason: 'too_early', serviceCode: 'KTP', day: '2026-11-30', slot: '10:30', opensAt: kupang('2026-11-30', '10:00'), closesAt: kupang('2026-11-30', '10:45') };
    expect(refusalMessage('id', early, KUPANG)).toBe('Belum waktunya: booking jam 10.30 bisa check-in mulai pukul 10.00.');
    expect(refusalMessage('en', early, KUPANG)).toBe('Too early: the 10:30 booking can check in from 10:00.');
    expect(normalTicketOffer(early)).toBeNull();
  });

  it('offers a normal ticket of the same service to a late visitor, saying the booked place is gone', () => {
    const late: BookingRefusal = { reason: 'too_late', serviceCode: 'AKTA', day: '2026-11-30', slot: '08:30', opensAt: kupang('2026-11-30', '08:00'), closesAt: kupang('2026-11-30', '08:45') };
    expect(refusalMessage('id', late, KUPANG)).toBe('Waktu check-in booking jam 08.30 sudah lewat (sampai pukul 08.45). Silakan ambil nomor antrian biasa.');
    expect(normalTicketOffer(late)).toBe('AKTA');
    expect(spokenRefusal('id', late, KUPANG)).toBe(
      'Waktu check-in booking jam 08.30 sudah lewat (sampai pukul 08.45). Silakan ambil nomor antrian biasa. ' +
        'Tempat booking Anda tidak berlaku lagi. Nomor antrian biasa mengantre seperti pengunjung tanpa booking.',
    );
    // A late booking whose service the office did not say: nothing to offer.
    expect(normalTicketOffer({ reason: 'too_late' })).toBeNull();
  });

  it('gives the time of the first check-in of a booking used twice, and what to do', () => {
    const used: BookingRefusal = { reason: 'already_used', serviceCode: 'KTP', slot: '10:30', firstCheckInAt: kupang('2026-11-30', '10:07') };
    expect(refusalMessage('id', used, KUPANG)).toBe('Booking ini sudah dipakai pukul 10.07. Setiap booking hanya bisa dipakai sekali.');
    expect(refusalAdvice('id', used)).toBe('Jika Anda belum menerima nomor antrian, silakan hubungi petugas.');
  });

  it("names another day's date in the office's calendar", () => {
    expect(refusalMessage('id', { reason: 'wrong_day', day: '2026-12-01', slot: '09:00' }, KUPANG)).toBe('Booking ini untuk tanggal Selasa, 1 Desember, bukan hari ini.');
    expect(refusalMessage('en', { reason: 'wrong_day', day: '2026-12-01', slot: '09:00' }, KUPANG)).toBe('This booking is for Tuesday 1 December, not today.');
  });

  it('says a forged or unreadable code is not valid, and a typed code without the day’s list to scan the QR', () => {
    expect(refusalMessage('id', { reason: 'bad_signature' }, KUPANG)).toBe('Kode booking ini tidak sah. Silakan hubungi petugas.');
    expect(refusalMessage('id', { reason: 'not_listed' }, KUPANG)).toBe('Kode ini belum dikenal kantor. Pindai QR booking Anda, atau minta bantuan petugas.');
  });

  it('falls back to the general sentence when the office did not send the figures a sentence needs', () => {
    expect(refusalMessage('id', { reason: 'too_early', slot: '10:30' }, KUPANG)).toBe('Booking ini tidak dapat dipakai. Silakan hubungi petugas.');
    expect(refusalMessage('en', { reason: 'already_used' }, KUPANG)).toBe('This booking cannot be used. Please ask the staff.');
  });

  it('offers another try only where one can help', () => {
    for (const reason of ['malformed', 'bad_signature', 'not_listed', 'other_office', 'wrong_day', 'already_used'] as const) expect(mayTryAgain({ reason }), reason).toBe(true);
    for (const reason of ['no_city_key', 'too_early'] as const) expect(mayTryAgain({ reason }), reason).toBe(false);
    // Late or cancelled with its service known: the normal number is the way on.
    expect(mayTryAgain({ reason: 'too_late', serviceCode: 'KTP' })).toBe(false);
    expect(mayTryAgain({ reason: 'cancelled', serviceCode: 'KTP' })).toBe(false);
  });

  it("reads the refusal from the office's error, and nothing from other errors", () => {
    const refused = new ApiError('booking_refused', 'too late', [], [], { reason: 'too_late', serviceCode: 'KTP', slot: '08:30', closesAt: 123 });
    expect(bookingRefusalOf(refused)).toEqual({ reason: 'too_late', serviceCode: 'KTP', slot: '08:30', closesAt: 123 });
    expect(bookingRefusalOf(new ApiError('service_closed', 'closed'))).toBeNull();
    expect(bookingRefusalOf(new ApiError('booking_refused', 'no reason'))).toBeNull();
  });
});

describe('the number of a checked-in booking', () => {
  it('shows and says the booking it was checked in by', () => {
    expect(bookingLine('id', { code: 'K7QM3ZPA', slot: '10:30' })).toBe('Booking K7QM-3ZPA · pukul 10.30');
    expect(bookingLine('en', { code: 'K7QM3ZPA', slot: '10:30' })).toBe('Booking K7QM-3ZPA · 10:30');
    expect(spokenBookingLine('id', { slot: '10:30' })).toBe('Booking Anda untuk pukul 10.30 sudah diterima.');
    const ticket = {
      label: 'A-012',
      serviceName: { id: 'KTP-el', en: 'ID card' },
      aheadCount: 0,
      estimatedWaitMinutes: 0,
      print: { outcome: 'none', confirmed: false, voided: false, printer: { state: 'ok', detail: '' } },
    } as IssuedTicket;
    expect(spokenConfirmation('id', ticket, { slot: '10:30' })).toMatch(/^Nomor antrian Anda A dua belas, untuk layanan KTP-el\. Booking Anda untuk pukul 10\.30 sudah diterima\. Anda berikutnya\./);
  });
});

describe('the check-in steps', () => {
  const steps: KioskStep[] = [
    { kind: 'start' },
    { kind: 'checkIn', reason: null },
    { kind: 'checkInReasons', reason: null },
    { kind: 'checkingIn' },
    { kind: 'checkInRefused', refusal: { reason: 'malformed' }, reason: 'lansia' },
    { kind: 'issuing' },
  ];

  it('asks "Masih di sini?" on the check-in screen and its refusals, never while the office answers', () => {
    expect(steps.map(isAbandonable)).toEqual([false, true, true, false, true, false]);
  });

  it("takes a scanner's code on the start and check-in screens, not while a number is issued", () => {
    expect(steps.map(takesScans)).toEqual([true, true, true, false, true, false]);
  });

  it('keeps the Pasal 29 group chosen on the way for a booking scanned there', () => {
    expect(steps.map(chosenReason)).toEqual([null, null, null, null, 'lansia', null]);
    expect(chosenReason({ kind: 'priorityServices', reason: 'hamil', agency: null })).toBe('hamil');
  });
});
