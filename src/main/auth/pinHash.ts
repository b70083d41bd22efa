/** PINs are short, so their hash is the slow one both programs use; the sign-in lockout does the rest. */
export { hashSecret as hashPin, verifySecret as verifyPin } from '../../node/argon2id';
