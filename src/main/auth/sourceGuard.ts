import { BoundedMap } from './boundedMap';

/**
 * Wrong PINs per source (LAN address, or "ipc:<role>" for a kiosk window), in memory: after two in
 * fifteen minutes the source must wait before each next try, and the fourth locks the source itself
 * for fifteen minutes. That is below an account's five, so a failing host is stopped before it can
 * lock real staff out, while other hosts still sign in.
 */
export const SOURCE_MAX_FAILURES = 4;
export const SOURCE_WINDOW_MS = 15 * 60_000;
export const SOURCE_LOCK_MS = 15 * 60_000;
/** The wait after the n-th failure in the window (index n). */
const SOURCE_DELAYS_MS = [0, 0, 5_000, 30_000] as const;
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

  waitFor(source: string, now: number): SourceWait {
    const state = this.current(source, now);
    if (!state) return { ms: 0, locked: false };
    if (state.lockedUntil !== null) return { ms: state.lockedUntil - now, locked: true };
    const last = state.failures[state.failures.length - 1] ?? now;
    const delay = SOURCE_DELAYS_MS[state.failures.length] ?? 0;
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
    if (state.failures.length >= SOURCE_MAX_FAILURES) state.lockedUntil = now + SOURCE_LOCK_MS;
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
    if (state.lockedUntil === ticket.at + SOURCE_LOCK_MS && state.failures.length < SOURCE_MAX_FAILURES) state.lockedUntil = null;
  }

  /** The source's state with expired failures and an expired lock forgotten; undefined when nothing is left. */
  private current(source: string, now: number): SourceState | undefined {
    const state = this.sources.get(source);
    if (!state) return undefined;
    if (state.lockedUntil !== null && state.lockedUntil <= now) {
      this.sources.delete(source);
      return undefined;
    }
    if (state.lockedUntil === null) state.failures = state.failures.filter((at) => now - at < SOURCE_WINDOW_MS);
    if (state.failures.length === 0 && state.lockedUntil === null) {
      this.sources.delete(source);
      return undefined;
    }
    return state;
  }
}
