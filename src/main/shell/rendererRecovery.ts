/**
 * What to do when a window's page crashes or hangs: reload it after a growing pause, and when it keeps
 * failing, relaunch the whole app (a fresh GPU and renderer process often cures what a reload cannot).
 * Pure: the shell records failures and follows the plan.
 */

export interface RecoveryPolicy {
  /** The first reload waits this long; each further failure in the window doubles it. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Failures older than this are forgiven. */
  windowMs: number;
  /** More failures than this within the window: relaunch the app instead. */
  maxReloads: number;
  /** How long an unresponsive page may stay so before it counts as a failure. */
  unresponsiveGraceMs: number;
}

export const DEFAULT_RECOVERY: RecoveryPolicy = {
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  windowMs: 10 * 60_000,
  maxReloads: 5,
  unresponsiveGraceMs: 15_000,
};

export type RecoveryPlan = { action: 'reload'; delayMs: number } | { action: 'relaunch' };

/** The plan after a failure at `now`, and the failure history to keep (this one included). */
export function planRecovery(
  earlierFailures: readonly number[],
  now: number,
  policy: RecoveryPolicy = DEFAULT_RECOVERY,
): { plan: RecoveryPlan; failures: number[] } {
  const failures = [...earlierFailures.filter((t) => now - t < policy.windowMs), now];
  if (failures.length > policy.maxReloads) return { plan: { action: 'relaunch' }, failures };
  const delayMs = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failures.length - 1));
  return { plan: { action: 'reload', delayMs }, failures };
}
