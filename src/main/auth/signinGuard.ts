import type { AccountGuard } from '../store/signinGuardsRepo';

/**
 * The lockout of one staff account (kept in the database, so it survives a restart): five wrong PINs
 * within ten minutes of the first lock the account for five minutes, wherever they were typed.
 * The window is no longer than a source's (sourceGuard), so one LAN host alone can never lock an account.
 */
export const ACCOUNT_MAX_FAILURES = 5;
export const ACCOUNT_WINDOW_MS = 10 * 60_000;
export const ACCOUNT_LOCK_MS = 5 * 60_000;


/** Milliseconds the account stays locked, 0 when it is not. */
export function lockedForMs(guard: AccountGuard, now: number): number {
  return guard.lockedUntil !== null && guard.lockedUntil > now ? guard.lockedUntil - now : 0;
}

/**
 * The state once one more attempt is counted as a failure, before its PIN is checked (a right PIN
 * clears it afterwards). The attempt that reaches the maximum locks the account and starts afresh.
 */
export function withAttempt(guard: AccountGuard, now: number): AccountGuard {
  const inWindow = guard.windowStartedAt !== null && now - guard.windowStartedAt < ACCOUNT_WINDOW_MS;
  const failures = (inWindow ? guard.failures : 0) + 1;
  if (failures >= ACCOUNT_MAX_FAILURES) return { failures: 0, windowStartedAt: null, lockedUntil: now + ACCOUNT_LOCK_MS };
  return { failures, windowStartedAt: inWindow ? guard.windowStartedAt : now, lockedUntil: null };
}

/** Wrong PINs still allowed before the lock, after an attempt that left `guard`. */
export function attemptsLeft(guard: AccountGuard, now: number): number {
  return lockedForMs(guard, now) > 0 ? 0 : ACCOUNT_MAX_FAILURES - guard.failures;
}
