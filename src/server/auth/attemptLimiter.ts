import type { Database, Queryable } from '../db/database';
import { attemptLimitsRepo, type AttemptWindow } from '../store/attemptLimitsRepo';
import { canonicalAddress } from '../../shared/net/peerAddress';
import { sha256 } from './secrets';

/** At most `maxAttempts` tries per address in a window of `windowMs` that starts at the first try. */
export interface AttemptLimit {
  scope: 'admin_signin' | 'enrolment' | 'booking_rate' | 'booking_source_day' | 'booking_office_day' | 'booking_lookup';
  maxAttempts: number;
  windowMs: number;
}

export const SIGN_IN_LIMIT: AttemptLimit = { scope: 'admin_signin', maxAttempts: 5, windowMs: 15 * 60_000 };
/** Enrolment codes are guessable only by brute force: a few wrong codes per address, then wait. */
export const ENROLMENT_LIMIT: AttemptLimit = { scope: 'enrolment', maxAttempts: 10, windowMs: 15 * 60_000 };


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
  const { key, window, retryAfterMs } = await countAttempt(db, limit, address, now);
  // A new window is rare (the first try of an address in 15 minutes): the moment to drop expired ones.
  if (window.attempts === 1) await pruneAttempts(db, limit, now);
  if (retryAfterMs !== null) return { allowed: false, retryAfterMs };
  return {
    allowed: true,
    release: () => attemptLimitsRepo.release(db, limit.scope, key, window.windowStart),
    clear: () => attemptLimitsRepo.clear(db, limit.scope, key),
  };
}

/**
 * Counts one try in one statement, also inside the caller's transaction (a booking counts against its
 * daily caps only if it commits). retryAfterMs is null while the limit is not passed.
 */
export async function countAttempt(q: Queryable, limit: AttemptLimit, address: string, now: number): Promise<{ key: string; window: AttemptWindow; retryAfterMs: number | null }> {
  const key = sha256(canonicalAddress(address));
  const window = await attemptLimitsRepo.reserve(q, limit.scope, key, new Date(now), new Date(now - limit.windowMs));
  const retryAfterMs = window.attempts > limit.maxAttempts ? Math.max(1000, window.windowStart.getTime() + limit.windowMs - now) : null;
  return { key, window, retryAfterMs };
}

/** Drops the scope's expired windows; outside any transaction, so it holds no row a booking waits for. */
export function pruneAttempts(db: Database, limit: AttemptLimit, now: number): Promise<void> {
  return attemptLimitsRepo.prune(db, limit.scope, new Date(now - limit.windowMs));
}
