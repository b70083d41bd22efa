import { BoundedMap } from './boundedMap';

/** How a guard slows and locks one source's wrong PINs. */
export interface SourcePolicy {
  /** The wait after the n-th failure in the window (index n); the last entry holds for every later one. */
  delaysMs: readonly number[];
  /** Failures in the window that lock the source for `lockMs`; null: never locked, only slowed. */
  maxFailures: number | null;
  windowMs: number;
  lockMs: number;
}

/**
 * Wrong PINs per source (LAN address, or "ipc:<role>" for a kiosk window), in memory: after two in
 * fifteen minutes the source must wait before each next try, and the fourth locks the source itself
 * for fifteen minutes. That is below an account's five, so a failing host is stopped before it can
 * lock real staff out, while other hosts still sign in.
 */
export const SOURCE_MAX_FAILURES = 4;
export const SOURCE_WINDOW_MS = 15 * 60_000;
export const SOURCE_LOCK_MS = 15 * 60_000;
export const SOURCE_POLICY: SourcePolicy = {
  delaysMs: [0, 0, 5_000, 30_000],
  maxFailures: SOURCE_MAX_FAILURES,
  windowMs: SOURCE_WINDOW_MS,
  lockMs: SOURCE_LOCK_MS,
};

/**
 * The kiosk's own touchscreen (supervisor sign-in and leaving kiosk mode there): a visitor playing with
 * the PIN pad must never lock a supervisor out, so its wrong PINs count against no account and never
 * lock; three are free, then each next try waits longer, up to five minutes (under 300 tries a day).
 */
export const KIOSK_DOOR_POLICY: SourcePolicy = {
  delaysMs: [0, 0, 0, 30_000, 60_000, 120_000, 300_000],
  maxFailures: null,
  windowMs: 15 * 60_000,
  lockMs: 0,
};
const MAX_SOURCES = 10_000;

interface SourceState {
  /** When each counted failure (or attempt still being checked) happened, oldest first. */
  failures: number[];
  lockedUntil: number | null;
}

export interface SourceWait {
  /** Milliseconds before this source may try again; 0 when it may try now. */
  ms: number;
  /** Locked out, rather than only slowed down. */
  locked: boolean;
}

/** A counted attempt, so a right PIN can take it back. */
export interface SourceTicket {
  source: string;
  at: number;
}

export class SourceGuard {
  private readonly sources = new BoundedMap<string, SourceState>(MAX_SOURCES);

  constructor(private readonly policy: SourcePolicy = SOURCE_POLICY) {}

  waitFor(source: string, now: number): SourceWait {
    const state = this.current(source, now);
    if (!state) return { ms: 0, locked: false };
    if (state.lockedUntil !== null) return { ms: state.lockedUntil - now, locked: true };
    const last = state.failures[state.failures.length - 1] ?? now;
    const { delaysMs } = this.policy;
    const delay = delaysMs[Math.min(state.failures.length, delaysMs.length - 1)] ?? 0;
    return { ms: Math.max(0, last + delay - now), locked: false };
  }

  /** Failures (and attempts being checked) the source has in its window. */
  failures(source: string, now: number): number {
    return this.current(source, now)?.failures.length ?? 0;
  }

  /** Counts an attempt as a failure before its PIN is checked, so a burst is slowed at once. */
  count(source: string, now: number): SourceTicket {
    const state = this.current(source, now) ?? { failures: [], lockedUntil: null };
    state.failures.push(now);
    const { maxFailures, lockMs } = this.policy;
    if (maxFailures !== null && state.failures.length >= maxFailures) state.lockedUntil = now + lockMs;
    this.sources.set(source, state);
    return { source, at: now };
  }

  /** The attempt's PIN was right: it was no failure (earlier failures stay counted). */
  takeBack(ticket: SourceTicket): void {
    const state = this.sources.get(ticket.source);
    if (!state) return;
    const i = state.failures.indexOf(ticket.at);
    if (i < 0) return;
    state.failures.splice(i, 1);
    const { maxFailures, lockMs } = this.policy;
    if (state.lockedUntil === ticket.at + lockMs && maxFailures !== null && state.failures.length < maxFailures) state.lockedUntil = null;
  }

  /** The source's state with expired failures and an expired lock forgotten; undefined when nothing is left. */
  private current(source: string, now: number): SourceState | undefined {
    const state = this.sources.get(source);
    if (!state) return undefined;
    if (state.lockedUntil !== null && state.lockedUntil <= now) {
      this.sources.delete(source);
      return undefined;
    }
    if (state.lockedUntil === null) state.failures = state.failures.filter((at) => now - at < this.policy.windowMs);
    if (state.failures.length === 0 && state.lockedUntil === null) {
      this.sources.delete(source);
      return undefined;
    }
    return state;
  }
}
