/**
 * A booking's short code ("K7QM-3ZPA", 8 of 31 characters, about 40 random bits) and the signed form its
 * QR holds: `LB1.<office>.<service>.<day>.<slot>.<code>.<signature>`, where the signature is the city's
 * Ed25519 signature (base64url) over everything before the last dot. An office verifies it with the
 * city's public key alone, offline.
 */

/** No 0/O, 1/I/L: a resident reads the code aloud or types it. */
export const BOOKING_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const BOOKING_CODE_LENGTH = 8;
const SIGNED_PREFIX = 'LB1';

export interface BookingClaim {
  officeId: string;
  serviceCode: string;
  /** Office-local date YYYY-MM-DD. */
  day: string;
  /** Office-local slot start HH:MM. */
  slot: string;
  /** The short code, stored form (8 capitals, no dash). */
  code: string;
}

const SIGNED = new RegExp(
  `^${SIGNED_PREFIX}\\.([a-z0-9][a-z0-9-]{1,39})\\.([A-Z][A-Z0-9_]{0,15})\\.(\\d{4}-\\d{2}-\\d{2})\\.((?:[01]\\d|2[0-3]):[0-5]\\d)\\.([${BOOKING_CODE_ALPHABET}]{${BOOKING_CODE_LENGTH}})\\.([A-Za-z0-9_-]{86})$`,
);
const SHORT = new RegExp(`^[${BOOKING_CODE_ALPHABET}]{${BOOKING_CODE_LENGTH}}$`);

/** The code as stored (capitals, no dash or spaces), or null when the text cannot be a booking code. */
export function normalizeBookingCode(input: string): string | null {
  const compact = input.trim().toUpperCase().replace(/[\s-]/g, '');
  return SHORT.test(compact) ? compact : null;
}

/** "K7QM3ZPA" → "K7QM-3ZPA", as shown and printed. */
export function formatBookingCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** The text the city signs for a booking. */
export function signedMessage(claim: BookingClaim): string {
  return [SIGNED_PREFIX, claim.officeId, claim.serviceCode, claim.day, claim.slot, claim.code].join('.');
}

/** The QR's text: the claim and its signature (64 bytes as base64url). */
export function signedBookingText(claim: BookingClaim, signatureBase64Url: string): string {
  return `${signedMessage(claim)}.${signatureBase64Url}`;
}

/** The claim and signature in a scanned or typed signed code, or null when it is not one. */
export function parseSignedBooking(text: string): { claim: BookingClaim; message: string; signature: string } | null {
  const m = SIGNED.exec(text.trim());
  if (!m) return null;
  const [, officeId = '', serviceCode = '', day = '', slot = '', code = '', signature = ''] = m;
  const claim = { officeId, serviceCode, day, slot, code };
  return { claim, message: signedMessage(claim), signature };
}
