import { createHash, randomBytes, randomInt } from 'node:crypto';

/** Long random bearer tokens and session cookies (256 bits). */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only this hash of a token or code is stored, so a copied database grants nothing. */
export function sha256(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/** No 0/O, 1/I/L: the supervisor types the code from a screen or a phone message. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A one-time enrolment code such as "K7QM-3ZPA-W8RT" (about 59 bits). */
export function enrolmentCode(): string {
  const chars = Array.from({ length: 12 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

/** Codes are hashed without their dashes and in capitals, however the supervisor typed them. */
export function normaliseCode(code: string): string {
  return code.replace(/-/g, '').toUpperCase();
}

export function shortId(): string {
  return randomBytes(6).toString('hex');
}
