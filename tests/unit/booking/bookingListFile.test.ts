import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readBookingListFile } from '../../../src/main/sync/bookingListImport';
import { signBookingList } from '../../../src/server/services/bookingListFile';
import { BOOKING_LIST_FILE_NAME, bookingListFileName, type BookingListFilePayload } from '../../../src/shared/booking/bookingListFile';
import { signUsbFile } from '../../../src/main/sync/usbExport';

const city = generateKeyPairSync('ed25519');
const impostor = generateKeyPairSync('ed25519');
const cityKey = city.publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
const signer = (key: KeyObject) => ({ sign: (message: string) => sign(null, Buffer.from(message, 'utf8'), key).toString('base64url') });

const payload: BookingListFilePayload = {
  officeId: 'keliling-kupang',
  createdAt: Date.UTC(2026, 11, 1, 22, 0),
  days: [
    {
      day: '2026-12-02',
      bookings: [
        { code: 'K7QM3ZPA', serviceCode: 'KTP', slot: '09:00', bookedAt: Date.UTC(2026, 10, 28), cancelledAt: null },
        { code: 'W8RT2MNB', serviceCode: 'KTP', slot: '09:30', bookedAt: Date.UTC(2026, 10, 29), cancelledAt: Date.UTC(2026, 11, 1, 12) },
      ],
    },
    { day: '2026-12-03', bookings: [] },
  ],
};

const envelopeOf = (text: string) => JSON.parse(text) as { format: string; version: number; payload: string; signature: string };
const reencoded = (text: string, change: (p: BookingListFilePayload) => BookingListFilePayload) => {
  const env = envelopeOf(text);
  const changed = change(JSON.parse(Buffer.from(env.payload, 'base64').toString('utf8')) as BookingListFilePayload);
  return JSON.stringify({ ...env, payload: Buffer.from(JSON.stringify(changed)).toString('base64') });
};

describe('the booking list file a van carries on its USB stick', () => {
  it("reads back what the city signed: every booking and cancellation of each day, checked with the city's key", () => {
    const text = signBookingList(payload, signer(city.privateKey));
    expect(envelopeOf(text)).toMatchObject({ format: 'loket-booking-list', version: 1 });
    expect(readBookingListFile(text, cityKey, 'keliling-kupang')).toEqual({ ok: true, payload });
  });

  it('refuses a forged file: a cancellation taken out with the signature kept, or signed with another key', () => {
    const genuine = signBookingList(payload, signer(city.privateKey));
    const uncancelled = reencoded(genuine, (p) => ({ ...p, days: p.days.map((d) => ({ ...d, bookings: d.bookings.map((b) => ({ ...b, cancelledAt: null })) })) }));
    expect(readBookingListFile(uncancelled, cityKey, 'keliling-kupang')).toMatchObject({ ok: false, reason: 'bad_signature' });
    expect(readBookingListFile(signBookingList(payload, signer(impostor.privateKey)), cityKey, 'keliling-kupang')).toMatchObject({ ok: false, reason: 'bad_signature' });
    const otherSignature = envelopeOf(signBookingList({ ...payload, createdAt: payload.createdAt + 1 }, signer(city.privateKey))).signature;
    expect(readBookingListFile(JSON.stringify({ ...envelopeOf(genuine), signature: otherSignature }), cityKey, 'keliling-kupang')).toMatchObject({ ok: false, reason: 'bad_signature' });
  });

  it("refuses a city signature over the payload's text alone: the key also signs booking codes, so only text starting with the format counts", () => {
    const payloadText = JSON.stringify(payload);
    const bare = { format: 'loket-booking-list', version: 1, payload: Buffer.from(payloadText).toString('base64'), signature: signer(city.privateKey).sign(payloadText) };
    expect(readBookingListFile(JSON.stringify(bare), cityKey, 'keliling-kupang')).toMatchObject({ ok: false, reason: 'bad_signature' });
  });

  it("refuses another office's file, genuine as it is, naming the office it is for", () => {
    const text = signBookingList(payload, signer(city.privateKey));
    expect(readBookingListFile(text, cityKey, 'kel-oebobo')).toEqual({
      ok: false,
      reason: 'other_office',
      officeId: 'keliling-kupang',
      message: 'the file is for office keliling-kupang, this is kel-oebobo',
    });
  });

  it('refuses another version, another format, and what is no file of the city at all', () => {
    const text = signBookingList(payload, signer(city.privateKey));
    expect(readBookingListFile(JSON.stringify({ ...envelopeOf(text), version: 2 }), cityKey, 'keliling-kupang')).toMatchObject({ ok: false, reason: 'wrong_version' });
    const counts = signUsbFile({ replicaId: '3f0b8a4e-6d0c-4c51-9a52-0f7d1c2b9e11', kioskId: 'k1', createdAt: 1, through: 1, rows: [] }, city.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString());
    expect(readBookingListFile(counts.content, cityKey, 'keliling-kupang')).toMatchObject({ ok: false, reason: 'not_booking_file' });
    expect(readBookingListFile('not json', cityKey, 'keliling-kupang')).toMatchObject({ ok: false, reason: 'not_booking_file' });
    expect(readBookingListFile(JSON.stringify({ ...envelopeOf(text), signature: undefined }), cityKey, 'keliling-kupang')).toMatchObject({ ok: false, reason: 'not_booking_file' });
  });

  it('refuses a file signed but malformed inside, and says an office without the city key must enrol first', () => {
    const twice = { ...payload, days: [payload.days[0]!, payload.days[0]!] };
    expect(readBookingListFile(signBookingList(twice, signer(city.privateKey)), cityKey, 'keliling-kupang')).toMatchObject({ ok: false, reason: 'not_booking_file' });
    expect(readBookingListFile(signBookingList(payload, signer(city.privateKey)), undefined, 'keliling-kupang')).toMatchObject({ ok: false, reason: 'no_booking_key' });
  });

  it('names the file so the office finds it, and finds nothing else', () => {
    const name = bookingListFileName('keliling-kupang', payload.createdAt);
    expect(name).toBe('loket-booking-keliling-kupang-20261201-220000.booking.json');
    expect(BOOKING_LIST_FILE_NAME.test(name)).toBe(true);
    for (const other of ['loket-k1-20261201-220000-5.loket.json', 'loket-booking-x-20261201-220000.booking.json.exe', '../loket-booking-kel-oebobo-20261201-220000.booking.json']) {
      expect(BOOKING_LIST_FILE_NAME.test(other)).toBe(false);
    }
  });
});
