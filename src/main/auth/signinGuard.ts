/** After this many wrong PINs in a row, sign-in for that counter (or the supervisor) pauses. */
export const MAX_FAILURES = 5;
export const LOCK_MS = 5 * 60_000;

export interface GuardState {
  failures: number;
  lockedUntil: number | null;
}

export function isLocked(state: GuardState, now: number): boolean {
  return state.lockedUntil !== null && state.lockedUntil > now;
}

/** The state after one more wrong PIN: every MAX_FAILURES-th failure locks for LOCK_MS. */
export function afterFailure(state: GuardState, now: number): GuardState {
  const failures = state.failures + 1;
  return { failures, lockedUntil: failures % MAX_FAILURES === 0 ? now + LOCK_MS : state.lockedUntil };
}
