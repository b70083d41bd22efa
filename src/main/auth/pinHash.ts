import { hash, verify } from '@node-rs/argon2';

/**
 * PINs are short, so the hash must be slow: argon2id (OWASP's minimum: 19 MiB, 2 passes). Combined
 * with the sign-in lockout this keeps a stolen database from giving the PINs away cheaply.
 */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPin(pin: string): Promise<string> {
  return hash(pin, OPTIONS);
}

export async function verifyPin(pinHash: string, pin: string): Promise<boolean> {
  try {
    return await verify(pinHash, pin);
  } catch {
    return false;
  }
}
