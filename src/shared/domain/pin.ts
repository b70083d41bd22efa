import { z } from 'zod';
import { ruled } from '../validation/issueRules';

/** All the same digit, or a straight run up or down (1234, 9876): the first PINs anyone tries. */
export function isTrivialPin(pin: string): boolean {
  const digits = [...pin].map(Number);
  const steps = digits.slice(1).map((d, i) => d - (digits[i] as number));
  return steps.every((s) => s === 0) || steps.every((s) => s === 1) || steps.every((s) => s === -1);
}

function isPinShaped(pin: string): boolean {
  return /^\d{4,8}$/.test(pin);
}

export const pinSchema = z
  .string({ error: 'must be a PIN of 4 to 8 digits' })
  .refine(isPinShaped, { ...ruled('pin_format', 'must be 4 to 8 digits'), abort: true })
  .refine((p) => !isTrivialPin(p), ruled('pin_trivial', 'is too easy to guess (all the same digit or a run such as 1234)'));

/** Sign-in accepts any 4–8 digits: a trivial PIN cannot exist, so there is nothing to explain. */
export const pinAttemptSchema = z.string().refine(isPinShaped, ruled('pin_format', 'must be 4 to 8 digits'));
