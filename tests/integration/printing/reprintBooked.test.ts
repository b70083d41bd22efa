import { generateKeyPairSync, sign } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Caller } from '../../../src/main/auth/caller';
import { SyncStore } from '../../../src/main/sync/syncStore';
import { signedBookingText, signedMessage, type BookingClaim } from '../../../src/shared/booking/bookingCode';
import type { DecodedDocument } from '../../../tools/escpos-decoder/document';
import { testConfig } from '../../helpers/testConfig';
import { printingOffice, type PrintingOffice } from '../printer/helpers';

/**
 * The reprint of a ticket a booking's check-in issued, read back from the ESC/POS bytes the virtual printer
 * received over TCP: the copy names the booking and its time as the first paper did, so the clerk still
 * sees why this visitor went ahead. Monday 30 November 2026, 09:00 in Kupang; a key pair stands in for the city's.
 */
const KIOSK: Caller = { role: 'kiosk', via: 'test' };
const city = generateKeyPairSync('ed25519');

function signed(claim: Omit<BookingClaim, 'officeId'>): string {
  const full = { officeId: 'test-office', ...claim };
  return signedBookingText(full, sign(null, Buffer.from(signedMessage(full)), city.privateKey).toString('base64url'));
}

const texts = (doc: DecodedDocument) => doc.blocks.flatMap((b) => (b.kind === 'text' ? [b.content.trim()] : []));
const bookingLines = (doc: DecodedDocument) => texts(doc).filter((t) => t.startsWith('Booking'));

describe('the reprint of a booked ticket', () => {
  let office: PrintingOffice;
  afterEach(() => office.close());

  it('carries the same booking line as the first print, under CETAK ULANG; a walk-in reprint carries none', async () => {
    office = await printingOffice(testConfig());
    const { h, vp } = office;
    const bookingKey = city.publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
    new SyncStore(h.store).saveEnrolment({ serverUrl: 'http://127.0.0.1:9', kioskId: 'kiosk-1', officeId: 'test-office', officeName: 'Kantor Uji Loket', bookingKey }, null);

    const walkIn = await h.callAsync('tickets.issue', { serviceCode: 'KTP' }, KIOSK);
    const booked = await h.callAsync('booking.checkIn', { code: signed({ serviceCode: 'KTP', day: '2026-11-30', slot: '09:30', code: 'K7QM3ZPA' }) }, KIOSK);
    expect(booked.label).toBe('A-002');
    const first = vp.tickets[1]!.document;
    expect(bookingLines(first)).toHaveLength(1);
    expect(bookingLines(first)[0]).toMatch(/^Booking K7QM-3ZPA +pukul 09\.30$/);

    // Later in the morning, the paper lost: the supervisor reprints it from Sistem.
    h.clock.advance(40);
    const again = await h.callAsync('tickets.reprint', { ticketId: booked.id });
    expect(again.print).toMatchObject({ outcome: 'printed', confirmed: true });
    const copy = vp.tickets[2]!.document;
    expect(texts(copy)).toContain('CETAK ULANG');
    expect(bookingLines(copy)).toEqual(bookingLines(first));
    expect(texts(copy)).toContain('A-002');
    // In the same place as on the first paper: right under the service name.
    const under = (doc: DecodedDocument) => texts(doc)[texts(doc).indexOf(bookingLines(doc)[0]!) - 1];
    expect(under(copy)).toBe(under(first));
    expect(texts(copy).some((t) => t.startsWith('Antrian di depan Anda'))).toBe(false);

    await h.callAsync('tickets.reprint', { ticketId: walkIn.id });
    const walkInCopy = vp.tickets[3]!.document;
    expect(texts(walkInCopy)).toContain('CETAK ULANG');
    expect(bookingLines(walkInCopy)).toEqual([]);
  });

  it('prints the booking line in English when the office speaks English, and on tickets.reprintLast too', async () => {
    office = await printingOffice(testConfig({ language: 'en' }));
    const { h, vp } = office;
    const bookingKey = city.publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
    new SyncStore(h.store).saveEnrolment({ serverUrl: 'http://127.0.0.1:9', kioskId: 'kiosk-1', officeId: 'test-office', officeName: 'Kantor Uji Loket', bookingKey }, null);
    await h.callAsync('booking.checkIn', { code: signed({ serviceCode: 'KK', day: '2026-11-30', slot: '09:00', code: 'M4RT7WXY' }) }, KIOSK);
    await h.callAsync('tickets.reprintLast', {});
    const copy = vp.tickets[1]!.document;
    expect(texts(copy)).toContain('REPRINT');
    expect(bookingLines(copy)).toEqual(bookingLines(vp.tickets[0]!.document));
    expect(bookingLines(copy)).toHaveLength(1);
  });
});
