import { hash, verify } from '@node-rs/argon2';

/**
 * Secrets a person chose (a counter PIN at the office, an admin password at the city) are hashed slowly:
 * argon2id with OWASP's minimum (19 MiB, 2 passes), so a stolen database does not give them away cheaply.
 */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashSecret(secret: string): Promise<string> {
  return hash(secret, OPTIONS);
}

/** False for a wrong secret and for a stored hash that is not argon2 at all (never throws). */
export async function verifySecret(secretHash: string, secret: string): Promise<boolean> {
  try {
    return await verify(secretHash, secret);
  } catch {
    return false;
  }
}
