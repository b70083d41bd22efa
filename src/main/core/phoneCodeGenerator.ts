import { randomBytes } from 'node:crypto';
import { PHONE_CODE_ALPHABET, PHONE_CODE_LENGTH } from '../../shared/domain/phoneCode';

/**
 * A fresh phone code: each of the 13 characters takes 5 bits of one random byte, 65 bits in all, so a
 * guesser making a million tries would still find a live ticket with odds below one in ten billion.
 */
export function newPhoneCode(): string {
  const bytes = randomBytes(PHONE_CODE_LENGTH);
  let code = '';
  for (const b of bytes) code += PHONE_CODE_ALPHABET[b & 31];
  return code;
}
