import { generateKeyPairSync, sign } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { bookingVerifier, type CheckInRules } from '../../../src/main/booking/verifyBooking';
import { signedBookingText, signedMessage, type BookingClaim } from '../../../src/shared/booking/bookingCode';

const city = generateKeyPairSync('ed25519');
const impostor = generateKeyPairSync('ed25519');
const cityKey = city.publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
const signWith = (key: typeof city.privateKey, claim: BookingClaim) => signedBookingText(claim, sign(null, Buffer.from(signedMessage(claim)), key).toString('base64url'));

const rules: CheckInRules = { officeId: 'kel-oebobo', timeZone: 'Asia/Makassar', checkInBeforeMinutes: 30, checkInAfterMinutes: 15 };
const claim: BookingClaim = { officeId: 'kel-oebobo', serviceCode: 'KTP', day: '2026-12-01', slot: '09:00', code: 'K7QM3ZPA' };
/** Tuesday 1 December 2026 at hh:mm in Kupang (UTC+8). */
const kupang = (hh: number, mm: number) => Date.UTC(2026, 11, 1, hh - 8, mm);
const check = bookingVerifier(cityKey);
const window = { opensAt: kupang(8, 30), closesAt: kupang(9, 15) };

describe('checking a booking offline with the city key', () => {
  it('accepts a booking of this office for today within 30 minutes before to 15 after its slot, edges included', () => {
    const text = signWith(city.privateKey, claim);
    for (const at of [kupang(8, 30), kupang(9, 0), kupang(9, 15)]) expect(check(text, rules, at)).toEqual({ ok: true, claim, window });
  });

  it('refuses a forged signature: another key, a changed slot, a changed code', () => {
    expect(check(signWith(impostor.privateKey, claim), rules, kupang(9, 0))).toEqual({ ok: false, reason: 'bad_signature' });
    const genuine = signWith(city.privateKey, claim);
    expect(check(genuine.replace('.09:00.', '.08:00.'), rules, kupang(8, 0))).toEqual({ ok: false, reason: 'bad_signature' });
    expect(check(genuine.replace('K7QM3ZPA', 'K7QM3ZPB'), rules, kupang(9, 0))).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it("refuses another office's booking, genuine as it is", () => {
    const other = { ...claim, officeId: 'kel-oesapa' };
    expect(check(signWith(city.privateKey, other), rules, kupang(9, 0))).toEqual({ ok: false, reason: 'other_office', claim: other, window });
  });

  it('refuses a booking for another day, even at its slot time', () => {
    const tomorrow = { ...claim, day: '2026-12-02' };
    expect(check(signWith(city.privateKey, tomorrow), rules, kupang(9, 0))).toMatchObject({ ok: false, reason: 'wrong_day', claim: tomorrow });
    // 16:10 UTC on 1 December is already 00:10 on 2 December in Kupang: the day is the office's, not UTC's.
    expect(check(signWith(city.privateKey, claim), rules, Date.UTC(2026, 11, 1, 16, 10))).toMatchObject({ ok: false, reason: 'wrong_day' });
  });

  it('refuses outside the check-in window with the window, so the kiosk can say when', () => {
    const text = signWith(city.privateKey, claim);
    expect(check(text, rules, kupang(8, 29))).toEqual({ ok: false, reason: 'too_early', claim, window });
    expect(check(text, rules, kupang(9, 16))).toEqual({ ok: false, reason: 'too_late', claim, window });
  });

  it('refuses what is not a signed booking: a short code alone, a truncated QR, text', () => {
    const text = signWith(city.privateKey, claim);
    for (const bad of ['K7QM-3ZPA', text.slice(0, -1), 'https://example.org', '']) expect(check(bad, rules, kupang(9, 0))).toEqual({ ok: false, reason: 'malformed' });
  });

  it('checks a booking in well under 5 ms', () => {
    const text = signWith(city.privateKey, claim);
    check(text, rules, kupang(9, 0));
    const started = performance.now();
    for (let i = 0; i < 200; i++) check(text, rules, kupang(9, 0));
    expect((performance.now() - started) / 200).toBeLessThan(5);
  });
});
