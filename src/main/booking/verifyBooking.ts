import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { parseSignedBooking, type BookingClaim } from '../../shared/booking/bookingCode';
import { checkInWindow } from '../../shared/booking/slots';
import { localDate } from '../../shared/time/localTime';

/**
 * Checks a scanned booking with nothing but the city's public key, so the kiosk checks residents in with
 * the network down: the city's signature, this office, today, and the check-in window. Whether the
 * booking was already used or cancelled is the office's own record (and the day's pulled list).
 */

export interface CheckInRules {
  officeId: string;
  timeZone: string;
  checkInBeforeMinutes: number;
  checkInAfterMinutes: number;
}

export type CheckInWindow = { opensAt: number; closesAt: number };

/** What a claim the office trusts (signed, or from the city's pulled list) says about checking in now. */
export type ClaimCheck =
  | { ok: true; claim: BookingClaim; window: CheckInWindow }
  | { ok: false; reason: 'other_office' | 'wrong_day' | 'too_early' | 'too_late'; claim: BookingClaim; window: CheckInWindow };

export type BookingCheck = ClaimCheck | { ok: false; reason: 'malformed' | 'bad_signature' };

/** This office, today (office time zone), inside the check-in window (edges included), in that order. */
export function checkClaim(claim: BookingClaim, rules: CheckInRules, now: number): ClaimCheck {
  const window = checkInWindow(claim.day, claim.slot, rules.timeZone, rules);
  if (claim.officeId !== rules.officeId) return { ok: false, reason: 'other_office', claim, window };
  if (claim.day !== localDate(now, rules.timeZone)) return { ok: false, reason: 'wrong_day', claim, window };
  if (now < window.opensAt) return { ok: false, reason: 'too_early', claim, window };
  if (now > window.closesAt) return { ok: false, reason: 'too_late', claim, window };
  return { ok: true, claim, window };
}

/** A verifier for one city key (SPKI DER, base64); the key is parsed once. */
export function bookingVerifier(cityKey: string): (text: string, rules: CheckInRules, now: number) => BookingCheck {
  const key: KeyObject = createPublicKey({ key: Buffer.from(cityKey, 'base64'), format: 'der', type: 'spki' });
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('the city booking key is not an Ed25519 public key');
  return (text, rules, now) => {
    const parsed = parseSignedBooking(text);
    if (!parsed) return { ok: false, reason: 'malformed' };
    // The signature comes first: a forged code learns nothing about which check failed after it.
    if (!verify(null, Buffer.from(parsed.message, 'utf8'), key, Buffer.from(parsed.signature, 'base64url'))) return { ok: false, reason: 'bad_signature' };
    return checkClaim(parsed.claim, rules, now);
  };
}
