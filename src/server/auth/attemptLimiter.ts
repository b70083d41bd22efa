import type { Database } from '../db/database';
import { attemptLimitsRepo } from '../store/attemptLimitsRepo';
import { sha256 } from './secrets';

/** At most `maxAttempts` tries per address in a window of `windowMs` that starts at the first try. */
export interface AttemptLimit {
  scope: 'admin_signin' | 'enrolment';
  maxAttempts: number;
  windowMs: number;
}

export const SIGN_IN_LIMIT: AttemptLimit = { scope: 'admin_signin', maxAttempts: 5, windowMs: 15 * 60_000 };
/** Enrolment codes are guessable only by brute force: a few wrong codes per address, then wait. */
export const ENROLMENT_LIMIT: AttemptLimit = { scope: 'enrolment', maxAttempts: 10, windowMs: 15 * 60_000 };

/** One spelling per client: a dual-stack listener reports an IPv4 peer as "::ffff:10.0.0.7". */
const canonical = (address: string): string => (address.startsWith('::ffff:') && address.includes('.') ? address.slice('::ffff:'.length) : address);

export type Attempt =
  | {
      allowed: true;
      /** This try did not count (it was not a wrong guess); earlier ones still do. */
      release(): Promise<void>;
      /** Forgets every try of this address in this scope (a correct password). */
      clear(): Promise<void>;
    }
  | { allowed: false; retryAfterMs: number };

/**
 * Reserves one try for `address` before the secret is checked, in the database, so that neither a burst of
 * simultaneous requests nor several server instances get more than the limit checked. A refused try still
 * counts; the window does not move, so an address waits at most `windowMs` from its first try.
 */
export async function reserveAttempt(db: Database, limit: AttemptLimit, address: string, now: number): Promise<Attempt> {
  const key = sha256(canonical(address));
  const expiredBefore = new Date(now - limit.windowMs);
  const window = await attemptLimitsRepo.reserve(db, limit.scope, key, new Date(now), expiredBefore);
  // A new window is rare (the first try of an address in 15 minutes): the moment to drop expired ones.
  if (window.attempts === 1) await attemptLimitsRepo.prune(db, expiredBefore);
  if (window.attempts > limit.maxAttempts) {
    return { allowed: false, retryAfterMs: Math.max(1000, window.windowStart.getTime() + limit.windowMs - now) };
  }
  return {
    allowed: true,
    release: () => attemptLimitsRepo.release(db, limit.scope, key, window.windowStart),
    clear: () => attemptLimitsRepo.clear(db, limit.scope, key),
  };
}
